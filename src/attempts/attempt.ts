import type { PayloadOperation } from '../directives/validate-payload';

/**
 * A purchase attempt: one Setup or Charge payload, sent once and resent identically (after a
 * server error, or on the customer's yes after a failed voice code) until an answer ends it.
 */
export interface Attempt {
  readonly operation: PayloadOperation;
  /** The payload exactly as it was sent, as JSON text: a resend sends these very bytes. */
  readonly payload: string;
  /** Resends after server errors so far. */
  readonly serverResends: number;
  /** Tries after a failed voice code so far. */
  readonly voiceRetries: number;
  /** When the attempt's tokens stop resending, in epoch seconds; resends keep it. */
  readonly expiresAt: number;
  /** The id of the record holding the payload, when a persistence adapter keeps it. */
  readonly record?: string;
}

/** The codes a resend may answer: Amazon Pay's two 500s, and throttling if the skill asks. */
export const resendableCodes = [
  'InternalServerError',
  'ServiceUnavailable',
  'RequestThrottled',
] as const;
export type ResendableCode = (typeof resendableCodes)[number];

/** The `retry` options with their defaults applied. */
export interface RetrySettings {
  readonly maxRetries: number;
  readonly codes: ReadonlySet<string>;
  readonly sayOneMoment: boolean;
  readonly voiceCodeRetries: number;
}
