import type { AmazonPayScript, ConsentFixture } from 'ask-sdk-amazon-pay-middleware/testing';

/** What the customer does at one step of a conversation. */
export type CustomerStep = 'launch' | 'buy' | 'yes' | 'no' | 'help' | 'fallback' | 'enquiry';

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

const setupSucceeds: AmazonPayScript = { Setup: { kind: 'success' } };

export const scenarios: readonly Scenario[] = [
  {
    name: 'happy',
    title: 'a purchase: the total and the address first, then the yes, then Charge',
    steps: [
      { customer: 'launch' },
      { customer: 'yes', amazonPay: setupSucceeds },
      { customer: 'yes', amazonPay: { Charge: { kind: 'success', state: 'Closed' } } },
    ],
  },
  {
    name: 'one-shot',
    title: '"ask Tea House to buy tea": still no Charge before the yes',
    steps: [
      { customer: 'buy', amazonPay: setupSucceeds },
      { customer: 'yes', amazonPay: { Charge: { kind: 'success' } } },
    ],
  },
  {
    name: 'changed-mind',
    title: 'a no to the total: the order is cancelled, nothing is charged',
    steps: [{ customer: 'buy', amazonPay: setupSucceeds }, { customer: 'no' }],
  },
  {
    name: 'suspended',
    title: 'Setup answers a SUSPENDED agreement: Charge may still repair it',
    steps: [
      {
        customer: 'buy',
        amazonPay: { Setup: { kind: 'success', billingAgreementStatus: 'SUSPENDED' } },
      },
      { customer: 'yes', amazonPay: { Charge: { kind: 'success' } } },
    ],
  },
  {
    name: 'pending',
    title: 'a pending charge: an order number, a card, and how the result will come',
    steps: [
      { customer: 'buy', amazonPay: setupSucceeds },
      { customer: 'yes', amazonPay: { Charge: { kind: 'pending' } } },
    ],
  },
  {
    name: 'decline',
    title: 'a hard decline: the order is cancelled',
    steps: [
      { customer: 'buy', amazonPay: setupSucceeds },
      {
        customer: 'yes',
        amazonPay: {
          Charge: { kind: 'decline', reasonCode: 'AmazonRejected', softDecline: false },
        },
      },
    ],
  },
  {
    name: 'soft-decline',
    title: 'a soft decline: the order is kept, and the next visit offers to continue it',
    steps: [
      { customer: 'buy', amazonPay: setupSucceeds },
      {
        customer: 'yes',
        amazonPay: {
          Charge: { kind: 'decline', reasonCode: 'InvalidPaymentMethod', softDecline: true },
        },
      },
      { customer: 'launch' },
      { customer: 'yes', amazonPay: setupSucceeds },
      { customer: 'yes', amazonPay: { Charge: { kind: 'success' } } },
    ],
  },
  {
    name: 'soft-decline-no',
    title: 'a soft decline, and a no at the next visit: the order is cancelled',
    steps: [
      { customer: 'buy', amazonPay: setupSucceeds },
      {
        customer: 'yes',
        amazonPay: {
          Charge: { kind: 'decline', reasonCode: 'InvalidPaymentMethod', softDecline: true },
        },
      },
      { customer: 'launch' },
      { customer: 'no' },
      { customer: 'launch' },
    ],
  },
  {
    name: 'payment-method',
    title: 'a payment-method error Amazon Pay has already explained (the sandbox soft decline)',
    steps: [
      { customer: 'buy', amazonPay: setupSucceeds },
      { customer: 'yes', amazonPay: { Charge: { kind: 'error', code: 'InvalidPaymentMethod' } } },
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
      { customer: 'buy', amazonPay: setupSucceeds },
      {
        customer: 'yes',
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
      { customer: 'buy', amazonPay: setupSucceeds },
      {
        customer: 'yes',
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
            errorMessage: 'The seller ID LOCAL-SANDBOX-SELLER-ID is not valid.',
          },
        },
      },
    ],
  },
  {
    name: 'order-enquiry',
    title: 'a question about cancelling an order: how to reach the shop, by voice and on a card',
    steps: [
      { customer: 'buy', amazonPay: setupSucceeds },
      { customer: 'yes', amazonPay: { Charge: { kind: 'success' } } },
      { customer: 'enquiry' },
    ],
  },
];
