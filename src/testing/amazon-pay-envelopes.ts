import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { lookupErrorCode } from '../catalog/lookup';
import type { ErrorContext } from '../catalog/types';
import type { AmazonPayOperation, BillingAgreementStatus } from '../outcome/types';
import { connectionsResponseEnvelope, fixtureTimestamp, type EnvelopeOptions } from './envelopes';
import { marketplaceFor } from './marketplaces';

type AuthorizationState = interfaces.amazonpay.model.response.State | 'Completed';

export interface PaymentFixtureOptions extends EnvelopeOptions {
  /** The token the skill sent with its directive. Default `test-token`. */
  readonly token?: string;
}

export interface SetupFixture {
  /** Default `OPEN`. */
  readonly billingAgreementStatus?: BillingAgreementStatus;
  /** Default `C01-0000000-0000001`. */
  readonly billingAgreementId?: string;
  /** Default `SANDBOX`. */
  readonly releaseEnvironment?: 'LIVE' | 'SANDBOX';
}

/** A Setup that succeeded (200), with a billing agreement in the given status. */
export function setupSuccessEnvelope(
  fixture: SetupFixture = {},
  options: PaymentFixtureOptions = {},
): RequestEnvelope {
  const market = marketplaceFor(options.locale ?? 'en-US');
  const result: interfaces.amazonpay.response.SetupAmazonPayResult = {
    billingAgreementDetails: {
      billingAgreementId: fixture.billingAgreementId ?? 'C01-0000000-0000001',
      creationTimestamp: fixtureTimestamp,
      checkoutLanguage: market.checkoutLanguage,
      releaseEnvironment: fixture.releaseEnvironment ?? 'SANDBOX',
      billingAgreementStatus: fixture.billingAgreementStatus ?? 'OPEN',
      destination: {
        name: 'Test Customer',
        addressLine1: '1 Test Street',
        city: 'Testville',
        postalCode: '12345',
        countryCode: market.countryCode === 'UK' ? 'GB' : market.countryCode,
      },
    },
  };
  return paymentResponse('Setup', '200', 'OK', { ...result }, options);
}

export interface ChargeFixture {
  /** Default `10.00` (`1000` in yen). */
  readonly amount?: string;
  /** Default: the currency of the locale's marketplace. */
  readonly currencyCode?: string;
  /** Default `test-order-0001`. */
  readonly authorizationReferenceId?: string;
  /** Default `S01-0000000-0000001-A000001`. */
  readonly amazonAuthorizationId?: string;
}

/** The result of a Charge whose authorization is in the given state. */
function chargeResult(
  state: AuthorizationState,
  reasonCode: string | undefined,
  softDecline: boolean,
  fixture: ChargeFixture,
  locale: string | undefined,
): interfaces.amazonpay.response.ChargeAmazonPayResult {
  const currencyCode = fixture.currencyCode ?? marketplaceFor(locale).currencyCode;
  const amount = {
    amount: fixture.amount ?? (currencyCode === 'JPY' ? '1000' : '10.00'),
    currencyCode,
  };
  const captured = state === 'Closed' || state === 'Completed';
  return {
    amazonOrderReferenceId: 'S01-0000000-0000001',
    authorizationDetails: {
      amazonAuthorizationId: fixture.amazonAuthorizationId ?? 'S01-0000000-0000001-A000001',
      authorizationReferenceId: fixture.authorizationReferenceId ?? 'test-order-0001',
      authorizationAmount: amount,
      capturedAmount: { amount: captured ? amount.amount : '0', currencyCode },
      authorizationFee: { amount: '0.00', currencyCode },
      idList: captured ? ['S01-0000000-0000001-C000001'] : [],
      creationTimestamp: fixtureTimestamp,
      expirationTimestamp: '2022-07-01T12:00:00Z',
      // The model's State has no 'Completed', which Amazon Pay documents and sends.
      authorizationStatus: {
        state: state as interfaces.amazonpay.model.response.State,
        reasonCode,
        lastUpdateTimestamp: fixtureTimestamp,
      },
      softDecline,
      captureNow: captured,
    },
  };
}

/**
 * A Charge that succeeded (200). `Closed` with `MaxCapturesProcessed` is what
 * AuthorizeAndCapture returns; `Open` is what Authorize returns.
 */
export function chargeSuccessEnvelope(
  fixture: ChargeFixture & { readonly state?: 'Open' | 'Closed' | 'Completed' } = {},
  options: PaymentFixtureOptions = {},
): RequestEnvelope {
  const state = fixture.state ?? 'Closed';
  const reason = state === 'Closed' ? 'MaxCapturesProcessed' : undefined;
  return paymentResponse(
    'Charge',
    '200',
    'OK',
    { ...chargeResult(state, reason, false, fixture, options.locale ?? undefined) },
    options,
  );
}

/** A Charge (200) whose authorization is still Pending. */
export function chargePendingEnvelope(
  fixture: ChargeFixture = {},
  options: PaymentFixtureOptions = {},
): RequestEnvelope {
  return paymentResponse(
    'Charge',
    '200',
    'OK',
    { ...chargeResult('Pending', undefined, false, fixture, options.locale ?? undefined) },
    options,
  );
}

/** A Charge (200) whose authorization was Declined with this reason code. */
export function chargeDeclinedEnvelope(
  reasonCode: string,
  fixture: ChargeFixture & { readonly softDecline?: boolean } = {},
  options: PaymentFixtureOptions = {},
): RequestEnvelope {
  const result = chargeResult(
    'Declined',
    reasonCode,
    fixture.softDecline ?? false,
    fixture,
    options.locale ?? undefined,
  );
  return paymentResponse('Charge', '200', 'OK', { ...result }, options);
}

export interface ErrorFixture {
  /** Default: the catalog's status for the code (400 when unknown). */
  readonly statusCode?: string | number;
  /** Where the code travels. Default `both` (`status.message` and `payload.errorCode`). */
  readonly codeIn?: 'both' | 'status-message' | 'payload';
  /** Default: a merchant-facing sentence naming the code. */
  readonly errorMessage?: string;
}

/** A Setup or Charge that failed with this error code, as Amazon Pay sends it. */
export function amazonPayErrorEnvelope(
  operation: AmazonPayOperation,
  code: string,
  fixture: ErrorFixture = {},
  options: PaymentFixtureOptions = {},
): RequestEnvelope {
  const context: ErrorContext = operation === 'Setup' ? 'setup' : 'charge';
  const entry = lookupErrorCode(code, context) ?? lookupErrorCode(code, 'permission');
  const statusCode = fixture.statusCode ?? String(entry?.httpStatus ?? 400);
  const codeIn = fixture.codeIn ?? 'both';
  const payload: interfaces.amazonpay.response.AmazonPayErrorResponse | Record<string, never> =
    codeIn === 'status-message'
      ? {}
      : {
          errorCode: code,
          errorMessage: fixture.errorMessage ?? `Merchant-facing detail about ${code}.`,
        };
  const message = codeIn === 'payload' ? 'Error' : code;
  return paymentResponse(operation, statusCode, message, { ...payload }, options);
}

function paymentResponse(
  name: AmazonPayOperation,
  statusCode: string | number,
  statusMessage: string,
  payload: Record<string, unknown>,
  options: PaymentFixtureOptions,
): RequestEnvelope {
  return connectionsResponseEnvelope(
    { name, statusCode, statusMessage, payload, token: options.token ?? 'test-token' },
    options,
  );
}
