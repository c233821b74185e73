import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  AmazonPayBuyerIdError,
  AmazonPayFpsError,
  amazonPayPermissionStatus,
  classifyConnectionsResponse,
  isAmazonPayPermissionGranted,
  lookupErrorCode,
} from '../../src';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  chargeSuccessEnvelope,
  intentRequestEnvelope,
  setupSuccessEnvelope,
} from '../../src/testing';
import { buy, directiveOf, errorAnswerTo, storeSkill } from '../support/payment-skill';
import { expectedSpeech } from '../support/prompt-text';
import { skillSays, ssmlOf, testSkill } from '../support/skill';

// Whitespace a proxy, a template or a hand-written test envelope can leave around a code.
const paddings: readonly (readonly [string, (code: string) => string])[] = [
  ['a trailing space', (code) => `${code} `],
  ['a leading space', (code) => ` ${code}`],
  ['CR LF', (code) => `${code}\r\n`],
  ['a tab and a no-break space', (code) => `\t${code}\u00A0`],
  ['a byte order mark and a line separator', (code) => `\uFEFF${code}\u2028`],
];

/** What a response does for the customer, without the bits that differ per request. */
const heard = (response: ResponseEnvelope) => ({
  ssml: ssmlOf(response),
  card: response.response.card,
  shouldEndSession: response.response.shouldEndSession,
  directives: response.response.directives?.map((directive) => directive.type),
});

/** An error envelope carrying the given (padded) code where Amazon Pay puts codes. */
function paddedError(
  operation: 'Setup' | 'Charge',
  code: string,
  padded: string,
  codeIn: 'both' | 'status-message' | 'payload',
): RequestEnvelope {
  const statusCode = String(
    (
      lookupErrorCode(code, operation === 'Setup' ? 'setup' : 'charge') ??
      lookupErrorCode(code, 'permission')
    )?.httpStatus ?? 400,
  );
  return amazonPayErrorEnvelope(operation, padded, { statusCode, codeIn }, { locale: 'ja-JP' });
}

describe('codes padded with whitespace mean what they say', () => {
  const codes = [
    ['Charge', 'ACCESS_DENIED'],
    ['Setup', 'ACCESS_NOT_REQUESTED'],
    ['Charge', 'InvalidPaymentMethod'],
    ['Setup', 'InvalidSandboxCustomerEmail'],
    ['Charge', 'CustomerApprovalFailure'],
    ['Charge', 'RequestThrottled'],
    ['Setup', 'FORBIDDEN'],
  ] as const;
  const cases = codes.flatMap(([operation, code]) =>
    paddings.flatMap(([padding, pad]) =>
      (['both', 'status-message', 'payload'] as const).map(
        (codeIn) => [operation, code, padding, codeIn, pad(code)] as const,
      ),
    ),
  );

  it.each(cases)(
    '%s %s with %s in %s is answered as the code itself',
    async (operation, code, _, codeIn, padded) => {
      const plain = testSkill();
      const skill = testSkill();

      const expected = await plain.invoke(paddedError(operation, code, code, codeIn));
      const response = await skill.invoke(paddedError(operation, code, padded, codeIn));

      expect(heard(response)).toEqual(heard(expected));
      expect(skill.events.map((event) => event.code)).toEqual([code]);
      expect(
        classifyConnectionsResponse(paddedError(operation, code, padded, codeIn).request),
      ).toMatchObject({
        kind: 'error',
        code,
        entry: expect.objectContaining({ code }),
      });
    },
  );

  it('sends the consent card after a padded ACCESS_DENIED, in the US too', async () => {
    const response = await testSkill().invoke(
      amazonPayErrorEnvelope('Charge', 'ACCESS_DENIED ', { statusCode: '403' }),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'permission.requestAfterRefusal'));
    expect(response.response.card).toMatchObject({ type: 'AskForPermissionsConsent' });
  });

  it.each(paddings)('resends a Charge after InternalServerError with %s', async (_, pad) => {
    const store = storeSkill();
    const sent = directiveOf(await store.invoke(buy()));
    const answer = errorAnswerTo(sent, pad('InternalServerError'));
    (answer.request as unknown as { status: { code: string } }).status.code = '500';

    const resent = directiveOf(await store.invoke(answer));

    expect(resent.payload).toEqual(sent.payload);
  });

  it('gives a padded unknown code back trimmed, and keeps SCREAMING_CASE names as written', () => {
    const unknown = classifyConnectionsResponse(
      amazonPayErrorEnvelope('Charge', '\u00A0SomethingNew \r\n').request,
    );
    const screaming = classifyConnectionsResponse(
      amazonPayErrorEnvelope('Charge', ' INTERNAL_SERVER_ERROR ', { statusCode: '500' }).request,
    );
    const blank = classifyConnectionsResponse(
      amazonPayErrorEnvelope('Charge', ' \t ', { statusCode: '500' }).request,
    );

    expect(unknown).toMatchObject({ kind: 'error', code: 'SomethingNew', entry: undefined });
    expect(screaming).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', entry: undefined });
    expect(blank).toMatchObject({ code: undefined, entry: undefined });
  });

  it('measures a code after trimming it', () => {
    const outcome = classifyConnectionsResponse(
      amazonPayErrorEnvelope('Charge', `${' '.repeat(200)}InvalidSellerId`).request,
    );

    expect(outcome).toMatchObject({ code: 'InvalidSellerId', entry: { code: 'InvalidSellerId' } });
  });
});

describe('padded decline reasons', () => {
  it.each(
    paddings.flatMap(([padding, pad]) => [
      ['AmazonRejected', padding, pad('AmazonRejected')],
      ['InvalidPaymentMethod', padding, pad('InvalidPaymentMethod')],
    ]),
  )('%s with %s is answered as the reason itself', async (reason, _, padded) => {
    const skill = testSkill();

    const expected = await testSkill().invoke(
      chargeDeclinedEnvelope(reason, { softDecline: true }),
    );
    const response = await skill.invoke(chargeDeclinedEnvelope(padded, { softDecline: true }));

    expect(heard(response)).toEqual(heard(expected));
    expect(skill.events).toEqual([expect.objectContaining({ kind: 'decline', code: reason })]);
  });
});

describe('padded states and statuses', () => {
  const withState = (state: string) => {
    const envelope = chargeSuccessEnvelope();
    const request = envelope.request as unknown as {
      payload: { authorizationDetails: { authorizationStatus: { state: string } } };
    };
    request.payload.authorizationDetails.authorizationStatus.state = state;
    return envelope;
  };

  // One test for trimmed states: a Charge that answered 200 Closed went through.
  it('takes a 200 Charge in the state " Closed" for the success it is', async () => {
    const skill = testSkill();

    const response = await skill.invoke(withState(' Closed'));

    expect(ssmlOf(response)).toBe(`<speak>${skillSays.paymentResult} success</speak>`);
    expect(classifyConnectionsResponse(withState(' Closed').request)).toMatchObject({
      kind: 'success',
      authorizationState: 'Closed',
    });
    expect(skill.events).toEqual([]);
  });

  it.each([
    ['Pending\r\n', 'pending'],
    ['\u00A0Declined', 'decline'],
    ['\tOpen ', 'success'],
  ])('reads the state %j as %s', (state, kind) => {
    expect(classifyConnectionsResponse(withState(state).request)?.kind).toBe(kind);
  });

  it('reads a padded billing agreement status', async () => {
    const skill = testSkill();
    const envelope = setupSuccessEnvelope({
      billingAgreementStatus: ' SUSPENDED\u00A0' as 'SUSPENDED',
    });

    await skill.invoke(envelope);

    expect(classifyConnectionsResponse(envelope.request)).toMatchObject({
      billingAgreementStatus: 'SUSPENDED',
      suspended: true,
    });
    expect(skill.events).toEqual([
      expect.objectContaining({ kind: 'billing-agreement-not-open', code: 'InvalidPaymentMethod' }),
    ]);
  });

  it.each([
    [' GRANTED', 'GRANTED', true],
    ['GRANTED\u00A0', 'GRANTED', true],
    ['\nDENIED ', 'DENIED', false],
    ['granted', 'granted', false],
  ])('reads the permission status %j as %j', (status, expected, granted) => {
    const envelope = intentRequestEnvelope('BuyIntent', { consent: 'GRANTED' });
    (
      envelope.context.System.user.permissions as unknown as {
        scopes: Record<string, { status: string }>;
      }
    ).scopes['payments:autopay_consent'] = { status };

    expect(amazonPayPermissionStatus(envelope)).toBe(expected);
    expect(isAmazonPayPermissionGranted(envelope)).toBe(granted);
  });
});

describe('padded codes on thrown errors', () => {
  const throwing = (error: unknown) =>
    testSkill({
      handlers: [
        {
          canHandle: (input) => input.requestEnvelope.request.type === 'IntentRequest',
          handle: () => {
            throw error;
          },
        },
      ],
    });

  it.each([
    [
      'an AmazonPayFpsError',
      new AmazonPayFpsError(' AccountClosed\r\n'),
      'fps.accountClosed',
      'AccountClosed',
    ],
    [
      'an AmazonPayBuyerIdError',
      new AmazonPayBuyerIdError('bad token', {
        statusCode: 400,
        code: '\u00A0invalid_token ',
        requestId: undefined,
      }),
      'error.shopCannotTakePayments',
      'InvalidToken',
    ],
  ] as const)('answers %s by its trimmed code', async (_, error, key, code) => {
    const skill = throwing(error);

    const response = await skill.invoke(intentRequestEnvelope('BuyIntent'));

    expect(error.code).toBe(code);
    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', key));
    expect(skill.events).toEqual([expect.objectContaining({ kind: 'thrown', code })]);
  });

  it('trims an unknown code on a thrown error too', () => {
    expect(new AmazonPayFpsError(' NotAnFpsCode ').code).toBe('NotAnFpsCode');
    expect(
      new AmazonPayBuyerIdError('x', { statusCode: 400, code: ' weird ', requestId: undefined })
        .code,
    ).toBe('weird');
  });
});
