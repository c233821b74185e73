import { isRecord, ownField } from '../outcome/read';
import { AmazonPayValidationError } from '../errors/payment-errors';
import {
  checkoutLanguages,
  countriesOfEstablishment,
  currencyDecimals,
  maxLengths,
  paymentActions,
} from './amazon-pay-limits';

export type PayloadOperation = 'Setup' | 'Charge';

/** One reason Amazon Pay would refuse a payload: the code it would answer and where. */
export interface PayloadProblem {
  readonly code: string;
  /** The dotted path of the offending field. */
  readonly field: string;
  readonly message: string;
}

/** Reads a dotted path of own properties; `undefined` wherever the path breaks. */
function valueAt(payload: unknown, path: string): unknown {
  let value: unknown = payload;
  for (const key of path.split('.')) value = isRecord(value) ? ownField(value, key) : undefined;
  return value;
}

type Check = (value: unknown, payload: unknown) => string | undefined;

interface Rule {
  readonly field: string;
  readonly code: string;
  readonly check: Check;
}

const codePoints = (text: string) => [...text].length;

const required: Check = (value) =>
  typeof value === 'string' && value.trim() !== ''
    ? undefined
    : 'is required and must be a non-empty string';

const optionalText =
  (maxLength: number): Check =>
  (value) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return 'must be a string';
    return codePoints(value) <= maxLength
      ? undefined
      : `is ${codePoints(value)} characters long; at most ${maxLength} are allowed`;
  };

const oneOf =
  (allowed: readonly string[], hint: (value: unknown) => string = () => ''): Check =>
  (value) =>
    typeof value === 'string' && allowed.includes(value)
      ? undefined
      : `must be one of ${allowed.join(', ')}${hint(value)}`;

const optional =
  (check: Check): Check =>
  (value, payload) =>
    value === undefined ? undefined : check(value, payload);

/** A group of fields: may be left out, but is an object when given. */
const optionalGroup = (field: string): Rule => ({
  field,
  code: 'InvalidParameterValue',
  check: (value) => (value === undefined || isRecord(value) ? undefined : 'must be an object'),
});

const optionalBoolean: Check = (value) =>
  value === undefined || typeof value === 'boolean' ? undefined : 'must be true or false';

const amountIn =
  (currencyPath: string): Check =>
  (value, payload) => {
    if (typeof value !== 'string' || !/^(0|[1-9]\d*)(\.\d+)?$/.test(value))
      return 'must be a decimal number written as a string, such as "10.00"';
    if (Number(value) <= 0) return 'must be more than zero';
    const currency = valueAt(payload, currencyPath);
    const decimals =
      typeof currency === 'string' && Object.hasOwn(currencyDecimals, currency)
        ? currencyDecimals[currency]
        : undefined;
    const given = value.split('.')[1]?.length ?? 0;
    if (decimals !== undefined && given > decimals) {
      return decimals === 0
        ? `must be a whole number in ${String(currency)}`
        : `may have at most ${decimals} decimals in ${String(currency)}`;
    }
    return undefined;
  };

const currencies = Object.keys(currencyDecimals);
const gbHint = (value: unknown) => (value === 'GB' ? ' (the United Kingdom is UK, not GB)' : '');
const languageHint = (value: unknown) =>
  typeof value === 'string' && value.includes('-')
    ? ` (with an underscore: ${value.replace('-', '_')})`
    : '';
const lengthRule = (field: string): Rule => ({
  field,
  code: 'InvalidParameterValue',
  check: optionalText(maxLengths[field] ?? 0),
});

const rulesByOperation: Readonly<Record<PayloadOperation, readonly Rule[]>> = {
  Setup: [
    { field: 'sellerId', code: 'InvalidSellerId', check: required },
    {
      field: 'countryOfEstablishment',
      code: 'UnsupportedCountryOfEstablishment',
      check: oneOf(countriesOfEstablishment, gbHint),
    },
    { field: 'ledgerCurrency', code: 'UnsupportedCurrency', check: oneOf(currencies) },
    {
      field: 'checkoutLanguage',
      code: 'InvalidParameterValue',
      check: optional(oneOf(checkoutLanguages, languageHint)),
    },
    { field: 'sandboxMode', code: 'InvalidParameterValue', check: optionalBoolean },
    { field: 'needAmazonShippingAddress', code: 'InvalidParameterValue', check: optionalBoolean },
    {
      field: 'sandboxCustomerEmailId',
      code: 'InvalidSandboxCustomerEmail',
      check: (value, payload) =>
        value === undefined || valueAt(payload, 'sandboxMode') === true
          ? optionalText(320)(value, payload)
          : 'is only allowed with sandboxMode: true',
    },
    optionalGroup('billingAgreementAttributes'),
    optionalGroup('billingAgreementAttributes.sellerBillingAgreementAttributes'),
    optionalGroup('billingAgreementAttributes.subscriptionAmount'),
    lengthRule('billingAgreementAttributes.sellerNote'),
    lengthRule('billingAgreementAttributes.sellerBillingAgreementAttributes.customInformation'),
    {
      field: 'billingAgreementAttributes.billingAgreementType',
      code: 'InvalidParameterValue',
      check: optional(oneOf(['CustomerInitiatedTransaction', 'MerchantInitiatedTransaction'])),
    },
    {
      field: 'billingAgreementAttributes.subscriptionAmount.currencyCode',
      code: 'InvalidParameterValue',
      check: (value, payload) =>
        valueAt(payload, 'billingAgreementAttributes.subscriptionAmount') === undefined
          ? undefined
          : oneOf(currencies)(value, payload),
    },
    {
      field: 'billingAgreementAttributes.subscriptionAmount.amount',
      code: 'InvalidParameterValue',
      check: (value, payload) =>
        valueAt(payload, 'billingAgreementAttributes.subscriptionAmount') === undefined
          ? undefined
          : amountIn('billingAgreementAttributes.subscriptionAmount.currencyCode')(value, payload),
    },
  ],
  Charge: [
    { field: 'sellerId', code: 'InvalidSellerId', check: required },
    { field: 'billingAgreementId', code: 'InvalidBillingAgreementId', check: required },
    { field: 'paymentAction', code: 'InvalidPaymentAction', check: oneOf(paymentActions) },
    {
      field: 'authorizeAttributes',
      code: 'InvalidParameterValue',
      check: (value) => (isRecord(value) ? undefined : 'is required'),
    },
    {
      field: 'authorizeAttributes.authorizationReferenceId',
      code: 'InvalidParameterValue',
      check: (value, payload) => required(value, payload) ?? optionalText(32)(value, payload),
    },
    {
      field: 'authorizeAttributes.authorizationAmount.currencyCode',
      code: 'InvalidAuthorizationAmount',
      check: oneOf(currencies),
    },
    {
      field: 'authorizeAttributes.authorizationAmount.amount',
      code: 'InvalidAuthorizationAmount',
      check: amountIn('authorizeAttributes.authorizationAmount.currencyCode'),
    },
    lengthRule('authorizeAttributes.softDescriptor'),
    lengthRule('authorizeAttributes.sellerAuthorizationNote'),
    {
      field: 'authorizeAttributes.transactionTimeout',
      code: 'InvalidParameterValue',
      check: (value) =>
        value === undefined || (Number.isInteger(value) && (value as number) >= 0)
          ? undefined
          : 'must be a whole number of minutes, 0 or more',
    },
    optionalGroup('sellerOrderAttributes'),
    lengthRule('sellerOrderAttributes.sellerNote'),
    lengthRule('sellerOrderAttributes.customInformation'),
    optionalGroup('providerAttributes'),
  ],
};

export interface PayloadCheckOptions {
  /**
   * Check only the fields the payload has: for defaults that a skill completes per request
   * (the billing agreement id, the reference id, the amount).
   * @default false
   */
  readonly partial?: boolean;
}

/**
 * Every reason Amazon Pay would refuse this Setup or Charge payload, each with the code it
 * would answer and the dotted path of the field. Empty when the payload is fine. Never throws.
 *
 * @example findPayloadProblems('Setup', { sellerId: 'A1', countryOfEstablishment: 'GB', ledgerCurrency: 'GBP' })
 * // [{ code: 'UnsupportedCountryOfEstablishment', field: 'countryOfEstablishment', message: '... UK, not GB ...' }]
 */
export function findPayloadProblems(
  operation: PayloadOperation,
  payload: unknown,
  { partial = false }: PayloadCheckOptions = {},
): PayloadProblem[] {
  if (!isRecord(payload))
    return [
      { code: 'InvalidParameterValue', field: '', message: 'The payload must be an object.' },
    ];
  const problems: PayloadProblem[] = [];
  for (const { field, code, check } of rulesByOperation[operation]) {
    const value = valueAt(payload, field);
    if (partial && value === undefined) continue;
    const problem = check(value, payload);
    if (problem !== undefined) problems.push({ code, field, message: `${field} ${problem}.` });
  }
  return problems;
}

/** Throws an `AmazonPayValidationError` for the first problem of a payload, if any. */
export function assertValidPayload(operation: PayloadOperation, payload: unknown): void {
  const [problem] = findPayloadProblems(operation, payload);
  if (problem !== undefined)
    throw new AmazonPayValidationError(problem.code, problem.field, problem.message, operation);
}
