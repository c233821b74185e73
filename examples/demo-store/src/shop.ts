/** The marketplaces the shop sells in: one locale each. */
export type ShopLocale = 'en-US' | 'de-DE' | 'ja-JP';

/** What a box of tea costs in one marketplace, in the currency's smallest unit. */
export interface Prices {
  readonly currency: 'USD' | 'EUR' | 'JPY';
  readonly goods: number;
  readonly shipping: number;
  readonly tax: number;
  /** Whether goods and shipping already include the tax (as German and Japanese prices do). */
  readonly taxIncluded: boolean;
}

/** Everything the shop says or sends that differs by marketplace. */
export interface Marketplace {
  readonly locale: ShopLocale;
  readonly shopName: string;
  readonly countryOfEstablishment: 'US' | 'DE' | 'JP';
  readonly checkoutLanguage: 'en_US' | 'de_DE' | 'ja_JP';
  readonly prices: Prices;
  /** The line Amazon Pay prints in the customer's emails about the billing agreement. */
  readonly agreementNote: string;
  /** The line Amazon Pay keeps with each authorization. */
  readonly authorizationNote: string;
  /** Where customers reach the shop about an order, spoken and shown on cards. */
  readonly contact: { readonly email: string; readonly phone: string };
}

/** The one product, a box of sencha, in each marketplace. */
export const marketplaces: Readonly<Record<ShopLocale, Marketplace>> = {
  'en-US': {
    locale: 'en-US',
    shopName: 'Tea House',
    countryOfEstablishment: 'US',
    checkoutLanguage: 'en_US',
    prices: { currency: 'USD', goods: 1250, shipping: 350, tax: 128, taxIncluded: false },
    agreementNote: 'Tea House: sencha green tea, ordered by voice',
    authorizationNote: 'Sencha green tea, 1 box',
    contact: { email: 'orders@tea-house.example', phone: '+1 206 555 0100' },
  },
  'de-DE': {
    locale: 'de-DE',
    shopName: 'Tea House',
    countryOfEstablishment: 'DE',
    checkoutLanguage: 'de_DE',
    prices: { currency: 'EUR', goods: 1150, shipping: 390, tax: 246, taxIncluded: true },
    agreementNote: 'Tea House: Sencha-Grüntee, per Sprache bestellt',
    authorizationNote: 'Sencha-Grüntee, 1 Packung',
    contact: { email: 'bestellung@tea-house.example', phone: '+49 30 5550100' },
  },
  'ja-JP': {
    locale: 'ja-JP',
    shopName: 'ティーハウス',
    countryOfEstablishment: 'JP',
    checkoutLanguage: 'ja_JP',
    prices: { currency: 'JPY', goods: 1500, shipping: 480, tax: 180, taxIncluded: true },
    agreementNote: 'ティーハウス:音声でご注文いただいた煎茶',
    authorizationNote: '煎茶 1箱',
    contact: { email: 'order@tea-house.example', phone: '03-5550-0100' },
  },
};

/** The marketplace of a locale: its own, else the US one (the shop's default). */
export function marketplaceOf(locale: string | undefined): Marketplace {
  return locale === 'de-DE' || locale === 'ja-JP' ? marketplaces[locale] : marketplaces['en-US'];
}

/** The marketplace whose checkout language Amazon Pay names (`ja_JP`), if the shop sells there. */
export function marketplaceOfCheckoutLanguage(
  language: string | undefined,
): Marketplace | undefined {
  return Object.values(marketplaces).find((market) => market.checkoutLanguage === language);
}

/** What the customer pays in all. */
export function totalOf(prices: Prices): number {
  return prices.goods + prices.shipping + (prices.taxIncluded ? 0 : prices.tax);
}
