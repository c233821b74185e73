/** Facts about the marketplace of a locale, as the fixtures need them. */
export interface MarketplaceFixture {
  readonly apiEndpoint: string;
  readonly currencyCode: string;
  readonly countryCode: string;
  readonly checkoutLanguage: string;
}

const northAmerica = 'https://api.amazonalexa.com';
const europe = 'https://api.eu.amazonalexa.com';
const farEast = 'https://api.fe.amazonalexa.com';

const unitedStates: MarketplaceFixture = {
  apiEndpoint: northAmerica,
  currencyCode: 'USD',
  countryCode: 'US',
  checkoutLanguage: 'en_US',
};

const byLocale: Readonly<Record<string, MarketplaceFixture>> = {
  'en-US': unitedStates,
  'en-GB': {
    apiEndpoint: europe,
    currencyCode: 'GBP',
    countryCode: 'UK',
    checkoutLanguage: 'en_GB',
  },
  'de-DE': {
    apiEndpoint: europe,
    currencyCode: 'EUR',
    countryCode: 'DE',
    checkoutLanguage: 'de_DE',
  },
  'fr-FR': {
    apiEndpoint: europe,
    currencyCode: 'EUR',
    countryCode: 'FR',
    checkoutLanguage: 'fr_FR',
  },
  'it-IT': {
    apiEndpoint: europe,
    currencyCode: 'EUR',
    countryCode: 'IT',
    checkoutLanguage: 'it_IT',
  },
  'es-ES': {
    apiEndpoint: europe,
    currencyCode: 'EUR',
    countryCode: 'ES',
    checkoutLanguage: 'es_ES',
  },
  'ja-JP': {
    apiEndpoint: farEast,
    currencyCode: 'JPY',
    countryCode: 'JP',
    checkoutLanguage: 'ja_JP',
  },
};

/** The marketplace a fixture in this locale belongs to; North America when unknown. */
export function marketplaceFor(locale: string | undefined): MarketplaceFixture {
  const known =
    locale !== undefined && Object.hasOwn(byLocale, locale) ? byLocale[locale] : undefined;
  return known ?? unitedStates;
}
