import type { RequestEnvelope } from 'ask-sdk-model';
import { isRecord, ownField } from '../outcome/read';
import type { Attempt } from './attempt';

/** The attribute holding an attempt in its record. */
const attemptAttribute = 'amazonPayAttempt';
/**
 * The attribute holding when a record may be removed, in epoch seconds, at the top level of
 * the attributes the adapter saves: a store's time-to-live can be pointed at it.
 */
const expiryAttribute = 'expiresAt';
const recordKeyPrefix = 'ask-sdk-amazon-pay-middleware#';

/**
 * An envelope that makes a persistence adapter read, write and delete the item of a record
 * rather than the customer's: whichever partition key generator the skill uses (user or
 * device id), the key is ours, so the skill's own attributes are never touched.
 */
export function recordEnvelope(record: string): RequestEnvelope {
  const key = `${recordKeyPrefix}${record}`;
  return {
    version: '1.0',
    context: {
      System: {
        application: { applicationId: key },
        user: { userId: key },
        device: { deviceId: key, supportedInterfaces: {} },
        apiEndpoint: '',
      },
    },
    request: {
      type: 'SessionEndedRequest',
      requestId: key,
      timestamp: new Date(0).toISOString(),
      reason: 'USER_INITIATED',
    },
  };
}

/** The attributes saved for an attempt of this customer (`user` is the hash tokens carry). */
export function recordAttributes(attempt: Attempt, user: string): Record<string, unknown> {
  return {
    [attemptAttribute]: { operation: attempt.operation, user, payload: attempt.payload },
    [expiryAttribute]: attempt.expiresAt,
  };
}

/**
 * The payload text a record holds for this operation and customer, or `undefined` when the
 * attributes are not such a record (missing, another customer's, not text...).
 */
export function payloadInRecord(
  attributes: unknown,
  operation: Attempt['operation'],
  user: string,
): string | undefined {
  const stored = isRecord(attributes) ? ownField(attributes, attemptAttribute) : undefined;
  if (!isRecord(stored) || stored.operation !== operation || stored.user !== user) return undefined;
  return typeof stored.payload === 'string' ? stored.payload : undefined;
}
