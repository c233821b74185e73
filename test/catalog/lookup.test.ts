import { errorContexts, lookupErrorCode } from '../../src';

describe('lookupErrorCode', () => {
  it.each([
    ['InvalidPaymentMethod', 'decline', 'decline'],
    ['InvalidPaymentMethod', 'billing-agreement', 'billing-agreement'],
    ['InvalidPaymentMethod', 'charge', 'charge'],
    ['DuplicateRequest', 'fps', 'fps'],
    ['DuplicateRequest', 'charge', 'charge'],
  ] as const)('finds %s in the %s context', (code, context, expected) => {
    expect(lookupErrorCode(code, context)).toMatchObject({ code, context: expected });
  });

  it('tells the same name apart by context', () => {
    const decline = lookupErrorCode('InvalidPaymentMethod', 'decline');
    const agreement = lookupErrorCode('InvalidPaymentMethod', 'billing-agreement');

    expect(decline?.voicedByAmazonPay).toBe(true);
    expect(agreement?.voicedByAmazonPay).toBe(false);
    expect(decline?.httpStatus).toBe(200);
    expect(lookupErrorCode('InvalidPaymentMethod', 'charge')?.httpStatus).toBe(400);
  });

  it('takes the first entry in catalog order when no context is given', () => {
    expect(lookupErrorCode('InvalidPaymentMethod')?.context).toBe('setup');
    expect(lookupErrorCode('DuplicateRequest')?.context).toBe('charge');
    expect(lookupErrorCode('AccessFailure')?.context).toBe('fps');
  });

  it.each([
    ['invalid_token', undefined, 'InvalidToken', 'buyer-id'],
    ['insufficient_scope', undefined, 'InsufficientScope', 'buyer-id'],
    ['server_error', undefined, 'ServerError', 'buyer-id'],
    ['invalid_request', undefined, 'InvalidRequest', 'buyer-id'],
    ['forbidden', undefined, 'Forbidden', 'buyer-id'],
    ['invalid_token', 'buyer-id', 'InvalidToken', 'buyer-id'],
    ['forbidden', 'permission', 'FORBIDDEN', 'permission'],
    ['access_denied', 'permission', 'ACCESS_DENIED', 'permission'],
    ['internal_server_error', 'charge', 'InternalServerError', 'charge'],
    ['invalidSellerId', 'setup', 'InvalidSellerId', 'setup'],
    ['invalidaccountstate_sender', 'fps', 'InvalidAccountState_Sender', 'fps'],
    ['InvalidMerchantAccountStatus', 'charge', 'InvalidAccountStatus', 'charge'],
    ['invalid_merchant_account_status', 'setup', 'InvalidAccountStatus', 'setup'],
  ] as const)('finds %s (context %s) as %s in %s', (input, context, code, expectedContext) => {
    expect(lookupErrorCode(input, context)).toMatchObject({ code, context: expectedContext });
  });

  it('matches SCREAMING_CASE names only as written', () => {
    expect(lookupErrorCode('FORBIDDEN')).toMatchObject({
      code: 'FORBIDDEN',
      context: 'permission',
    });
    expect(lookupErrorCode('FORBIDDEN', 'buyer-id')).toBeUndefined();
    expect(lookupErrorCode('INVALID_TOKEN')).toBeUndefined();
    expect(lookupErrorCode('INTERNAL_SERVER_ERROR', 'charge')).toBeUndefined();
    expect(lookupErrorCode('ACCESS_DENIED', 'permission')?.code).toBe('ACCESS_DENIED');
  });

  it('finds the Buyer ID entry for an exact Buyer ID name', () => {
    expect(lookupErrorCode('Forbidden')).toMatchObject({ code: 'Forbidden', context: 'buyer-id' });
  });

  it('finds nothing for a known code in a context it does not occur in', () => {
    expect(lookupErrorCode('InvalidToken', 'charge')).toBeUndefined();
    expect(lookupErrorCode('UnsupportedCurrency', 'charge')).toBeUndefined();
    expect(lookupErrorCode('TransactionTimedOut', 'charge')).toBeUndefined();
  });

  it.each([
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'prototype',
    ' InvalidToken',
    'x'.repeat(10_000),
  ])('finds nothing for %j', (input) => {
    expect(lookupErrorCode(input)).toBeUndefined();
    for (const context of errorContexts) expect(lookupErrorCode(input, context)).toBeUndefined();
  });

  it.each([undefined, null, 42, true, {}, [], ['InvalidToken'], Symbol('x'), () => 'InvalidToken'])(
    'finds nothing for a non-string %p',
    (input) => {
      expect(lookupErrorCode(input)).toBeUndefined();
    },
  );

  it.each(['toString', '__proto__', 'first', 'Setup', ''])(
    'finds nothing in a context that does not exist: %p',
    (context) => {
      expect(lookupErrorCode('InvalidToken', context as never)).toBeUndefined();
      expect(lookupErrorCode('InvalidPaymentMethod', context as never)).toBeUndefined();
    },
  );
});
