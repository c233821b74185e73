import type { AmazonPayScript, ConsentFixture } from 'ask-sdk-amazon-pay-middleware/testing';

/** What the customer does at one step of a conversation. */
export type CustomerStep = 'launch' | 'yes' | 'buy';

export interface Scenario {
  readonly name: string;
  readonly title: string;
  /** The locale the scenario is played in unless `--locale` says otherwise. */
  readonly locale?: string;
  readonly consent?: ConsentFixture;
  readonly steps: readonly {
    readonly customer: CustomerStep;
    readonly amazonPay?: AmazonPayScript;
  }[];
}

export const scenarios: readonly Scenario[] = [
  {
    name: 'happy',
    title: 'a purchase that goes through',
    steps: [
      { customer: 'launch' },
      {
        customer: 'yes',
        amazonPay: { Setup: { kind: 'success' }, Charge: { kind: 'success', state: 'Closed' } },
      },
    ],
  },
  {
    name: 'decline',
    title: 'a hard decline: the order is cancelled',
    steps: [
      {
        customer: 'buy',
        amazonPay: {
          Charge: { kind: 'decline', reasonCode: 'AmazonRejected', softDecline: false },
        },
      },
    ],
  },
  {
    name: 'soft-decline',
    title: 'a soft decline: the order waits, and is offered again at the next visit',
    steps: [
      {
        customer: 'buy',
        amazonPay: {
          Charge: { kind: 'decline', reasonCode: 'InvalidPaymentMethod', softDecline: true },
        },
      },
      { customer: 'launch' },
      { customer: 'yes', amazonPay: { Charge: { kind: 'success' } } },
    ],
  },
  {
    name: 'payment-method',
    title: 'a payment-method error Amazon Pay has already explained',
    steps: [
      { customer: 'buy', amazonPay: { Charge: { kind: 'error', code: 'InvalidPaymentMethod' } } },
    ],
  },
  {
    name: 'permission-us',
    title: 'Amazon Pay permission never requested, in the US',
    locale: 'en-US',
    steps: [
      { customer: 'buy', amazonPay: { Setup: { kind: 'error', code: 'ACCESS_NOT_REQUESTED' } } },
    ],
  },
  {
    name: 'permission-japan',
    title: 'no permission yet, in Japan: the card goes out before any directive',
    locale: 'ja-JP',
    consent: 'DENIED',
    steps: [{ customer: 'buy' }],
  },
  {
    name: 'server-error',
    title: 'a server error: the identical Charge is resent, then succeeds',
    steps: [
      {
        customer: 'buy',
        amazonPay: {
          Charge: [{ kind: 'error', code: 'InternalServerError' }, { kind: 'success' }],
        },
      },
    ],
  },
  {
    name: 'voice-code',
    title: 'a failed voice code, retried after a yes',
    steps: [
      {
        customer: 'buy',
        amazonPay: { Charge: { kind: 'error', code: 'CustomerApprovalFailure' } },
      },
      { customer: 'yes', amazonPay: { Charge: { kind: 'success' } } },
    ],
  },
  {
    name: 'merchant-error',
    title: 'a merchant integration error: kind words for the customer, the fix in the log',
    steps: [
      {
        customer: 'buy',
        amazonPay: {
          Setup: {
            kind: 'error',
            code: 'InvalidSellerId',
            errorMessage: 'The seller ID A1DEMOSELLER is not valid.',
          },
        },
      },
    ],
  },
];
