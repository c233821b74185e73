/** What Amazon Pay for Alexa accepts, as its documentation states it. */

/** Countries of establishment; the United Kingdom is `UK`, not `GB`. */
export const countriesOfEstablishment = [
  'AT',
  'BE',
  'CH',
  'CY',
  'DE',
  'DK',
  'ES',
  'FR',
  'HU',
  'IE',
  'IT',
  'JP',
  'LU',
  'NL',
  'PT',
  'SE',
  'UK',
  'US',
] as const;

/** Ledger currencies (`ledgerCurrency`), with the decimals an amount in them may have. */
export const currencyDecimals: Readonly<Record<string, number>> = {
  EUR: 2,
  GBP: 2,
  USD: 2,
  JPY: 0,
};

/** Checkout languages, written with underscores. */
export const checkoutLanguages = [
  'de_DE',
  'en_GB',
  'en_US',
  'es_ES',
  'fr_FR',
  'it_IT',
  'ja_JP',
] as const;

export const paymentActions = ['Authorize', 'AuthorizeAndCapture'] as const;

/** Longest values Amazon Pay accepts, in characters, by dotted field path. */
export const maxLengths: Readonly<Record<string, number>> = {
  'authorizeAttributes.authorizationReferenceId': 32,
  'authorizeAttributes.softDescriptor': 16,
  'authorizeAttributes.sellerAuthorizationNote': 255,
  'billingAgreementAttributes.sellerNote': 1024,
  'billingAgreementAttributes.sellerBillingAgreementAttributes.customInformation': 1024,
  'sellerOrderAttributes.sellerNote': 1024,
  'sellerOrderAttributes.customInformation': 1024,
};
