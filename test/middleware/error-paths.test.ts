import { SkillBuilders, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  AmazonPayValidationError,
  createAmazonPayMiddleware,
  errorCatalog,
  type AmazonPayLogEvent,
  type AmazonPayOperation,
} from '../../src';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  chargePendingEnvelope,
  chargeSuccessEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  setupSuccessEnvelope,
} from '../../src/testing';
import { payloadOf } from '../support/payload';
import { expectedSpeech } from '../support/prompt-text';
import { skillSays, ssmlOf, testSkill } from '../support/skill';

const fixThrown = 'Fix the code that threw; the customer heard a kind, generic sentence.';

/** A skill whose own handler for Amazon Pay responses throws what the test gives it. */
const failingPaymentHandler = (thrown: unknown) =>
  testSkill({
    handlers: [
      {
        canHandle: (input) => input.requestEnvelope.request.type === 'Connections.Response',
        handle: () => {
          throw thrown;
        },
      },
    ],
  });

/** A skill whose own request interceptor throws what the test gives it, on every request. */
const failingInterceptor = (thrown: unknown) =>
  testSkill({
    interceptors: [
      () => {
        throw thrown;
      },
    ],
  });

/** The log event of something thrown by the skill's own code, without a catalog entry. */
const thrownEvent = (
  envelope: RequestEnvelope,
  operation: 'Setup' | 'Charge' | undefined,
  error: { name: string; message: string },
): AmazonPayLogEvent => ({
  kind: 'thrown',
  code: undefined,
  context: undefined,
  operation,
  httpStatus: undefined,
  handledBy: 'merchant',
  voicedByAmazonPay: false,
  errorType: undefined,
  retriable: undefined,
  message: `The skill threw ${error.name} while handling ${
    operation === undefined ? 'a request' : `an Amazon Pay ${operation} response`
  }.`,
  correctiveAction: fixThrown,
  requestId: envelope.request.requestId,
  locale: 'en-US',
  error,
});

const withUnreadableMessage = (): Error =>
  Object.defineProperty(new Error(), 'message', {
    get() {
      throw new Error('message getter failed');
    },
  });

describe('the log event of a value the skill throws while Amazon Pay has answered', () => {
  it.each([
    [
      'a TypeError',
      new TypeError('cannot read x'),
      { name: 'TypeError', message: 'cannot read x' },
    ],
    ['a string', 'inventory empty', { name: 'string', message: 'inventory empty' }],
    ['a number', 42, { name: 'number', message: '42' }],
    ['null', null, { name: 'object', message: 'null' }],
    ['undefined', undefined, { name: 'undefined', message: 'undefined' }],
    [
      'a plain object that looks like an error',
      { name: 'Oops', message: 'not an Error' },
      { name: 'object', message: '[object Object]' },
    ],
    [
      'an object that cannot be turned into text',
      Object.create(null) as object,
      { name: 'object', message: '(unreadable)' },
    ],
    [
      'an Error whose name is a number',
      Object.assign(new Error('odd name'), { name: 42 }),
      { name: '42', message: 'odd name' },
    ],
    [
      'an Error whose message cannot be read',
      withUnreadableMessage(),
      { name: 'object', message: '(unreadable)' },
    ],
    [
      'an Error with a very long message',
      new Error('e'.repeat(600)),
      { name: 'Error', message: `${'e'.repeat(499)}…` },
    ],
    ['a very long string', 's'.repeat(600), { name: 'string', message: `${'s'.repeat(499)}…` }],
  ])('describes %s by exactly its name and message', async (_, thrown, error) => {
    const skill = failingInterceptor(thrown);
    const envelope = chargeDeclinedEnvelope('AmazonRejected');

    const response = await skill.invoke(envelope);

    // The decline is still answered as a decline, whatever the skill's code threw.
    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'afterAmazonPaySpoke.declined'));
    // Exact keys: fields that do not apply (field, softDecline ...) are absent, not undefined.
    expect(skill.events).toStrictEqual([thrownEvent(envelope, 'Charge', error)]);
  });

  it('never speaks what was thrown, nor logs the tokens of the request', async () => {
    const skill = failingInterceptor(new Error('db password rejected for user tea'));
    const envelope = chargeDeclinedEnvelope('AmazonRejected', {}, { apiAccessToken: 'SECRET-1' });

    const response = await skill.invoke(envelope);

    expect(ssmlOf(response)).not.toMatch(/password|db /);
    expect(JSON.stringify(skill.events)).not.toMatch(/SECRET|amzn1\.ask\.account/);
    expect(skill.events).toHaveLength(1);
  });

  it.each([
    ['null', null],
    ['an Error named by a number', Object.assign(new Error('odd'), { name: 42 })],
    ['an Error without a name', Object.assign(new Error('odd'), { name: undefined })],
    [
      'an Error that says no handler was found',
      new Error('Unable to find a suitable request handler.'),
    ],
  ])(
    'answers %s thrown after a successful Setup as a failure, without a card',
    async (_, thrown) => {
      const skill = failingPaymentHandler(thrown);

      const response = await skill.invoke(setupSuccessEnvelope());

      expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.unexpected'));
      expect(response.response.card).toBeUndefined();
      expect(skill.events).toEqual([
        expect.objectContaining({ kind: 'thrown', operation: 'Setup' }),
      ]);
    },
  );

  it.each([
    ['went through', chargeSuccessEnvelope, /^Fulfil the order by hand/],
    ['is pending', chargePendingEnvelope, /^Hold the order .* until Amazon Pay confirms/],
  ])(
    'tells the developer what to do with the order, by its reference id, when the skill fails after a charge that %s',
    async (_, answered, whatToDo) => {
      const skill = failingPaymentHandler(new Error('fulfilment table down'));

      await skill.invoke(answered({ authorizationReferenceId: 'tea-42' }));

      expect(skill.events).toEqual([
        expect.objectContaining({
          kind: 'thrown',
          operation: 'Charge',
          authorizationReferenceId: 'tea-42',
          message: expect.stringMatching(/^The skill threw Error after Amazon Pay /),
          correctiveAction: expect.stringMatching(whatToDo),
        }),
      ]);
    },
  );

  it('tells the developer to look the order up when the skill fails after a charge it cannot read', async () => {
    const skill = testSkill({
      interceptors: [
        (input) => {
          if (input.requestEnvelope.request.type === 'Connections.Response')
            throw new Error('session store down');
        },
      ],
    });
    const envelope = chargeSuccessEnvelope({ authorizationReferenceId: 'tea-44' });
    const payload = payloadOf(envelope) as unknown as { authorizationDetails: object };
    Object.assign(payload.authorizationDetails, { authorizationStatus: 'Closed' });

    const response = await skill.invoke(envelope);

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'unconfirmed.charge'));
    expect(skill.events).toEqual([
      expect.objectContaining({
        kind: 'thrown',
        authorizationReferenceId: 'tea-44',
        correctiveAction: expect.stringMatching(/^Look the order up/),
      }),
    ]);
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['null', null],
    ['an object', {}],
    ['a list of text', ['tea\n42']],
  ])(
    'still says a paid charge went through when Amazon Pay’s reference id is %s, and logs none',
    async (_, reference) => {
      const skill = failingPaymentHandler(new Error('fulfilment table down'));
      const envelope = chargeSuccessEnvelope();
      const payload = payloadOf(envelope) as unknown as { authorizationDetails: object };
      Object.assign(payload.authorizationDetails, { authorizationReferenceId: reference });

      const response = await skill.invoke(envelope);

      expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'success.charge'));
      expect(skill.events[0]).not.toHaveProperty('authorizationReferenceId');
    },
  );

  it('keeps the facts of the package’s own error thrown after a charge went through', async () => {
    const thrown = new AmazonPayValidationError(
      'InvalidParameterValue',
      'authorizeAttributes.authorizationReferenceId',
      'The reference id is too long.',
      'Charge',
    );
    const skill = failingPaymentHandler(thrown);

    await skill.invoke(chargeSuccessEnvelope({ authorizationReferenceId: 'tea-43' }));

    expect(skill.events[0]).toMatchObject({
      kind: 'thrown',
      code: 'InvalidParameterValue',
      field: 'authorizeAttributes.authorizationReferenceId',
      authorizationReferenceId: 'tea-43',
      correctiveAction: expect.stringMatching(/^Fulfil the order by hand/),
    });
  });

  it.each(
    errorCatalog.flatMap((entry) =>
      (['Setup', 'Charge'] as const)
        .filter((operation) => entry.operations.includes(operation))
        .map((operation): [AmazonPayOperation, string] => [operation, entry.code]),
    ),
  )(
    'asks no question after a %s answered with %s when the skill fails first',
    async (operation, code) => {
      const skill = failingInterceptor(new Error('session store down'));

      const response = await skill.invoke(amazonPayErrorEnvelope(operation, code));

      expect(response.response.reprompt).toBeUndefined();
      expect(response.response.shouldEndSession).toBe(true);
      expect(ssmlOf(response)).not.toMatch(/\?<\/speak>$/);
    },
  );

  it('says the charge went through, without a consent card, when the skill fails after it', async () => {
    const skill = failingPaymentHandler(new Error('fulfilment down'));

    const response = await skill.invoke(chargeSuccessEnvelope());

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'success.charge'));
    expect(response.response.card).toBeUndefined();
  });

  it('still answers when the log hook throws or rejects on a thrown error', async () => {
    const hooks = [
      () => {
        throw new Error('log down');
      },
      () => Promise.reject(new Error('log down')),
    ];

    for (const onError of hooks) {
      const skill = testSkill({
        middleware: { onError },
        interceptors: [
          () => {
            throw new Error('skill bug');
          },
        ],
      });

      const response = await skill.invoke(chargeDeclinedEnvelope('AmazonRejected'));

      expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'afterAmazonPaySpoke.declined'));
    }
  });
});

describe('the log event of an Amazon Pay success no handler answered', () => {
  it.each([
    [
      'a pending Charge',
      chargePendingEnvelope(),
      'Charge',
      'No handler answered a pending Charge; the customer heard a neutral sentence that it is being processed.',
      'onChargePending',
    ],
    [
      'a successful Setup',
      setupSuccessEnvelope(),
      'Setup',
      'No handler answered a successful Setup; the customer heard a neutral sentence that it went through.',
      'onSetupSuccess',
    ],
    [
      'a successful Charge',
      chargeSuccessEnvelope(),
      'Charge',
      'No handler answered a successful Charge; the customer heard a neutral sentence that it went through.',
      'onChargeSuccess',
    ],
  ] as const)(
    'names %s and the option that answers it, and nothing else',
    async (_, envelope, operation, message, option) => {
      const skill = testSkill({ ownPaymentHandler: false });

      const response = await skill.invoke(envelope);

      expect(response.response.card).toBeUndefined();
      expect(skill.events).toStrictEqual([
        {
          kind: 'missing-handler',
          code: undefined,
          context: undefined,
          operation,
          httpStatus: 200,
          handledBy: 'merchant',
          voicedByAmazonPay: false,
          errorType: undefined,
          retriable: undefined,
          message,
          correctiveAction: `Register a handler for this Connections.Response after the middleware, or pass the ${option} option.`,
          requestId: envelope.request.requestId,
          locale: 'en-US',
        },
      ]);
    },
  );

  it('is not claimed for a decline nobody handled when only the error handler is registered', async () => {
    const events: AmazonPayLogEvent[] = [];
    const middleware = createAmazonPayMiddleware({
      merchantName: 'Tea House',
      tokenSecret: 'a-secret-of-at-least-sixteen-chars',
      onError: (event) => {
        events.push(event);
      },
    });
    const launch: RequestHandler = {
      canHandle: (input: HandlerInput) => input.requestEnvelope.request.type === 'LaunchRequest',
      handle: (input: HandlerInput) => input.responseBuilder.speak(skillSays.launch).getResponse(),
    };
    const skill = SkillBuilders.custom()
      .addRequestInterceptors(...middleware.requestInterceptors)
      .addRequestHandlers(launch)
      .addErrorHandlers(...middleware.errorHandlers)
      .create();

    const response = await skill.invoke(chargeDeclinedEnvelope('AmazonRejected'));

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'afterAmazonPaySpoke.declined'));
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'thrown',
        operation: 'Charge',
        message: expect.stringMatching(
          /^The skill threw AskSdk\.\w+ Error while handling an Amazon Pay Charge response\.$/,
        ),
      }),
    ]);
  });
});

describe('errors of requests that are not Amazon Pay responses', () => {
  it.each([
    [
      'an error of another client whose body looks like a Buyer ID answer',
      Object.assign(new Error('HTTP 400'), { response: { errorCode: 'invalid_token' } }),
    ],
    [
      'an object whose FPS code is only inherited from its prototype',
      Object.create({ code: 'AccountClosed', errorCode: 'AccountClosed' }) as object,
    ],
    [
      'a value whose name cannot be read',
      Object.defineProperty({}, 'name', {
        get() {
          throw new Error('name getter failed');
        },
      }),
    ],
  ])("leaves %s to the skill's own error handler", async (_, thrown) => {
    const skill = testSkill({
      handlers: [
        {
          canHandle: (input) => input.requestEnvelope.request.type === 'IntentRequest',
          handle: () => {
            throw thrown;
          },
        },
      ],
    });

    const response = await skill.invoke(intentRequestEnvelope('BuyIntent'));

    expect(ssmlOf(response)).toBe(`<speak>${skillSays.errorHandler}</speak>`);
    expect(skill.events).toEqual([]);
  });

  it('with the catch-all, answers kindly without a card and logs a thrown error of a request', async () => {
    const skill = testSkill({
      ownErrorHandler: false,
      middleware: { catchAllErrors: true },
      interceptors: [
        () => {
          throw new RangeError('index out of range');
        },
      ],
    });
    const envelope = launchRequestEnvelope();

    const response = await skill.invoke(envelope);

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.unexpected'));
    expect(response.response.card).toBeUndefined();
    expect(skill.events).toStrictEqual([
      thrownEvent(envelope, undefined, { name: 'RangeError', message: 'index out of range' }),
    ]);
  });

  it.each([
    ['without a request', undefined],
    ['whose request is null', null],
  ])(
    'with the catch-all, answers an envelope %s and logs no request id or locale',
    async (_, request) => {
      const skill = testSkill({ ownErrorHandler: false, middleware: { catchAllErrors: true } });
      const envelope = launchRequestEnvelope() as unknown as Record<string, unknown>;
      if (request === undefined) delete envelope.request;
      else envelope.request = request;

      const response = await skill.invoke(envelope as unknown as RequestEnvelope);

      expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.unexpected'));
      expect(skill.events).toEqual([
        expect.objectContaining({ kind: 'thrown', requestId: undefined, locale: undefined }),
      ]);
    },
  );

  it('logs a request id of the longest length whole, and shortens a longer one', async () => {
    const longest = launchRequestEnvelope();
    longest.request.requestId = 'r'.repeat(100);
    const longer = launchRequestEnvelope();
    longer.request.requestId = 'r'.repeat(101);
    const fail = () => {
      throw new Error('x');
    };
    const failing = testSkill({
      ownErrorHandler: false,
      middleware: { catchAllErrors: true },
      interceptors: [fail],
    });

    await failing.invoke(longest);
    await failing.invoke(longer);

    expect(failing.events.map((event) => event.requestId)).toEqual([
      'r'.repeat(100),
      `${'r'.repeat(99)}…`,
    ]);
  });
});
