import { runInNewContext } from 'node:vm';
import type { RequestEnvelope } from 'ask-sdk-model';
import { classifyConnectionsResponse, errorCatalog } from '../../src';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  chargePendingEnvelope,
  chargeSuccessEnvelope,
  connectionsResponseEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  setupSuccessEnvelope,
} from '../../src/testing';
import { deepFreeze } from '../support/deep-freeze';
import { payloadOf } from '../support/payload';
import { ownRecord } from '../../src/outcome/read';

const classify = (envelope: RequestEnvelope) => classifyConnectionsResponse(envelope.request);

describe('classifyConnectionsResponse: successes and pending', () => {
  it('classifies a Setup with an OPEN billing agreement as a success', () => {
    const envelope = setupSuccessEnvelope({}, { token: 'setup-token' });

    const outcome = classify(envelope);

    expect(outcome).toMatchObject({
      kind: 'success',
      operation: 'Setup',
      token: 'setup-token',
      billingAgreementStatus: 'OPEN',
      suspended: false,
      billingAgreementReason: undefined,
    });
    expect(
      outcome?.kind === 'success' &&
        outcome.operation === 'Setup' &&
        outcome.result.billingAgreementDetails.billingAgreementId,
    ).toBe('C01-0000000-0000001');
  });

  it('classifies a SUSPENDED billing agreement as a success with a flag and its reason', () => {
    const outcome = classify(setupSuccessEnvelope({ billingAgreementStatus: 'SUSPENDED' }));

    expect(outcome).toMatchObject({
      kind: 'success',
      suspended: true,
      billingAgreementStatus: 'SUSPENDED',
    });
    expect(
      outcome?.kind === 'success' &&
        outcome.operation === 'Setup' &&
        outcome.billingAgreementReason,
    ).toMatchObject({
      context: 'billing-agreement',
      code: 'InvalidPaymentMethod',
    });
  });

  it.each(['CLOSED', 'CANCELED', 'DRAFT'] as const)(
    'keeps a Setup with a %s agreement a success',
    (status) => {
      expect(classify(setupSuccessEnvelope({ billingAgreementStatus: status }))).toMatchObject({
        kind: 'success',
        billingAgreementStatus: status,
        suspended: false,
      });
    },
  );

  it('compares billing agreement states without regard to case', () => {
    const envelope = setupSuccessEnvelope();
    payloadOf(envelope).billingAgreementDetails.billingAgreementStatus = 'Suspended';

    expect(classify(envelope)).toMatchObject({
      kind: 'success',
      billingAgreementStatus: 'SUSPENDED',
      suspended: true,
    });
  });

  it('keeps an unknown billing agreement status a success without a status', () => {
    const envelope = setupSuccessEnvelope();
    payloadOf(envelope).billingAgreementDetails.billingAgreementStatus = 'SOMETHING_NEW';

    expect(classify(envelope)).toMatchObject({
      kind: 'success',
      billingAgreementStatus: undefined,
      suspended: false,
    });
  });

  it.each(['Open', 'Closed', 'Completed'] as const)(
    'classifies a Charge authorization %s as a success',
    (state) => {
      expect(classify(chargeSuccessEnvelope({ state }))).toMatchObject({
        kind: 'success',
        operation: 'Charge',
        authorizationState: state,
      });
    },
  );

  it('accepts authorization states in any case', () => {
    const envelope = chargeSuccessEnvelope({ state: 'Closed' });
    payloadOf(envelope).authorizationDetails.authorizationStatus.state = 'CLOSED';

    expect(classify(envelope)).toMatchObject({ kind: 'success', authorizationState: 'Closed' });
  });

  it('classifies a Pending authorization as pending, with the result', () => {
    const outcome = classify(chargePendingEnvelope({ amount: '5.00' }, { token: 'charge-token' }));

    expect(outcome).toMatchObject({ kind: 'pending', operation: 'Charge', token: 'charge-token' });
    expect(
      outcome?.kind === 'pending' &&
        outcome.result.authorizationDetails.authorizationAmount?.amount,
    ).toBe('5.00');
  });

  it('accepts a status code sent as a number', () => {
    const envelope = connectionsResponseEnvelope({
      name: 'Charge',
      statusCode: 200,
      payload: payloadOf(chargeSuccessEnvelope()),
    });

    expect(classify(envelope)).toMatchObject({ kind: 'success', operation: 'Charge' });
  });
});

describe('classifyConnectionsResponse: declines', () => {
  it.each([
    ['InvalidPaymentMethod', true],
    ['InvalidPaymentMethod', false],
    ['TransactionTimedOut', false],
    ['AmazonRejected', false],
    ['ProcessingFailure', true],
  ])('classifies a decline for %s (soft: %s)', (reasonCode, softDecline) => {
    const outcome = classify(chargeDeclinedEnvelope(reasonCode, { softDecline }));

    expect(outcome).toMatchObject({
      kind: 'decline',
      operation: 'Charge',
      reasonCode,
      softDecline,
    });
    expect(outcome?.kind === 'decline' && outcome.entry).toMatchObject({
      code: reasonCode,
      context: 'decline',
    });
  });

  it('keeps an unknown decline reason, without an entry', () => {
    const outcome = classify(chargeDeclinedEnvelope('SomethingNew'));

    expect(outcome).toMatchObject({
      kind: 'decline',
      reasonCode: 'SomethingNew',
      entry: undefined,
      softDecline: false,
    });
  });

  it('does not take a declined authorization for a success when the state sits where samples look for it', () => {
    // Several public samples read authorizationDetails.state, which does not exist.
    const envelope = chargeDeclinedEnvelope('AmazonRejected');
    payloadOf(envelope).authorizationDetails.state = 'Open';

    expect(classify(envelope)?.kind).toBe('decline');
  });
});

describe('classifyConnectionsResponse: errors', () => {
  const responseErrors = errorCatalog.filter((entry) =>
    (['setup', 'charge', 'permission'] as const).some((context) => context === entry.context),
  );
  const cases = responseErrors.flatMap((entry) =>
    entry.context === 'permission'
      ? (['Setup', 'Charge'] as const).map((operation) => [operation, entry] as const)
      : [[entry.context === 'setup' ? 'Setup' : 'Charge', entry] as const],
  );

  it.each(
    cases.map(([operation, entry]) => [operation, entry.code, entry.httpStatus, entry] as const),
  )('%s %s (%s) carries its catalog entry', (operation, code, status, entry) => {
    const outcome = classify(amazonPayErrorEnvelope(operation, code));

    expect(outcome).toMatchObject({ kind: 'error', operation, code, statusCode: status });
    expect(outcome?.kind === 'error' && outcome.entry).toBe(entry);
  });

  it('reads the code from status.message when the payload has none', () => {
    const outcome = classify(
      amazonPayErrorEnvelope('Charge', 'UnsupportedClientPlatform', { codeIn: 'status-message' }),
    );

    expect(outcome).toMatchObject({
      kind: 'error',
      code: 'UnsupportedClientPlatform',
      statusCode: 403,
      errorMessage: undefined,
    });
  });

  it('reads the code from payload.errorCode when status.message is not a code', () => {
    const outcome = classify(
      amazonPayErrorEnvelope('Setup', 'InvalidSellerId', { codeIn: 'payload' }),
    );

    expect(outcome).toMatchObject({ kind: 'error', code: 'InvalidSellerId' });
  });

  it('keeps the merchant-facing message for the log', () => {
    const outcome = classify(
      amazonPayErrorEnvelope('Charge', 'InvalidParameterValue', {
        errorMessage: 'the value at sellerNote failed',
      }),
    );

    expect(outcome).toMatchObject({
      kind: 'error',
      errorMessage: 'the value at sellerNote failed',
    });
  });

  it('classifies a sandbox-simulated soft decline that came back as a 400 InvalidPaymentMethod as an error', () => {
    const outcome = classify(
      amazonPayErrorEnvelope(
        'Charge',
        'InvalidPaymentMethod',
        { statusCode: '400' },
        { locale: 'de-DE' },
      ),
    );

    expect(outcome).toMatchObject({ kind: 'error', code: 'InvalidPaymentMethod', statusCode: 400 });
    expect(outcome?.kind === 'error' && outcome.entry?.promptKey).toBe(
      'afterAmazonPaySpoke.paymentMethodNeedsUpdate',
    );
  });

  it('accepts the Japanese name of InvalidAccountStatus', () => {
    const outcome = classify(
      amazonPayErrorEnvelope('Charge', 'InvalidMerchantAccountStatus', { statusCode: '403' }),
    );

    expect(outcome).toMatchObject({ kind: 'error', code: 'InvalidAccountStatus' });
  });

  it('keeps an unknown code without an entry', () => {
    const outcome = classify(
      amazonPayErrorEnvelope('Charge', 'BrandNewError', { statusCode: '400' }),
    );

    expect(outcome).toMatchObject({
      kind: 'error',
      code: 'BrandNewError',
      entry: undefined,
      statusCode: 400,
    });
  });

  it('does not take a Setup-only code for a Charge error', () => {
    const outcome = classify(
      amazonPayErrorEnvelope('Charge', 'UnsupportedCurrency', { statusCode: '400' }),
    );

    expect(outcome).toMatchObject({ kind: 'error', code: 'UnsupportedCurrency', entry: undefined });
  });

  it('classifies an error without any code', () => {
    const envelope = connectionsResponseEnvelope({
      name: 'Setup',
      statusCode: '500',
      statusMessage: '',
      payload: {},
    });

    expect(classify(envelope)).toMatchObject({
      kind: 'error',
      statusCode: 500,
      code: undefined,
      entry: undefined,
    });
  });
});

describe('classifyConnectionsResponse: not Amazon Pay', () => {
  it.each(['Buy', 'Upsell', 'Cancel'])('leaves the in-skill purchase response %s alone', (name) => {
    const envelope = connectionsResponseEnvelope({
      name,
      payload: { purchaseResult: 'ACCEPTED', productId: 'amzn1.adg.product.test' },
    });

    expect(classify(envelope)).toBeUndefined();
  });

  it('leaves other requests alone', () => {
    expect(classify(launchRequestEnvelope())).toBeUndefined();
    expect(classify(intentRequestEnvelope('AMAZON.HelpIntent'))).toBeUndefined();
    expect(
      classifyConnectionsResponse({ type: 'Connections.Response', name: 'setup' }),
    ).toBeUndefined();
  });
});

describe('classifyConnectionsResponse: malformed input', () => {
  it.each([
    [
      'a missing status',
      { type: 'Connections.Response', name: 'Charge', payload: {} },
      'unreadable-status',
    ],
    [
      'a status code that is not a number',
      { type: 'Connections.Response', name: 'Charge', status: { code: 'string' } },
      'unreadable-status',
    ],
    [
      'a status that is a string',
      { type: 'Connections.Response', name: 'Setup', status: '200' },
      'unreadable-status',
    ],
    [
      'a fractional status code',
      { type: 'Connections.Response', name: 'Setup', status: { code: 200.5 } },
      'unreadable-status',
    ],
    [
      'a Setup without payload',
      { type: 'Connections.Response', name: 'Setup', status: { code: '200' } },
      'missing-billing-agreement',
    ],
    [
      'a Charge without payload',
      { type: 'Connections.Response', name: 'Charge', status: { code: '200' } },
      'missing-authorization-state',
    ],
    [
      'a billing agreement id that is a number',
      {
        type: 'Connections.Response',
        name: 'Setup',
        status: { code: '200' },
        payload: { billingAgreementDetails: { billingAgreementId: 7 } },
      },
      'missing-billing-agreement',
    ],
    [
      'a state that is an object',
      {
        type: 'Connections.Response',
        name: 'Charge',
        status: { code: '200' },
        payload: { authorizationDetails: { authorizationStatus: { state: { value: 'Open' } } } },
      },
      'missing-authorization-state',
    ],
    [
      'an unheard-of state',
      {
        type: 'Connections.Response',
        name: 'Charge',
        status: { code: '200' },
        payload: { authorizationDetails: { authorizationStatus: { state: 'Exploded' } } },
      },
      'unexpected-authorization-state',
    ],
    [
      'a payload that is an array',
      { type: 'Connections.Response', name: 'Charge', status: { code: '200' }, payload: [1, 2] },
      'missing-authorization-state',
    ],
  ])('gives an unknown outcome for %s', (_, request, reason) => {
    expect(classifyConnectionsResponse(request)).toMatchObject({ kind: 'unknown', reason });
  });

  it.each([
    null,
    undefined,
    0,
    'Connections.Response',
    [],
    [{ type: 'Connections.Response' }],
    () => 1,
    Symbol('x'),
  ])('gives undefined for %p', (input) => {
    expect(classifyConnectionsResponse(input)).toBeUndefined();
  });

  it('reads own properties only, so __proto__ keys and inherited fields do nothing', () => {
    const request = JSON.parse(
      '{"type":"Connections.Response","name":"Charge","status":{"code":"403","__proto__":{"message":"ACCESS_DENIED"}},"payload":{"__proto__":{"errorCode":"ACCESS_DENIED"}}}',
    );
    const inherited = Object.create({ type: 'Connections.Response', name: 'Charge' });

    expect(classifyConnectionsResponse(request)).toMatchObject({
      kind: 'error',
      code: undefined,
      entry: undefined,
    });
    expect(classifyConnectionsResponse(inherited)).toBeUndefined();
    expect(({} as Record<string, unknown>).message).toBeUndefined();
  });

  it('ignores codes that are not strings', () => {
    const request = {
      type: 'Connections.Response',
      name: 'Setup',
      status: { code: '400', message: { code: 'InvalidSellerId' } },
      payload: { errorCode: ['InvalidSellerId'], errorMessage: 42 },
      token: { value: 'x' },
    };

    expect(classifyConnectionsResponse(request)).toMatchObject({
      kind: 'error',
      code: undefined,
      errorMessage: undefined,
      token: undefined,
    });
  });

  it('never throws, even when reading the request throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    const hostileStatus = {
      type: 'Connections.Response',
      name: 'Charge',
      get status(): never {
        throw new Error('boom');
      },
    };

    expect(classifyConnectionsResponse(hostile)).toBeUndefined();
    expect(classifyConnectionsResponse(hostileStatus)).toMatchObject({
      kind: 'unknown',
      reason: 'unreadable-request',
    });
  });

  it('never changes its input', () => {
    const envelopes = [
      setupSuccessEnvelope({ billingAgreementStatus: 'SUSPENDED' }),
      chargeDeclinedEnvelope('InvalidPaymentMethod', { softDecline: true }),
      amazonPayErrorEnvelope('Charge', 'ACCESS_DENIED'),
    ];
    const before = JSON.stringify(envelopes);

    for (const envelope of envelopes)
      expect(() => classifyConnectionsResponse(deepFreeze(envelope).request)).not.toThrow();
    expect(JSON.stringify(envelopes)).toBe(before);
  });
});

describe('classifyConnectionsResponse: status codes and shapes at the edges', () => {
  const response = (fields: Record<string, unknown>) => ({
    type: 'Connections.Response',
    name: 'Charge',
    ...fields,
  });

  it.each([
    [' 403 ', 403],
    ['403', 403],
    ['099', 99],
    [500, 500],
  ])('reads the status code %j as %d', (code, expected) => {
    expect(
      classifyConnectionsResponse(response({ status: { code, message: 'InvalidSellerId' } })),
    ).toMatchObject({ kind: 'error', statusCode: expected });
  });

  it.each(['4/0', '4:0', '4a0', '40', ' 40 ', '4000', '2 00', ''])(
    'finds no status code in %j',
    (code) => {
      expect(classifyConnectionsResponse(response({ status: { code } }))).toMatchObject({
        kind: 'unknown',
        reason: 'unreadable-status',
      });
    },
  );

  it('classifies an error that has no payload at all', () => {
    expect(
      classifyConnectionsResponse(
        response({ status: { code: '500', message: 'ServiceUnavailable' } }),
      ),
    ).toMatchObject({
      kind: 'error',
      code: 'ServiceUnavailable',
      errorMessage: undefined,
    });
  });

  it('prefers the payload code to the status message when neither is known', () => {
    const outcome = classifyConnectionsResponse(
      response({
        status: { code: '400', message: 'Bad Request' },
        payload: { errorCode: 'BrandNew' },
      }),
    );

    expect(outcome).toMatchObject({ kind: 'error', code: 'BrandNew', entry: undefined });
  });

  it('falls back to the status message when the payload code is empty', () => {
    const outcome = classifyConnectionsResponse(
      response({ status: { code: '400', message: 'Bad Request' }, payload: { errorCode: '' } }),
    );

    expect(outcome).toMatchObject({ kind: 'error', code: 'Bad Request' });
  });

  it.each([
    ['Setup', {}, 'missing-billing-agreement'],
    ['Setup', { billingAgreementDetails: 'C01' }, 'missing-billing-agreement'],
    ['Charge', {}, 'missing-authorization-state'],
    ['Charge', { authorizationDetails: { state: 'Open' } }, 'missing-authorization-state'],
    [
      'Charge',
      { authorizationDetails: { authorizationStatus: { reasonCode: 'x' } } },
      'missing-authorization-state',
    ],
  ])('gives %s with the payload %j the reason %s', (name, payload, reason) => {
    expect(
      classifyConnectionsResponse({
        type: 'Connections.Response',
        name,
        status: { code: '200' },
        payload,
      }),
    ).toMatchObject({
      kind: 'unknown',
      reason,
    });
  });

  it('keeps a Setup without a billing agreement status a success', () => {
    const envelope = setupSuccessEnvelope();
    delete payloadOf(envelope).billingAgreementDetails.billingAgreementStatus;

    expect(classify(envelope)).toMatchObject({
      kind: 'success',
      billingAgreementStatus: undefined,
      suspended: false,
    });
  });

  it('reads only Connections.Response requests, whatever their name', () => {
    expect(
      classifyConnectionsResponse({
        type: 'IntentRequest',
        name: 'Charge',
        status: { code: '400', message: 'InvalidSellerId' },
      }),
    ).toBeUndefined();
  });

  it('reads objects without a prototype, and plain objects of another realm', () => {
    const bare = Object.assign(
      Object.create(null) as Record<string, unknown>,
      response({ status: { code: '403', message: 'ACCESS_DENIED' } }),
    );
    const foreign: unknown = runInNewContext(
      '({ type: "Connections.Response", name: "Setup", status: { code: "500", message: "InternalServerError" } })',
    );

    expect(classifyConnectionsResponse(bare)).toMatchObject({
      kind: 'error',
      code: 'ACCESS_DENIED',
    });
    expect(classifyConnectionsResponse(foreign)).toMatchObject({
      kind: 'error',
      code: 'InternalServerError',
      operation: 'Setup',
    });
  });
});

describe('classifyConnectionsResponse: a status without a readable code', () => {
  const withStatus = (status: unknown) => ({
    type: 'Connections.Response',
    name: 'Charge',
    requestId: 'amzn1.echo-api.request.1',
    timestamp: '2026-11-23T10:00:00Z',
    token: 'token-1',
    status,
    payload: {},
  });

  it.each([{}, { code: null }, { code: { length: 3 } }, { code: ['2', '0', '0'] }])(
    'is unreadable as a status (%j), not as a request',
    (status) => {
      expect(classifyConnectionsResponse(withStatus(status))).toEqual({
        kind: 'unknown',
        operation: 'Charge',
        token: 'token-1',
        statusCode: undefined,
        reason: 'unreadable-status',
      });
    },
  );
});

describe('reading nested records', () => {
  it('gives undefined for a missing record or a field that is not one', () => {
    expect(ownRecord(undefined, 'authorizationDetails')).toBeUndefined();
    expect(ownRecord({ authorizationDetails: 'Open' }, 'authorizationDetails')).toBeUndefined();
    expect(ownRecord({ authorizationDetails: { state: 'Open' } }, 'authorizationDetails')).toEqual({
      state: 'Open',
    });
  });
});
