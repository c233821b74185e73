import type { CatalogRow } from './catalog-row';

/**
 * Amazon Pay for Alexa Skills: the Setup, Charge, permission, PIN and 1-Click errors a
 * `Connections.Response` can carry. The 1-Click and PIN tables of the reference name no
 * operation, so their codes are entries for both Setup and Charge; where a Setup or Charge
 * table lists the same code, that row is the same entry and its message covers both.
 */
export const amazonPayForAlexaErrorRows: readonly CatalogRow[] = [
  // Handled by Amazon Pay: it has already spoken to the customer.
  {
    code: 'UnsupportedClientPlatform',
    contexts: ['setup', 'charge'],
    httpStatus: 403,
    errorType: 'runtime',
    handledBy: 'amazon-pay',
    retriable: 'after-fix',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    promptKey: 'afterAmazonPaySpoke.unsupportedDevice',
    developerMessage: "The customer's Alexa device cannot take part in an Amazon Pay purchase.",
    correctiveAction:
      'Nothing to change in the skill: the customer has to update the software of the device and start the purchase again.',
  },
  {
    code: 'InvalidShippingAddress',
    contexts: ['setup', 'charge'],
    httpStatus: 400,
    errorType: 'runtime',
    handledBy: 'amazon-pay',
    retriable: 'after-fix',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    promptKey: 'afterAmazonPaySpoke.nothingBought',
    developerMessage:
      "The customer's Amazon account has no usable shipping address (or no default 1-Click setting), so no billing agreement could be made.",
    correctiveAction:
      'Nothing to change in the skill: Amazon Pay has asked the customer to fix the address and sent a link to the Alexa app. The purchase can be started again afterwards.',
  },
  {
    code: 'InvalidAccountStatus',
    aliases: ['InvalidMerchantAccountStatus'],
    contexts: ['setup', 'charge'],
    httpStatus: 403,
    errorType: 'runtime',
    handledBy: 'amazon-pay',
    retriable: 'after-fix',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    promptKey: 'afterAmazonPaySpoke.shopCannotTakeOrders',
    developerMessage:
      'Your merchant account cannot run this request in its current state, for example because it is suspended or its registration is unfinished.',
    correctiveAction:
      "Look at the account's state in Seller Central and contact Amazon Pay merchant support to resolve it.",
  },
  {
    code: 'RequestThrottled',
    contexts: ['setup', 'charge'],
    httpStatus: 429,
    errorType: 'runtime',
    handledBy: 'amazon-pay',
    retriable: 'yes',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    promptKey: 'afterAmazonPaySpoke.comeBackInFewMinutes',
    developerMessage:
      'Amazon Pay refused the request because the skill sent more requests than its throttling limit allows.',
    correctiveAction:
      'Lower the request rate. The customer was told to try again later; resending at once only adds load.',
  },
  {
    code: 'InvalidPaymentMethod',
    contexts: ['setup', 'charge'],
    httpStatus: 400,
    errorType: 'runtime',
    handledBy: 'amazon-pay',
    retriable: 'after-fix',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    promptKey: 'afterAmazonPaySpoke.paymentMethodNeedsUpdate',
    developerMessage:
      "The customer's payment method cannot be used (no valid default 1-Click payment method, an outdated billing address, or a method this merchant does not accept), so no payment was made.",
    correctiveAction:
      'Nothing to change in the skill: Amazon Pay has asked the customer to update the payment settings and sent a link to the Alexa app. A soft decline simulated in the sandbox can also arrive as this error.',
  },
  {
    code: 'UnsupportedCustomerAccount',
    contexts: ['setup', 'charge'],
    httpStatus: 400,
    errorType: 'runtime',
    handledBy: 'amazon-pay',
    retriable: 'after-fix',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    promptKey: 'afterAmazonPaySpoke.nothingBought',
    developerMessage: "The customer's Amazon account has no e-mail address.",
    correctiveAction:
      'Nothing to change in the skill: Amazon Pay has asked the customer to add an e-mail address under Login & Security on their Amazon website.',
  },
  {
    code: 'CustomerApprovalFailure',
    contexts: ['setup', 'charge'],
    httpStatus: 403,
    errorType: 'runtime',
    handledBy: 'amazon-pay',
    retriable: 'after-fix',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    // The question is asked by the decision that makes the offer; this is what is said where
    // no offer can stand behind it.
    promptKey: 'afterAmazonPaySpoke.voiceCodeNotAccepted',
    developerMessage: 'The customer did not approve the purchase with a correct voice code.',
    correctiveAction:
      'Offer to try again; the middleware asks and resends the identical request on a yes. The customer can look up or reset the voice code in the Alexa app.',
  },
  {
    code: 'VoicePurchaseNotEnabled',
    contexts: ['setup', 'charge'],
    httpStatus: 403,
    errorType: 'runtime',
    handledBy: 'amazon-pay',
    retriable: 'after-fix',
    voicedByAmazonPay: true,
    permissionCard: 'never',
    promptKey: 'afterAmazonPaySpoke.nothingBought',
    developerMessage: "Voice Purchasing is turned off in the customer's Alexa account.",
    correctiveAction:
      'Nothing for the merchant to do: Alexa has told the customer where to turn Voice Purchasing on.',
  },

  // Handled by the merchant, for both operations.
  {
    code: 'InvalidSellerId',
    contexts: ['setup', 'charge'],
    httpStatus: 400,
    errorType: 'integration',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage: 'The sellerId of the payload is not a valid Amazon Pay merchant id.',
    correctiveAction:
      'Set sellerId to your merchant id, found in Seller Central under Integration > MWS Access Key > General Information.',
  },
  {
    code: 'InvalidParameterValue',
    contexts: ['setup', 'charge'],
    httpStatus: 400,
    errorType: 'integration',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage:
      "A parameter of the payload is missing or breaks one of Amazon Pay's constraints; Amazon Pay's error message names the parameter, the value and the constraint.",
    correctiveAction:
      'Correct the parameter named in the error message, then send the request again.',
  },
  {
    code: 'UnauthorizedAccess',
    contexts: ['setup', 'charge'],
    httpStatus: 403,
    errorType: 'integration',
    handledBy: 'merchant',
    retriable: 'no',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage: 'The merchant account is not authorised to make this request.',
    correctiveAction:
      'Check that sellerId names the account enabled for Amazon Pay for Alexa; if it does, ask Amazon Pay merchant support.',
  },
  {
    code: 'ReleaseEnvironmentNotAllowed',
    contexts: ['setup', 'charge'],
    httpStatus: 403,
    errorType: 'integration',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage:
      'A sandbox request came from a stage of the skill other than Development, where sandbox requests are refused.',
    correctiveAction:
      'Make sandbox requests from the Development version of the skill only; a live skill must not set sandboxMode.',
  },
  {
    code: 'InternalServerError',
    contexts: ['setup', 'charge'],
    httpStatus: 500,
    errorType: 'runtime',
    handledBy: 'merchant',
    retriable: 'yes',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.amazonPayUnavailable',
    developerMessage: 'Amazon Pay failed with an internal error and could not answer properly.',
    correctiveAction:
      'Resend the identical request (the middleware does, up to its configured attempts); if it keeps failing, the customer has to try again later.',
  },
  {
    code: 'ServiceUnavailable',
    contexts: ['setup', 'charge'],
    httpStatus: 500,
    errorType: 'runtime',
    handledBy: 'merchant',
    retriable: 'yes',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.amazonPayUnavailable',
    developerMessage: 'Amazon Pay is unavailable for the moment and could not answer properly.',
    correctiveAction:
      'Resend the identical request (the middleware does, up to its configured attempts); if it keeps failing, the customer has to try again later.',
  },

  // Handled by the merchant, Setup only.
  {
    code: 'UnsupportedCurrency',
    contexts: ['setup'],
    httpStatus: 400,
    errorType: 'integration',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage: 'The ledger currency of the Setup payload is not supported.',
    correctiveAction:
      'Set ledgerCurrency to the ISO 4217 code of your Amazon Pay ledger: USD, EUR or GBP, or JPY in Japan.',
  },
  {
    code: 'UnsupportedCountryOfEstablishment',
    contexts: ['setup'],
    httpStatus: 400,
    errorType: 'integration',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage: 'The countryOfEstablishment of the Setup payload is not supported.',
    correctiveAction:
      'Use the two-letter code of the country your Amazon Pay account was registered in (UK for the United Kingdom, not GB).',
  },
  {
    code: 'BuyerEqualsSeller',
    contexts: ['setup'],
    httpStatus: 400,
    errorType: 'integration',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage:
      "The customer's account is the merchant's own account, which cannot buy from itself.",
    correctiveAction: 'Test the purchase with a separate customer test account, then try again.',
  },
  {
    code: 'InvalidSandboxCustomerEmail',
    contexts: ['setup'],
    httpStatus: 400,
    errorType: 'sandbox',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage:
      'No sandbox test account has the e-mail address given in sandboxCustomerEmailId.',
    correctiveAction:
      'Use the e-mail address of a test account created in Seller Central under Integration > Test Accounts.',
  },

  // Handled by the merchant, Charge only.
  {
    code: 'InvalidBillingAgreementId',
    contexts: ['charge'],
    httpStatus: 400,
    errorType: 'runtime',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage: 'The billingAgreementId of the Charge payload is not valid.',
    correctiveAction:
      "Charge with the id this customer's Setup returned; call Setup again to get a valid one.",
  },
  {
    code: 'InvalidBillingAgreementStatus',
    contexts: ['charge'],
    httpStatus: 400,
    errorType: 'runtime',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.paymentMethodNeedsAttention',
    developerMessage: 'The billing agreement is in a state that does not allow a charge.',
    correctiveAction:
      'The customer has to update or add a valid payment method at Amazon so that the agreement is Open again; until then the address may be missing from the response too.',
  },
  {
    code: 'InvalidPaymentAction',
    contexts: ['charge'],
    httpStatus: 400,
    errorType: 'runtime',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage: 'The paymentAction of the Charge payload is not valid.',
    correctiveAction: 'Use Authorize or AuthorizeAndCapture.',
  },
  {
    code: 'InvalidAuthorizationAmount',
    contexts: ['charge'],
    httpStatus: 400,
    errorType: 'runtime',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage: 'The authorization amount or its currency is not valid.',
    correctiveAction: 'Send a valid amount in a valid currency, then try again.',
  },
  {
    code: 'PeriodicAmountExceeded',
    contexts: ['charge'],
    httpStatus: 400,
    errorType: 'runtime',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.monthlySpendingLimit',
    developerMessage:
      'The charge would go over the limit of $500 per calendar month that Amazon sets on what one customer can be charged.',
    correctiveAction:
      'If your customers are expected to go over the limit (an upgrade, heavy use), ask Amazon Pay about it.',
  },
  {
    code: 'ProviderNotAuthorized',
    contexts: ['charge'],
    httpStatus: 403,
    errorType: 'runtime',
    handledBy: 'merchant',
    retriable: 'no',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage:
      'The provider id given in providerAttributes may not take part in this transaction.',
    correctiveAction:
      'Check the solution provider id, or leave providerAttributes out if you are not a solution provider.',
  },
  {
    code: 'DuplicateRequest',
    contexts: ['charge'],
    httpStatus: 400,
    errorType: 'runtime',
    handledBy: 'merchant',
    retriable: 'no',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage:
      'A request with this authorizationReferenceId was already processed with different parameters.',
    correctiveAction:
      'A retry must resend exactly the same parameters under the same reference id; a new purchase needs a new reference id.',
  },

  // Permission errors: all handled by the merchant.
  {
    code: 'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE',
    contexts: ['permission'],
    httpStatus: 403,
    errorType: 'integration',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'japan',
    promptKey: 'permission.requestAfterRefusal',
    developerMessage:
      'The customer has not turned on Voice Purchasing or Amazon Pay permissions for the skill (documented for the US and EU).',
    correctiveAction:
      'In the US and EU nothing: Amazon Pay sends the permission cards to the Alexa app itself. In Japan the skill sends the consent card; the middleware does.',
  },
  {
    code: 'FORBIDDEN',
    contexts: ['permission'],
    httpStatus: 403,
    errorType: 'integration',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage:
      "The skill's manifest does not declare the Amazon Pay permission, so it cannot be requested; no consent card can help.",
    correctiveAction:
      'Add the payments:autopay_consent permission to the skill in the developer console (permissions in skill.json) and deploy the skill again.',
  },
  {
    code: 'ACCESS_NOT_REQUESTED',
    contexts: ['permission'],
    httpStatus: 403,
    errorType: 'runtime',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'always',
    promptKey: 'permission.requestAfterRefusal',
    developerMessage:
      'The customer has never been shown the page to consent to the Amazon Pay permission.',
    correctiveAction:
      'Send a consent card for payments:autopay_consent and point the customer to the Alexa app; the middleware does both.',
  },
  {
    code: 'ACCESS_DENIED',
    contexts: ['permission'],
    httpStatus: 403,
    errorType: 'runtime',
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'always',
    promptKey: 'permission.requestAfterRefusal',
    developerMessage: 'The customer has not granted the Amazon Pay permission to the skill.',
    correctiveAction:
      'Send a consent card for payments:autopay_consent and point the customer to the Alexa app; the middleware does both.',
  },
];
