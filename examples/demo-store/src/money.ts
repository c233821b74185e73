import { currencyDecimals } from 'ask-sdk-amazon-pay-middleware';

/** An amount as Amazon Pay takes it: `17.28`, `1980`. */
export function amazonPayAmount(minorUnits: number, currency: string): string {
  return (minorUnits / 10 ** (currencyDecimals[currency] ?? 2)).toFixed(
    currencyDecimals[currency] ?? 2,
  );
}

/** An Amazon Pay amount as a customer in that locale reads it: `$17.28`, `15,40 €`, `￥1,980`. */
export function formatAmount(locale: string, amount: string, currency: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
}

/** The same for an amount in the currency's smallest unit. */
export function formatPrice(locale: string, minorUnits: number, currency: string): string {
  return formatAmount(locale, amazonPayAmount(minorUnits, currency), currency);
}
