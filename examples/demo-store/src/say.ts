import { escapeXmlCharacters } from 'ask-sdk-core';
import { addressLine, spokenAddress } from './address';
import { formatAmount, formatPrice } from './money';
import type { Order } from './orders/order';
import { marketplaces, type Marketplace, type ShopLocale } from './shop';
import { words, type WordKey } from './words';

/** Values a sentence may name. */
export type Values = Partial<Record<string, string>>;

/** The values of a marketplace's prices and contact, spoken and shown alike. */
export function shopValues(market: Marketplace): Values {
  const { currency, goods, shipping, tax } = market.prices;
  return {
    goods: formatPrice(market.locale, goods, currency),
    shipping: formatPrice(market.locale, shipping, currency),
    tax: formatPrice(market.locale, tax, currency),
    email: market.contact.email,
    phone: market.contact.phone,
  };
}

/** The values of an order: its number, the total it was priced at, its address. */
export function orderValues(order: Order): Values {
  const market = marketplaces[order.locale];
  return {
    ...shopValues(market),
    order: order.id,
    total: formatAmount(order.locale, order.amount, order.currency),
    address: order.destination && spokenAddress(order.locale, order.destination),
    addressLines: order.destination && addressLine(order.locale, order.destination),
  };
}

const fill = (text: string, values: Values, escape: (value: string, name: string) => string) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => escape(values[name] ?? '', name));

/**
 * A sentence as SSML: every value is escaped (addresses come from outside), and order numbers
 * are spelled out character by character.
 */
export function speech(locale: ShopLocale, key: WordKey, values: Values = {}): string {
  return fill(escapeXmlCharacters(words[locale][key]), values, (value, name) =>
    name === 'order'
      ? `<say-as interpret-as="characters">${escapeXmlCharacters(value)}</say-as>`
      : escapeXmlCharacters(value),
  );
}

/** A text for a card: values as they are. */
export function text(locale: ShopLocale, key: WordKey, values: Values = {}): string {
  return fill(words[locale][key], values, (value) => value);
}
