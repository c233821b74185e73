import type { interfaces } from 'ask-sdk-model';
import type { ErrorCatalogEntry } from '../catalog/types';

/** The two Amazon Pay for Alexa operations a skill sends with `Connections.SendRequest`. */
export type AmazonPayOperation = 'Setup' | 'Charge';

export type SetupAmazonPayResult = interfaces.amazonpay.response.SetupAmazonPayResult;
export type ChargeAmazonPayResult = interfaces.amazonpay.response.ChargeAmazonPayResult;
export type BillingAgreementStatus = interfaces.amazonpay.model.v1.BillingAgreementStatus;

/** Authorization states that mean the money is (or will be) there. */
export type SuccessfulAuthorizationState = 'Open' | 'Closed' | 'Completed';

interface OutcomeBase {
  readonly operation: AmazonPayOperation;
  /** The token the skill sent with its directive, exactly as it came back. */
  readonly token: string | undefined;
}

/** Setup answered 200 with a billing agreement. Whatever its status, Setup succeeded. */
export interface SetupSuccessOutcome extends OutcomeBase {
  readonly kind: 'success';
  readonly operation: 'Setup';
  readonly result: SetupAmazonPayResult;
  /** Upper case, as in ask-sdk-model; `undefined` when missing or not a known status. */
  readonly billingAgreementStatus: BillingAgreementStatus | undefined;
  /** The agreement is suspended: Charge can still be called and may repair it. */
  readonly suspended: boolean;
  /** The catalog entry of the reason a suspended agreement carries. */
  readonly billingAgreementReason: ErrorCatalogEntry | undefined;
}

/** Charge answered 200 with an Open, Closed or Completed authorization. */
export interface ChargeSuccessOutcome extends OutcomeBase {
  readonly kind: 'success';
  readonly operation: 'Charge';
  readonly result: ChargeAmazonPayResult;
  readonly authorizationState: SuccessfulAuthorizationState;
}

/** Charge answered 200 with a Pending authorization: not paid yet, not declined either. */
export interface ChargePendingOutcome extends OutcomeBase {
  readonly kind: 'pending';
  readonly operation: 'Charge';
  readonly result: ChargeAmazonPayResult;
}

/** Charge answered 200 but the authorization was Declined. Not an error, not a purchase. */
export interface ChargeDeclineOutcome extends OutcomeBase {
  readonly kind: 'decline';
  readonly operation: 'Charge';
  readonly result: ChargeAmazonPayResult;
  readonly reasonCode: string | undefined;
  readonly softDecline: boolean;
  /** The catalog entry of the reason (context `decline`), when the reason is known. */
  readonly entry: ErrorCatalogEntry | undefined;
}

/** Setup or Charge answered with a status other than 200. */
export interface ErrorOutcome extends OutcomeBase {
  readonly kind: 'error';
  readonly statusCode: number;
  /** The code from `payload.errorCode` or `status.message`, when either is a string. */
  readonly code: string | undefined;
  /** The catalog entry of the code, when it is a known code of this operation. */
  readonly entry: ErrorCatalogEntry | undefined;
  /** Amazon Pay's message for the merchant. For logs only: never speak it. */
  readonly errorMessage: string | undefined;
}

export type UnknownOutcomeReason =
  | 'unreadable-status'
  | 'missing-billing-agreement'
  | 'missing-authorization-state'
  | 'unexpected-authorization-state'
  | 'unreadable-request';

/**
 * A Setup or Charge response whose shape makes no sense. For a Charge, that is an unconfirmed
 * payment ({@link UnconfirmedChargeOutcome}), never a failure.
 */
export interface UnknownOutcome extends OutcomeBase {
  readonly kind: 'unknown';
  readonly statusCode: number | undefined;
  readonly reason: UnknownOutcomeReason;
}

/**
 * A Charge whose answer cannot be read: mostly a 200 whose authorization state is missing or
 * unheard of. The money may have been taken; look the order up before fulfilling it or
 * charging again. `isUnconfirmedCharge` tells it apart.
 */
export type UnconfirmedChargeOutcome = UnknownOutcome & { readonly operation: 'Charge' };

/** The typed outcome of an Amazon Pay `Connections.Response`. */
export type PaymentOutcome =
  | SetupSuccessOutcome
  | ChargeSuccessOutcome
  | ChargePendingOutcome
  | ChargeDeclineOutcome
  | ErrorOutcome
  | UnknownOutcome;

export type PaymentOutcomeKind = PaymentOutcome['kind'];
