/**
 * What `npm start` and `npm run serve` run with when nothing is configured: the Amazon Pay
 * sandbox, a seller id that says it is a placeholder, a local token secret. The Lambda entry
 * never reads these.
 */
export const localSettings = {
  sellerId: 'LOCAL-SANDBOX-SELLER-ID',
  sandboxEmail: 'test-buyer@tea-house.example',
  tokenSecret: 'local-token-secret-not-for-lambda',
} as const;
