import type { CatalogRow } from './catalog-row';

/**
 * Reason codes of a successful answer (HTTP 200) that still is not a purchase: a declined
 * Charge authorization, and a billing agreement that Setup returned suspended.
 */
export const reasonCodeRows: readonly CatalogRow[] = [
  {
    code: 'InvalidPaymentMethod',
    contexts: ['decline'],
    httpStatus: 200,
    errorType: undefined,
    handledBy: 'amazon-pay',
    retriable: 'after-fix',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    promptKey: 'afterAmazonPaySpoke.paymentMethodNeedsUpdate',
    developerMessage:
      "The authorization was declined because of the customer's payment method; softDecline tells whether updating it can make a new attempt succeed.",
    correctiveAction:
      'Do not fulfil the order. Amazon Pay has asked the customer to update the payment method; the customer can buy again afterwards.',
  },
  {
    code: 'TransactionTimedOut',
    contexts: ['decline'],
    httpStatus: 200,
    errorType: undefined,
    handledBy: 'amazon-pay',
    retriable: 'no',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    promptKey: 'afterAmazonPaySpoke.declined',
    developerMessage: 'The authorization was declined because it could not be completed in time.',
    correctiveAction:
      'Do not fulfil the order. Amazon Pay has told the customer to try later, which is a new purchase with a new reference id.',
  },
  {
    code: 'AmazonRejected',
    contexts: ['decline'],
    httpStatus: 200,
    errorType: undefined,
    handledBy: 'amazon-pay',
    retriable: 'no',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    promptKey: 'afterAmazonPaySpoke.declined',
    developerMessage: 'Amazon rejected the authorization.',
    correctiveAction:
      'Do not fulfil the order. Amazon Pay has told the customer to try later, which is a new purchase with a new reference id.',
  },
  {
    code: 'ProcessingFailure',
    contexts: ['decline'],
    httpStatus: 200,
    errorType: undefined,
    handledBy: 'amazon-pay',
    retriable: 'no',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    promptKey: 'afterAmazonPaySpoke.declined',
    developerMessage:
      'The authorization was declined because Amazon could not process the transaction.',
    correctiveAction:
      'Do not fulfil the order. Amazon Pay has told the customer to try later, which is a new purchase with a new reference id.',
  },
  {
    code: 'InvalidPaymentMethod',
    contexts: ['billing-agreement'],
    httpStatus: 200,
    errorType: undefined,
    handledBy: 'merchant',
    retriable: 'no',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: undefined,
    developerMessage:
      "Setup returned a Suspended billing agreement because of a problem with the customer's payment method. Setup itself succeeded.",
    correctiveAction:
      'Call Charge anyway: it takes any update of the payment details into account and can move the agreement back to Open before charging.',
  },
];
