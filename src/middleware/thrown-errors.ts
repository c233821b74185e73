import { lookupErrorCode } from '../catalog/lookup';
import type { ErrorCatalogEntry, ErrorContext } from '../catalog/types';
import {
  isAmazonPayBuyerIdError,
  isAmazonPayFpsError,
  isAmazonPayValidationError,
} from '../errors/payment-errors';
import { isAmazonPayPersistenceError } from '../errors/persistence-error';
import { asCode, asString } from '../outcome/read';
import type { PromptKey } from '../prompts/prompt-keys';

/** What the middleware knows about an error a skill's code threw. */
export interface ThrownErrorFacts {
  /** The error's code, as the catalog spells it when the catalog knows it. */
  readonly code: string | undefined;
  /** The catalog entry the error stands for, when the catalog knows its code. */
  readonly entry: ErrorCatalogEntry | undefined;
  /** What the customer hears when the entry has no sentence of its own. */
  readonly fallback: PromptKey;
  /** For a validation error: the dotted path of the offending field. */
  readonly field: string | undefined;
}

/** The catalog context of the package's own typed errors; `undefined` for any other. */
function contextOf(error: unknown): ErrorContext | undefined {
  if (isAmazonPayValidationError(error)) return error.operation === 'Setup' ? 'setup' : 'charge';
  if (isAmazonPayBuyerIdError(error)) return 'buyer-id';
  if (isAmazonPayFpsError(error)) return 'fps';
  return undefined;
}

/**
 * Recognises the package's own typed errors (a directive helper's persistence error among
 * them), the only errors it claims outside an Amazon Pay response. Nothing else is: ask-sdk's
 * `ServiceError` does not say which API answered (and no Alexa service client calls the Buyer
 * ID API), and aws-sdk errors carry the same codes as FPS (`InternalError`,
 * `InvalidParameter`). `undefined` for anything else. Never throws.
 */
export function recognisePaymentError(error: unknown): ThrownErrorFacts | undefined {
  try {
    // A directive helper could not keep its record, so no directive went out: nothing was bought.
    if (isAmazonPayPersistenceError(error))
      return { code: undefined, entry: undefined, fallback: 'error.unexpected', field: undefined };
    const context = contextOf(error);
    if (context === undefined) return undefined;
    const { code, field } = error as { code?: unknown; field?: unknown };
    // Looked up by the code rather than taken from `entry`: another copy of the package may
    // have thrown the error, and the code is all it has to say.
    const entry = lookupErrorCode(asCode(code), context);
    return {
      code: entry?.code ?? asCode(code),
      entry,
      fallback: context === 'fps' ? 'error.unexpected' : 'error.amazonPayUnavailable',
      field: asString(field),
    };
  } catch {
    return undefined;
  }
}

/** True for the error ask-sdk throws when no request handler can handle a request. Never throws. */
export function isNoHandlerError(error: unknown): boolean {
  try {
    return (
      error instanceof Error &&
      typeof error.name === 'string' &&
      error.name.startsWith('AskSdk.') &&
      String(error.message).includes('Unable to find a suitable request handler')
    );
  } catch {
    return false;
  }
}

/** The name and message of anything thrown, for the developer's log (which bounds them). */
export function describeThrown(error: unknown): { name: string; message: string } {
  try {
    if (error instanceof Error) return { name: String(error.name), message: String(error.message) };
    return { name: typeof error, message: String(error) };
  } catch {
    return { name: typeof error, message: '(unreadable)' };
  }
}
