import { lookupErrorCode } from '../catalog/lookup';
import type { ErrorCatalogEntry } from '../catalog/types';
import {
  isAmazonPayBuyerIdError,
  isAmazonPayFpsError,
  isAmazonPayValidationError,
} from '../errors/payment-errors';
import { isAmazonPayPersistenceError } from '../errors/persistence-error';
import { isRecord } from '../outcome/read';

/** What the middleware knows about an error a skill's code threw. */
export interface ThrownErrorFacts {
  /** The catalog entry the error stands for, when it is a payment error the middleware knows. */
  readonly entry: ErrorCatalogEntry | undefined;
  /** For a validation error: the dotted path of the offending field. */
  readonly field?: string;
}

/** An own property of something thrown (errors are not plain objects, so read them strictly). */
function ownProperty(thrown: unknown, key: string): unknown {
  return typeof thrown === 'object' && thrown !== null && Object.hasOwn(thrown, key)
    ? (thrown as Record<string, unknown>)[key]
    : undefined;
}

/** An ask-sdk `ServiceError` from the Buyer ID API: its parsed body holds a Buyer ID code. */
function buyerIdServiceErrorEntry(error: unknown): ErrorCatalogEntry | undefined {
  if (
    typeof error !== 'object' ||
    error === null ||
    (error as { name?: unknown }).name !== 'ServiceError'
  )
    return undefined;
  const body = ownProperty(error, 'response');
  return lookupErrorCode(isRecord(body) ? body.errorCode : undefined, 'buyer-id');
}

/** An error from a payments back end carrying a legacy FPS code, named exactly. */
function fpsEntry(error: unknown): ErrorCatalogEntry | undefined {
  for (const key of ['code', 'errorCode']) {
    const code = ownProperty(error, key);
    const entry = typeof code === 'string' ? lookupErrorCode(code, 'fps') : undefined;
    if (entry !== undefined && (entry.code === code || isAmazonPayFpsError(error))) return entry;
  }
  return undefined;
}

/**
 * Recognises the payment errors a skill can throw: the package's own typed errors, Buyer ID
 * `ServiceError`s and FPS codes. `undefined` for anything else. Never throws.
 */
export function recognisePaymentError(error: unknown): ThrownErrorFacts | undefined {
  try {
    if (isAmazonPayValidationError(error)) return { entry: error.entry, field: error.field };
    if (isAmazonPayBuyerIdError(error)) return { entry: error.entry };
    if (isAmazonPayPersistenceError(error)) return { entry: undefined };
    const entry = buyerIdServiceErrorEntry(error) ?? fpsEntry(error);
    return entry === undefined ? undefined : { entry };
  } catch {
    return undefined;
  }
}

/** True for the error ask-sdk throws when no request handler can handle a request. */
export function isNoHandlerError(error: unknown): boolean {
  return (
    error instanceof Error &&
    typeof error.name === 'string' &&
    error.name.startsWith('AskSdk.') &&
    String(error.message).includes('Unable to find a suitable request handler')
  );
}

/** The name and message of anything thrown, for the developer's log. */
export function describeThrown(error: unknown): { name: string; message: string } {
  try {
    if (error instanceof Error)
      return { name: String(error.name), message: String(error.message).slice(0, 500) };
    return { name: typeof error, message: String(error).slice(0, 500) };
  } catch {
    return { name: typeof error, message: '(unreadable)' };
  }
}
