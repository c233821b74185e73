import type { ErrorCatalogEntry, ErrorContext } from '../catalog/types';
import { paymentPath } from '../on-first-use';
import { asCode } from '../outcome/read';
import { isAmazonPayPersistenceError } from './persistence-error';
import { hasName } from './has-name';

// The catalog comes with the payment path: an error is looked up only when one is made.
const lookupErrorCode = (code: unknown, context: ErrorContext) =>
  paymentPath.get().lookupErrorCode(code, context);

/**
 * A Setup or Charge payload that Amazon Pay would refuse, caught before it was sent.
 * `code` is the catalog code Amazon Pay would have answered; `field` the dotted path of the
 * offending field (`authorizeAttributes.authorizationAmount.amount`).
 */
export class AmazonPayValidationError extends Error {
  override readonly name = 'AmazonPayValidationError';
  readonly entry: ErrorCatalogEntry | undefined;

  constructor(
    readonly code: string,
    readonly field: string,
    message: string,
    readonly operation: 'Setup' | 'Charge',
  ) {
    super(message);
    this.entry = lookupErrorCode(code, operation === 'Setup' ? 'setup' : 'charge');
  }
}

export interface BuyerIdErrorDetails {
  /** The HTTP status of the answer; `undefined` when none came (timeout, network). */
  readonly statusCode: number | undefined;
  /** The catalog code (`InvalidToken` for an answer of `invalid_token`), when known. */
  readonly code: string | undefined;
  /** Amazon's id of the failed request, for support cases. */
  readonly requestId: string | undefined;
  readonly cause?: unknown;
}

/** The Buyer ID API answered with an error, or did not answer in time. */
export class AmazonPayBuyerIdError extends Error {
  override readonly name = 'AmazonPayBuyerIdError';
  readonly statusCode: number | undefined;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly entry: ErrorCatalogEntry | undefined;

  constructor(message: string, details: BuyerIdErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.statusCode = details.statusCode;
    this.requestId = details.requestId;
    const code = asCode(details.code);
    this.entry = lookupErrorCode(code, 'buyer-id');
    this.code = this.entry?.code ?? code;
  }
}

/** What else an {@link AmazonPayFpsError} can carry. */
export interface FpsErrorDetails {
  /** The back end's id of the failed request, for support cases. */
  readonly requestId?: string;
  /** What the back end threw or answered. */
  readonly cause?: unknown;
}

/**
 * A legacy Amazon Payments (FPS) error from a payments back end. Throw it from a handler and
 * the middleware answers the customer with the catalog's sentence for the code. It is the only
 * way an FPS code reaches the middleware: an error that merely carries a `code` such as
 * `InternalError` is left to the skill, since aws-sdk errors use the same names.
 * {@link amazonPayFpsErrorFrom} builds one from a back end's answer.
 *
 * @example throw new AmazonPayFpsError('AccountLimitsExceeded');
 */
export class AmazonPayFpsError extends Error {
  override readonly name = 'AmazonPayFpsError';
  /** The FPS code, trimmed, as the catalog spells it when the catalog knows it. */
  readonly code: string;
  readonly requestId: string | undefined;
  readonly entry: ErrorCatalogEntry | undefined;

  constructor(code: string, message?: string, details: FpsErrorDetails = {}) {
    const trimmed = asCode(code) ?? '';
    const entry = lookupErrorCode(trimmed, 'fps');
    const known = entry?.code ?? trimmed;
    super(
      message ?? `Amazon Payments answered ${known}`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.code = known;
    this.requestId = details.requestId;
    this.entry = entry;
  }
}

/** True for an {@link AmazonPayValidationError}, even from another copy of the package. */
export const isAmazonPayValidationError = (error: unknown): error is AmazonPayValidationError =>
  hasName(error, 'AmazonPayValidationError');

/** True for an {@link AmazonPayBuyerIdError}, even from another copy of the package. */
export const isAmazonPayBuyerIdError = (error: unknown): error is AmazonPayBuyerIdError =>
  hasName(error, 'AmazonPayBuyerIdError');

/** True for an {@link AmazonPayFpsError}, even from another copy of the package. */
export const isAmazonPayFpsError = (error: unknown): error is AmazonPayFpsError =>
  hasName(error, 'AmazonPayFpsError');

/**
 * True for any of the package's own payment errors (validation, Buyer ID, FPS, persistence), from
 * any copy of the package: the only errors its error handler claims outside an Amazon Pay
 * response, told apart by name before anything else is read from them. Never throws: a value
 * whose name cannot be read is not one.
 */
export function isPackagePaymentError(error: unknown): boolean {
  return (
    isAmazonPayValidationError(error) ||
    isAmazonPayBuyerIdError(error) ||
    isAmazonPayFpsError(error) ||
    isAmazonPayPersistenceError(error)
  );
}
