import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { ShopLocale } from '../shop';
import type { Destination, Order, OrderStatus } from './order';

type Item = Record<string, AttributeValue>;

const destinationFields = [
  'name',
  'companyName',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'city',
  'districtOrCounty',
  'stateOrRegion',
  'postalCode',
  'countryCode',
] as const;

const text = (item: Item, name: string): string | undefined => item[name]?.S;

/** The text fields of an address, as a DynamoDB map (the phone number is not kept). */
export function destinationItem(destination: Destination): AttributeValue {
  const fields: Item = {};
  for (const field of destinationFields) {
    const value = destination[field];
    if (typeof value === 'string' && value !== '') fields[field] = { S: value.slice(0, 200) };
  }
  return { M: fields };
}

/** An order as its item in the table. */
export function orderItem(order: Order, expiresAt: number): Item {
  return {
    id: { S: order.id },
    userId: { S: order.userId },
    locale: { S: order.locale },
    status: { S: order.status },
    amount: { S: order.amount },
    currency: { S: order.currency },
    attempt: { N: String(order.attempt) },
    expiresAt: { N: String(expiresAt) },
  };
}

/** An order read back from its item. */
export function orderOf(item: Item): Order {
  const destination = item.destination?.M;
  return {
    id: text(item, 'id') ?? '',
    userId: text(item, 'userId') ?? '',
    locale: (text(item, 'locale') ?? 'en-US') as ShopLocale,
    status: (text(item, 'status') ?? 'cancelled') as OrderStatus,
    amount: text(item, 'amount') ?? '',
    currency: text(item, 'currency') ?? '',
    attempt: Number(item.attempt?.N ?? 0),
    reference: text(item, 'reference'),
    billingAgreementId: text(item, 'billingAgreementId'),
    destination:
      destination === undefined
        ? undefined
        : Object.fromEntries(
            destinationFields.flatMap((field) =>
              destination[field]?.S === undefined ? [] : [[field, destination[field].S]],
            ),
          ),
    authorizationId: text(item, 'authorizationId'),
  };
}
