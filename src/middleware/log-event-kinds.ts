// Apart from the log events themselves, which only payments build: a skill may list the kinds
// at start-up without loading them.

/** Every kind of log event, as docs/log-events.md describes them. */
export const amazonPayLogEventKinds = [
  'decline',
  'error',
  'malformed-response',
  'billing-agreement-not-open',
  'missing-handler',
  'thrown',
  'permission-requested',
  'resend',
  'resend-refused',
  'unconfirmed-charge',
  'persistence-failed',
  'configuration',
] as const;
export type AmazonPayLogEventKind = (typeof amazonPayLogEventKinds)[number];
