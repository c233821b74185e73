/** An answer longer than the caller will read. */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
}

/**
 * The body of a response as text, read up to `maxBytes`: a longer one (declared or sent)
 * rejects with a {@link TooLargeError} as soon as that is known, and the rest is never read.
 */
export async function readCappedBody(
  response: globalThis.Response,
  maxBytes: number,
): Promise<string> {
  const body = response.body;
  if (body === null) return '';
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await body.cancel().catch(() => undefined);
    throw new TooLargeError();
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
