/**
 * The longest each text field of a log event can be, in UTF-16 code units, the mark of a cut
 * included. Every field comes from untrusted input somewhere (a code, a reason, a thrown error),
 * and a log line must stay a line.
 */
export const logFieldLimits = {
  code: 100,
  requestId: 100,
  field: 200,
  'error.name': 100,
  'error.message': 500,
  amazonPayMessage: 500,
  authorizationReferenceId: 100,
  message: 1000,
  correctiveAction: 1000,
} as const;

/** What ends a field that was cut. */
const cutMark = '…';
// Control and format characters (bidirectional overrides included), line and paragraph
// separators and lone surrogates: they could forge lines or hide text in a log viewer.
const unsafeCharacter = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;
const anyUnsafeCharacter = new RegExp(unsafeCharacter.source, 'u');
// Printable ASCII holds no unsafe character, and this test is several times cheaper.
const beyondPrintableAscii = /[^\x20-\x7e]/;
const shortEscapes: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escapeCharacter = (character: string): string =>
  shortEscapes[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Makes text safe for a log line: unsafe characters written as escapes (`\n`, `\u202e`), then,
 * when longer than `limit`, cut to at most `limit` characters ending in `…`, never inside a
 * character or an escape.
 */
export function safeLogText(text: string, limit: number): string {
  // Most text is short and plain: a test or two and no copy, on the error path.
  if (text.length <= limit && (!beyondPrintableAscii.test(text) || !anyUnsafeCharacter.test(text)))
    return text;
  // Escapes only lengthen text: the first `limit` characters are all a field can keep.
  const head = text.slice(0, limit);
  const escaped = head.replace(unsafeCharacter, escapeCharacter);
  if (text.length <= limit && escaped.length <= limit) return escaped;
  const room = limit - cutMark.length;
  let kept = '';
  for (const character of head) {
    const piece = character.replace(unsafeCharacter, escapeCharacter);
    if (kept.length + piece.length > room) break;
    kept += piece;
  }
  return `${kept}${cutMark}`;
}

/** {@link safeLogText} for a value that may not be text: `undefined` when it is not. */
export function logText(
  text: unknown,
  limit: number = logFieldLimits.amazonPayMessage,
): string | undefined {
  return typeof text === 'string' ? safeLogText(text, limit) : undefined;
}
