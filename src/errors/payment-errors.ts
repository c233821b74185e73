import { lookupErrorCode } from '../catalog/lookup';
import type { ErrorCatalogEntry } from '../catalog/types';

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
    this.entry = lookupErrorCode(details.code, 'buyer-id');
    this.code = this.entry?.code ?? details.code;
  }
}

/**
 * A legacy Amazon Payments (FPS) error from a payments back end. Throw it from a handler and
 * the middleware answers the customer with the catalog's sentence for the code. Errors with
 * an FPS `code` or `errorCode` property are recognised too.
 *
 * @example throw new AmazonPayFpsError('AccountLimitsExceeded');
 */
export class AmazonPayFpsError extends Error {
  override readonly name = 'AmazonPayFpsError';
  readonly entry: ErrorCatalogEntry | undefined;

  constructor(
    readonly code: string,
    message = `Amazon Payments answered ${code}`,
  ) {
    super(message);
    this.entry = lookupErrorCode(code, 'fps');
  }
}

const hasName = (error: unknown, name: string): error is Error =>
  error instanceof Error
    ? error.name === name
    : typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

/** True for an {@link AmazonPayValidationError}, even from another copy of the package. */
export const isAmazonPayValidationError = (error: unknown): error is AmazonPayValidationError =>
  hasName(error, 'AmazonPayValidationError');

/** True for an {@link AmazonPayBuyerIdError}, even from another copy of the package. */
export const isAmazonPayBuyerIdError = (error: unknown): error is AmazonPayBuyerIdError =>
  hasName(error, 'AmazonPayBuyerIdError');

/** True for an {@link AmazonPayFpsError}, even from another copy of the package. */
export const isAmazonPayFpsError = (error: unknown): error is AmazonPayFpsError =>
  hasName(error, 'AmazonPayFpsError');
