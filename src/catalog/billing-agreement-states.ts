import type { interfaces } from 'ask-sdk-model';

type BillingAgreementStatus = interfaces.amazonpay.model.v1.BillingAgreementStatus;

export interface BillingAgreementStateFacts {
  /** Whether Charge can be called without constraints. */
  readonly chargeable: boolean;
  /** Reason codes that come with this state (catalog context `billing-agreement`). */
  readonly reasonCodes: readonly string[];
  readonly description: string;
}

/**
 * The billing agreement states the Amazon Pay for Alexa reference describes. Whatever the
 * state, a Setup answer is a success: Charge can bring a suspended agreement back to Open.
 */
export const billingAgreementStates: Readonly<
  Partial<Record<BillingAgreementStatus, BillingAgreementStateFacts>>
> = Object.freeze({
  OPEN: Object.freeze({
    chargeable: true,
    reasonCodes: Object.freeze([]),
    description: 'The agreement is valid; Charge can be called without constraints.',
  }),
  SUSPENDED: Object.freeze({
    chargeable: false,
    reasonCodes: Object.freeze(['InvalidPaymentMethod']),
    description:
      "A problem with the customer's payment method keeps Amazon from processing authorizations. Call Charge anyway: it can move the agreement back to Open.",
  }),
});
