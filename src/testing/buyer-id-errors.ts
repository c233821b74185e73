/** The Buyer ID API's error codes, as it writes them in its answers. */
export type BuyerIdWireCode =
  'forbidden' | 'invalid_request' | 'invalid_token' | 'insufficient_scope' | 'server_error';

const statusByCode: Readonly<Record<BuyerIdWireCode, number>> = {
  forbidden: 403,
  invalid_request: 400,
  invalid_token: 400,
  insufficient_scope: 401,
  server_error: 500,
};

/**
 * An error shaped like the `ServiceError` ask-sdk's service clients throw when the Buyer ID API
 * answers with an error: `name` `'ServiceError'`, the HTTP `statusCode`, the parsed body in
 * `response`.
 *
 * @example throw buyerIdServiceError('insufficient_scope');
 */
export function buyerIdServiceError(
  code: BuyerIdWireCode,
  statusCode: number = statusByCode[code],
): Error & {
  statusCode: number;
  response: { errorCode: string; errorMessage: string; requestId: string };
} {
  return Object.assign(new Error(`Buyer ID API answered ${statusCode} ${code}`), {
    name: 'ServiceError',
    statusCode,
    response: {
      errorCode: code,
      errorMessage: `Merchant-facing detail about ${code}.`,
      requestId: 'test-request-id',
    },
  });
}
