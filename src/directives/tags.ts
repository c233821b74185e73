import { AmazonPayValidationError } from '../errors/payment-errors';
import { isRecord } from '../outcome/read';
import type { PayloadOperation } from './validate-payload';

/** The `@type` an entity carries, and those of the entities nested in it. */
interface TagSchema {
  readonly type: string;
  readonly children?: Readonly<Record<string, TagSchema>>;
}

const price: TagSchema = { type: 'Price' };

const schemas: Readonly<Record<PayloadOperation, TagSchema>> = {
  Setup: {
    type: 'SetupAmazonPayRequest',
    children: {
      billingAgreementAttributes: {
        type: 'BillingAgreementAttributes',
        children: {
          sellerBillingAgreementAttributes: { type: 'SellerBillingAgreementAttributes' },
          subscriptionAmount: price,
        },
      },
    },
  },
  Charge: {
    type: 'ChargeAmazonPayRequest',
    children: {
      authorizeAttributes: {
        type: 'AuthorizeAttributes',
        children: { authorizationAmount: price },
      },
      sellerOrderAttributes: { type: 'SellerOrderAttributes' },
      providerAttributes: {
        type: 'ProviderAttributes',
        children: { providerCreditList: { type: 'ProviderCredit', children: { credit: price } } },
      },
    },
  },
};

/** The version of Amazon Pay for Alexa entities. */
export const entityVersion = '2';

function tag(
  value: unknown,
  schema: TagSchema,
  path: string,
  operation: PayloadOperation,
): unknown {
  if (Array.isArray(value))
    return value.map((item, i) => tag(item, schema, `${path}.${i}`, operation));
  if (!isRecord(value)) return value;
  const { '@type': givenType, '@version': givenVersion, ...fields } = value;
  if (givenType !== undefined && givenType !== schema.type) {
    const field = path === '' ? '@type' : `${path}.@type`;
    throw new AmazonPayValidationError(
      'InvalidParameterValue',
      field,
      `${field} must be ${schema.type}.`,
      operation,
    );
  }
  const tagged: Record<string, unknown> = {
    '@type': schema.type,
    '@version': typeof givenVersion === 'string' ? givenVersion : entityVersion,
  };
  for (const [key, child] of Object.entries(fields)) {
    const childSchema =
      schema.children !== undefined && Object.hasOwn(schema.children, key)
        ? schema.children[key]
        : undefined;
    tagged[key] =
      childSchema === undefined
        ? child
        : tag(child, childSchema, path === '' ? key : `${path}.${key}`, operation);
  }
  return tagged;
}

/** A copy of a Setup or Charge payload with `@type` and `@version` at every level. */
export function withTags(operation: PayloadOperation, payload: unknown): Record<string, unknown> {
  return tag(payload, schemas[operation], '', operation) as Record<string, unknown>;
}
