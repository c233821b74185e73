import { SkillBuilders, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  AmazonPayBuyerIdError,
  AmazonPayFpsError,
  AmazonPayValidationError,
  amazonPayFpsErrorFrom,
  createAmazonPayMiddleware,
  isAmazonPayBuyerIdError,
  isAmazonPayConfigurationError,
  isAmazonPayFpsError,
  isAmazonPayPersistenceError,
  isAmazonPayValidationError,
  type PromptKey,
} from '../../src';
import * as testing from '../../src/testing';
import {
  amazonPayErrorEnvelope,
  chargeSuccessEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  requestEnvelope,
} from '../../src/testing';
import { expectedSpeech } from '../support/prompt-text';
import { skillSays, ssmlOf, testSkill } from '../support/skill';

/** A skill whose every handler, LaunchRequest and intents alike, throws what the test gives it. */
const throwingSkill = (thrown: unknown) => {
  const thrower: RequestHandler = {
    canHandle: (input: HandlerInput) =>
      input.requestEnvelope.request.type !== 'Connections.Response',
    handle: () => {
      throw thrown;
    },
  };
  return testSkill({ handlers: [thrower] });
};

// The shapes other libraries give their errors: none of them is about a payment.
const awsV2 = (code: string, statusCode: number, message: string) =>
  Object.assign(new Error(message), {
    code,
    statusCode,
    retryable: statusCode >= 500,
    requestId: 'EXAMPLE-REQUEST-ID',
    time: new Date(0),
  });
const awsV3 = (name: string, statusCode: number, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`${name} from the service`), {
    name,
    $fault: statusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: statusCode, requestId: 'EXAMPLE', attempts: 1 },
    ...extra,
  });
const serviceError = (statusCode: number, response: unknown) =>
  Object.assign(new Error(JSON.stringify(response)), {
    name: 'ServiceError',
    statusCode,
    response,
  });

const notPayments: readonly (readonly [string, unknown])[] = [
  [
    'an S3 InternalError (aws-sdk v2)',
    awsV2('InternalError', 500, 'We encountered an internal error.'),
  ],
  [
    'an SNS InvalidParameter (aws-sdk v2)',
    awsV2('InvalidParameter', 400, 'Invalid parameter: TopicArn'),
  ],
  ['a DynamoDB ConcurrentModification (aws-sdk v2)', awsV2('ConcurrentModification', 409, 'busy')],
  ['an S3 InternalError (aws-sdk v3)', awsV3('InternalError', 500, { Code: 'InternalError' })],
  ['an SNS InvalidParameter (aws-sdk v3)', awsV3('InvalidParameter', 400)],
  ['a ConcurrentModification (aws-sdk v3)', awsV3('ConcurrentModification', 409)],
  [
    'any error carrying code ConcurrentModification',
    Object.assign(new Error('x'), { code: 'ConcurrentModification' }),
  ],
  [
    'an error carrying errorCode AccountClosed',
    Object.assign(new Error('x'), { errorCode: 'AccountClosed' }),
  ],
  ['a plain object with an FPS code', { code: 'InsufficientBalance', message: 'x' }],
  ['a padded FPS code', Object.assign(new Error('x'), { code: ' AccountLimitsExceeded ' })],
  [
    'a ServiceError of another Alexa API whose body says forbidden',
    serviceError(403, { errorCode: 'forbidden', errorMessage: 'no access' }),
  ],
  [
    'a ServiceError whose body says FORBIDDEN',
    serviceError(403, { code: 'FORBIDDEN', message: 'The skill is not allowed' }),
  ],
  [
    'a ServiceError whose body looks like a Buyer ID answer',
    serviceError(401, { errorCode: 'insufficient_scope', requestId: 'r' }),
  ],
  [
    'a ServiceError whose body says invalid_token',
    serviceError(400, { errorCode: 'invalid_token' }),
  ],
  ['a ServiceError without a body', serviceError(500, undefined)],
  [
    'an error whose name cannot be read',
    Object.defineProperty(new Error('x'), 'name', {
      get() {
        throw new Error('name getter failed');
      },
    }),
  ],
  [
    'an object whose name cannot be read',
    Object.defineProperty({}, 'name', {
      get() {
        throw new Error('name getter failed');
      },
    }),
  ],
  [
    'a proxy that refuses every question',
    new Proxy(new Error('x'), {
      get() {
        throw new Error('trap failed');
      },
      getPrototypeOf() {
        throw new Error('trap failed');
      },
      has() {
        throw new Error('trap failed');
      },
      getOwnPropertyDescriptor() {
        throw new Error('trap failed');
      },
    }),
  ],
];

const requests: readonly (readonly [string, () => RequestEnvelope])[] = [
  ['a LaunchRequest', () => launchRequestEnvelope()],
  ['a help intent', () => intentRequestEnvelope('AMAZON.HelpIntent')],
  ['an order status intent', () => intentRequestEnvelope('OrderStatusIntent', { locale: 'de-DE' })],
  [
    'a SessionEndedRequest',
    () =>
      requestEnvelope({
        type: 'SessionEndedRequest',
        requestId: 'amzn1.echo-api.request.ended',
        timestamp: '2022-06-01T12:00:00Z',
        locale: 'en-US',
        reason: 'USER_INITIATED',
      } as never),
  ],
];

describe("errors that are not the middleware's reach the skill's own error handler", () => {
  it.each(
    notPayments.flatMap(([what, error]) =>
      requests.map(([during, envelope]) => [what, during, error, envelope] as const),
    ),
  )('%s thrown during %s', async (_, __, error, envelope) => {
    const skill = throwingSkill(error);

    const response = await skill.invoke(envelope());

    expect(ssmlOf(response)).toBe(`<speak>${skillSays.errorHandler}</speak>`);
    expect(skill.events).toEqual([]);
  });

  it.each(notPayments)(
    '%s can be asked about with every guard of the package in the skill’s own error handler',
    async (_, thrown) => {
      const guards = [
        isAmazonPayValidationError,
        isAmazonPayBuyerIdError,
        isAmazonPayFpsError,
        isAmazonPayPersistenceError,
        isAmazonPayConfigurationError,
      ];
      const skill = createAmazonPayMiddleware({
        merchantName: 'Tea House',
        onError: () => undefined,
      })
        .register(SkillBuilders.custom())
        .addRequestHandlers({
          canHandle: () => true,
          handle: () => {
            throw thrown;
          },
        })
        .addErrorHandlers({
          canHandle: () => true,
          handle: (input, error) =>
            input.responseBuilder
              .speak(guards.some((guard) => guard(error)) ? 'ours' : 'theirs')
              .getResponse(),
        })
        .create();

      const response = await skill.invoke(launchRequestEnvelope());

      expect(ssmlOf(response)).toBe('<speak>theirs</speak>');
    },
  );

  it('reach no handler of the middleware when the skill has none either', async () => {
    const skill = testSkill({
      ownErrorHandler: false,
      handlers: [
        {
          canHandle: () => true,
          handle: () => {
            throw awsV2('InternalError', 500, 'S3 is down');
          },
        },
      ],
    });

    await expect(skill.invoke(launchRequestEnvelope())).rejects.toThrow('S3 is down');
    expect(skill.events).toEqual([]);
  });
});

describe('errors the middleware claims, whatever the request', () => {
  const validation = new AmazonPayValidationError(
    'InvalidAuthorizationAmount',
    'authorizeAttributes.authorizationAmount.amount',
    'amount must be positive',
    'Charge',
  );
  const buyerId = new AmazonPayBuyerIdError('no scope', {
    statusCode: 401,
    code: 'insufficient_scope',
    requestId: 'r',
  });
  const claimed: readonly (readonly [string, unknown, PromptKey, string | undefined])[] = [
    [
      'a validation error',
      validation,
      'error.shopCannotTakePayments',
      'InvalidAuthorizationAmount',
    ],
    ['a Buyer ID error of its client', buyerId, 'permission.request', 'InsufficientScope'],
    [
      'an AmazonPayFpsError',
      new AmazonPayFpsError('AccountLimitsExceeded'),
      'fps.limitsExceeded',
      'AccountLimitsExceeded',
    ],
    [
      'an AmazonPayFpsError from another copy of the package',
      Object.assign(new Error('x'), { name: 'AmazonPayFpsError', code: 'AccountClosed' }),
      'fps.accountClosed',
      'AccountClosed',
    ],
    [
      'an AmazonPayFpsError of a code the catalog does not know',
      new AmazonPayFpsError('SomethingNew'),
      'error.unexpected',
      'SomethingNew',
    ],
    [
      'an AmazonPayFpsError built from an aws-sdk-shaped answer',
      amazonPayFpsErrorFrom(awsV2('InternalError', 500, 'FPS is down')),
      'error.unexpected',
      'InternalError',
    ],
  ];

  it.each(
    claimed.flatMap(([what, error, key, code]) =>
      requests.map(([during, envelope]) => [what, during, error, key, code, envelope] as const),
    ),
  )('%s thrown during %s', async (_, __, error, key, code, envelope) => {
    const skill = throwingSkill(error);
    const request = envelope();

    const response = await skill.invoke(request);

    const locale = request.request.locale === 'de-DE' ? 'de-DE' : 'en-US';
    expect(ssmlOf(response)).toBe(
      expectedSpeech(locale, key, locale === 'de-DE' ? 'amazon.de' : 'amazon.com'),
    );
    expect(skill.events).toEqual([expect.objectContaining({ kind: 'thrown', code })]);
  });

  it.each(notPayments)(
    'and %s thrown while handling an Amazon Pay response, never as that error',
    async (_, error) => {
      const skill = testSkill({
        handlers: [
          {
            canHandle: (input) => input.requestEnvelope.request.type === 'Connections.Response',
            handle: () => {
              throw error;
            },
          },
        ],
      });

      const response = await skill.invoke(chargeSuccessEnvelope());
      const failed = await skill.invoke(amazonPayErrorEnvelope('Charge', 'InvalidSellerId'));

      // The charge went through: the customer hears so, whatever failed after it.
      expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'success.charge'));
      expect(ssmlOf(failed)).toBe(expectedSpeech('en-US', 'error.shopCannotTakePayments'));
      expect(skill.events.map((event) => event.code)).not.toContain('InternalError');
    },
  );
});

describe("errors that only look like the package's own", () => {
  it('are answered by their code alone, never by an entry they carry', async () => {
    const forged = {
      name: 'AmazonPayValidationError',
      code: ' InvalidAuthorizationAmount ',
      operation: 'Charge',
      entry: { promptKey: 'constructor', permissionCard: 'always', voicedByAmazonPay: true },
      field: { not: 'text' },
    };
    const skill = throwingSkill(forged);

    const response = await skill.invoke(intentRequestEnvelope('BuyIntent'));

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.shopCannotTakePayments'));
    expect(response.response.card).toBeUndefined();
    expect(skill.events).toEqual([
      expect.objectContaining({ code: 'InvalidAuthorizationAmount', context: 'charge' }),
    ]);
    expect(skill.events[0]).not.toHaveProperty('field');
  });

  it.each([
    [
      'a Setup validation error',
      { name: 'AmazonPayValidationError', code: 'InvalidSandboxCustomerEmail', operation: 'Setup' },
      'setup',
    ],
    ['a Buyer ID error', { name: 'AmazonPayBuyerIdError', code: 'forbidden' }, 'buyer-id'],
    ['an FPS error', { name: 'AmazonPayFpsError', code: 'AccountClosed' }, 'fps'],
  ])('look %s up in its own context', async (_, thrown, context) => {
    const skill = throwingSkill(thrown);

    await skill.invoke(launchRequestEnvelope());

    expect(skill.events).toEqual([expect.objectContaining({ context })]);
  });
});

describe('amazonPayFpsErrorFrom', () => {
  const cause = awsV2('AccountClosed', 400, 'The account is closed');

  it.each([
    [
      'a code',
      'AccountClosed',
      'AccountClosed',
      'Amazon Payments answered AccountClosed',
      undefined,
    ],
    [
      'a padded code',
      ' AccountClosed\r\n',
      'AccountClosed',
      'Amazon Payments answered AccountClosed',
      undefined,
    ],
    ['an error with code', cause, 'AccountClosed', 'The account is closed', 'EXAMPLE-REQUEST-ID'],
    [
      'a JSON body with errorCode',
      { errorCode: 'InvalidParameter', errorMessage: 'bad amount', requestId: 'R1' },
      'InvalidParameter',
      'bad amount',
      'R1',
    ],
    [
      'an FPS response read from XML',
      {
        Response: {
          Errors: { Error: { Code: 'InsufficientBalance', Message: 'not enough' } },
          RequestID: 'R2',
        },
      },
      'InsufficientBalance',
      'not enough',
      'R2',
    ],
    [
      'an FPS response with a list of errors',
      {
        Errors: {
          Error: [{ Code: 'TransactionDenied', Message: 'denied' }, { Code: 'AccessFailure' }],
        },
        RequestId: 'R3',
      },
      'TransactionDenied',
      'denied',
      'R3',
    ],
    [
      'an error with a name in the v3 style',
      awsV3('ConcurrentModification', 409),
      'ConcurrentModification',
      'ConcurrentModification from the service',
      'EXAMPLE',
    ],
  ])('builds an AmazonPayFpsError from %s', (_, answer, code, message, requestId) => {
    const error = amazonPayFpsErrorFrom(answer);

    expect(isAmazonPayFpsError(error)).toBe(true);
    expect(error).toBeInstanceOf(AmazonPayFpsError);
    expect(error).toMatchObject({ code, message, requestId, entry: { context: 'fps', code } });
    expect(error?.cause).toBe(typeof answer === 'string' ? undefined : answer);
    expect(error !== undefined && 'cause' in error).toBe(typeof answer !== 'string');
  });

  it.each([
    ['a code the FPS catalog does not know', 'NoSuchCode'],
    ['a code in another spelling', 'account_closed'],
    ['a code of another catalog', 'InvalidToken'],
    ['a plain Error', new Error('database down')],
    ['a blank code', '  '],
    ['null', null],
    ['a number', 42],
    ['a body with an empty list of errors', { Errors: { Error: [] } }],
    ['a body whose code is not text', { code: 42 }],
    ['an object whose code is only inherited', Object.create({ code: 'AccountClosed' }) as object],
    [
      'an object whose code cannot be read',
      Object.defineProperty({}, 'code', {
        enumerable: true,
        get() {
          throw new Error('getter failed');
        },
      }),
    ],
  ])('builds nothing from %s, so the skill rethrows what it had', (_, answer) => {
    expect(amazonPayFpsErrorFrom(answer)).toBeUndefined();
  });

  it('is meant to be used as "throw amazonPayFpsErrorFrom(error) ?? error"', async () => {
    const backEnd = (code: string) => {
      throw awsV2(code, 400, 'from the back end');
    };
    const skill = testSkill({
      handlers: [
        {
          canHandle: (input) => input.requestEnvelope.request.type === 'IntentRequest',
          handle: (input) => {
            try {
              backEnd(
                input.requestEnvelope.request.type === 'IntentRequest'
                  ? input.requestEnvelope.request.intent.name
                  : '',
              );
            } catch (error) {
              throw amazonPayFpsErrorFrom(error) ?? error;
            }
            return input.responseBuilder.getResponse();
          },
        },
      ],
    });

    const fps = await skill.invoke(intentRequestEnvelope('AccountClosed'));
    const other = await skill.invoke(intentRequestEnvelope('NoSuchBucket'));

    expect(ssmlOf(fps)).toBe(expectedSpeech('en-US', 'fps.accountClosed'));
    expect(ssmlOf(other)).toBe(`<speak>${skillSays.errorHandler}</speak>`);
  });
});

describe('the testing entry point', () => {
  it('no longer offers a ServiceError for Buyer ID errors the middleware would not claim', () => {
    expect(Object.keys(testing)).not.toContain('buyerIdServiceError');
  });
});
