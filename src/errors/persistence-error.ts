import { hasName } from './has-name';

/**
 * The persistence adapter could not save the record of a new purchase attempt: it failed, or it
 * did not answer within `persistenceTimeoutMs`. The directive helper rejects with it and no
 * directive exists, so nothing was sent to Amazon Pay; the skill can apologise and let the
 * customer try again. `cause` holds the adapter's own error, when it failed.
 */
export class AmazonPayPersistenceError extends Error {
  override readonly name = 'AmazonPayPersistenceError';

  constructor(
    /** `failed` when the adapter rejected or threw, `timed-out` when it did not answer in time. */
    readonly reason: 'failed' | 'timed-out',
    message: string,
    options?: { readonly cause: unknown },
  ) {
    super(message, options);
  }
}

/** True for an {@link AmazonPayPersistenceError}, even from another copy of the package. */
export function isAmazonPayPersistenceError(error: unknown): error is AmazonPayPersistenceError {
  return hasName(error, 'AmazonPayPersistenceError');
}
