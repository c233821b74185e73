import type { Destination } from './orders/order';
import type { ShopLocale } from './shop';

type Field = keyof Destination;

/** The parts of an address spoken after the name before a purchase, in each locale's order. */
const spokenParts: Readonly<Record<ShopLocale, readonly Field[]>> = {
  'en-US': ['addressLine1', 'addressLine2', 'city'],
  'de-DE': ['addressLine1', 'addressLine2', 'postalCode', 'city'],
  'ja-JP': ['stateOrRegion', 'city', 'addressLine1', 'addressLine2'],
};

/** Every part of an address shown on a card. */
const cardParts: Readonly<Record<ShopLocale, readonly Field[]>> = {
  'en-US': [
    'name',
    'companyName',
    'addressLine1',
    'addressLine2',
    'addressLine3',
    'city',
    'stateOrRegion',
    'postalCode',
    'countryCode',
  ],
  'de-DE': [
    'name',
    'companyName',
    'addressLine1',
    'addressLine2',
    'addressLine3',
    'postalCode',
    'city',
    'countryCode',
  ],
  'ja-JP': [
    'postalCode',
    'stateOrRegion',
    'city',
    'addressLine1',
    'addressLine2',
    'addressLine3',
    'companyName',
    'name',
  ],
};

const partsOf = (destination: Destination, fields: readonly Field[]) =>
  fields.flatMap((field) => {
    const value = destination[field]?.trim();
    return value === undefined || value === '' ? [] : [value];
  });

/** Whether Amazon Pay returned an address the order can be delivered to. */
export function isDeliverable(destination: Destination | undefined): destination is Destination {
  return (
    destination !== undefined &&
    partsOf(destination, ['addressLine1', 'addressLine2', 'addressLine3']).length > 0 &&
    partsOf(destination, ['city', 'postalCode']).length > 0
  );
}

/** The address as the customer hears it before agreeing: `Jane Doe, 1 Main Street, Cupertino`. */
export function spokenAddress(locale: ShopLocale, destination: Destination): string {
  const place = partsOf(destination, spokenParts[locale]);
  const name = partsOf(destination, ['name']);
  // 東京都渋谷区1-2-3の山田太郎様: in Japanese the name comes last, with an honorific.
  if (locale === 'ja-JP') return place.join('') + name.map((each) => `の${each}様`).join('');
  return [...name, ...place].join(', ');
}

/** The whole address on one line of a card. */
export function addressLine(locale: ShopLocale, destination: Destination): string {
  return partsOf(destination, cardParts[locale]).join(locale === 'ja-JP' ? ' ' : ', ');
}
