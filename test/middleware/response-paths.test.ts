import {
  SkillBuilders,
  type HandlerInput,
  type PersistenceAdapter,
  type RequestHandler,
} from 'ask-sdk-core';
import type { interfaces, RequestEnvelope, Response } from 'ask-sdk-model';
import {
  amazonPayPermissionStatus,
  createAmazonPayMiddleware,
  getPaymentOutcome,
  lookupErrorCode,
  type AmazonPayLogEvent,
  type AmazonPayMiddlewareOptions,
  type ChargeInput,
  type PaymentOutcome,
} from '../../src';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  chargePendingEnvelope,
  chargeSuccessEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  nextRequestId,
  fixtureTimestamp,
  requestEnvelope,
  setupSuccessEnvelope,
} from '../../src/testing';
import { buy, chargeInput, directiveOf, errorAnswerTo, storeSkill } from '../support/payment-skill';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf, testSkill } from '../support/skill';

const consentCard = { type: 'AskForPermissionsConsent', permissions: ['payments:autopay_consent'] };
const skillAnswer = '<speak>The skill answered.</speak>';

const requestTypeOf = (input: HandlerInput): unknown =>
  (input.requestEnvelope as { request?: { type?: unknown } | null }).request?.type;

/**
 * A skill with the middleware and one handler of its own that answers everything, noting what
 * getPaymentOutcome said. Like many JavaScript skills, it answers SessionEndedRequest with nothing.
 */
function skillWithOwnHandler(options: Partial<AmazonPayMiddlewareOptions> = {}) {
  const events: AmazonPayLogEvent[] = [];
  const seen: (PaymentOutcome | undefined)[] = [];
  const middleware = createAmazonPayMiddleware({
    merchantName: 'Tea House',
    tokenSecret: 'a-secret-of-at-least-sixteen-chars',
    onError: (event) => {
      events.push(event);
    },
    ...options,
  });
  const skill = middleware
    .register(SkillBuilders.custom())
    .addRequestHandlers({
      canHandle: () => true,
      handle: (input) => {
        seen.push(getPaymentOutcome(input));
        if (requestTypeOf(input) === 'SessionEndedRequest') return undefined as unknown as Response;
        return input.responseBuilder.speak('The skill answered.').getResponse();
      },
    })
    .create();
  return { invoke: (envelope: RequestEnvelope) => skill.invoke(envelope), events, seen };
}

describe('requests that are not Amazon Pay responses stay with the skill', () => {
  const launch = () => launchRequestEnvelope() as RequestEnvelope & Record<string, unknown>;
  const withoutRequest = () => {
    const envelope: Partial<RequestEnvelope> = launch();
    delete envelope.request;
    return envelope as RequestEnvelope;
  };
  const withNullRequest = () => ({ ...launch(), request: null }) as unknown as RequestEnvelope;
  const withoutContext = () => {
    const envelope: Partial<RequestEnvelope> = launch();
    delete envelope.context;
    delete envelope.session;
    return envelope as RequestEnvelope;
  };
  const withNumericType = () =>
    ({
      ...launch(),
      request: { type: 42, requestId: nextRequestId() },
    }) as unknown as RequestEnvelope;

  it.each([
    ['a LaunchRequest', launchRequestEnvelope],
    ['a LaunchRequest in Japan', () => launchRequestEnvelope({ locale: 'ja-JP' })],
    ['an IntentRequest', () => intentRequestEnvelope('HelpIntent')],
    ['an envelope without a request', withoutRequest],
    ['an envelope whose request is null', withNullRequest],
    ['an envelope without context or session', withoutContext],
    ['a request whose type is not a string', withNumericType],
  ])('%s', async (_, envelope: () => RequestEnvelope) => {
    const onChargeSuccess = jest.fn();
    const onSetupSuccess = jest.fn();
    const skill = skillWithOwnHandler({ onChargeSuccess, onSetupSuccess });

    const response = await skill.invoke(envelope());

    expect(ssmlOf(response)).toBe(skillAnswer);
    expect(onChargeSuccess).not.toHaveBeenCalled();
    expect(onSetupSuccess).not.toHaveBeenCalled();
    expect(skill.seen).toEqual([undefined]);
    expect(response.response.card).toBeUndefined();
    expect(skill.events).toEqual([]);
  });

  it('a SessionEndedRequest the skill answers with nothing', async () => {
    const skill = skillWithOwnHandler();

    const response = await skill.invoke(
      requestEnvelope(
        {
          type: 'SessionEndedRequest',
          requestId: nextRequestId(),
          timestamp: fixtureTimestamp,
          reason: 'USER_INITIATED',
        },
        { locale: 'ja-JP' },
      ),
    );

    expect(response.response).toBeUndefined();
    expect(skill.seen).toEqual([undefined]);
    expect(skill.events).toEqual([]);
  });
});

describe('getPaymentOutcome', () => {
  it.each([
    ['no handler input', undefined],
    ['a null envelope', { requestEnvelope: null }],
    ['an envelope without a request', { requestEnvelope: {} }],
    ['a null request', { requestEnvelope: { request: null } }],
  ])('is undefined for %s', (_, input) => {
    expect(getPaymentOutcome(input as unknown as HandlerInput)).toBeUndefined();
  });
});

describe('the outcome hooks', () => {
  type Call = readonly [string, PaymentOutcome, boolean];

  // Each hook notes its name, its outcome and whether getPaymentOutcome gives that very object.
  function hookedSkill(
    hooks: readonly ('onSetupSuccess' | 'onChargeSuccess' | 'onChargePending')[],
  ) {
    const calls: Call[] = [];
    const options = Object.fromEntries(
      hooks.map((name) => [
        name,
        (input: HandlerInput, outcome: PaymentOutcome) => {
          calls.push([name, outcome, getPaymentOutcome(input) === outcome]);
          return input.responseBuilder.speak(name).getResponse();
        },
      ]),
    );
    return { skill: testSkill({ middleware: options }), calls };
  }

  it('calls each hook once, with its own outcome, and none for declines or errors', async () => {
    const { skill, calls } = hookedSkill(['onSetupSuccess', 'onChargeSuccess', 'onChargePending']);

    const setup = await skill.invoke(setupSuccessEnvelope());
    const charge = await skill.invoke(chargeSuccessEnvelope({ authorizationReferenceId: 'o-7' }));
    const pending = await skill.invoke(chargePendingEnvelope());
    await skill.invoke(chargeDeclinedEnvelope('AmazonRejected'));
    await skill.invoke(amazonPayErrorEnvelope('Setup', 'InvalidSellerId'));

    expect([ssmlOf(setup), ssmlOf(charge), ssmlOf(pending)]).toEqual([
      '<speak>onSetupSuccess</speak>',
      '<speak>onChargeSuccess</speak>',
      '<speak>onChargePending</speak>',
    ]);
    expect(calls).toEqual([
      ['onSetupSuccess', expect.objectContaining({ kind: 'success', operation: 'Setup' }), true],
      [
        'onChargeSuccess',
        expect.objectContaining({
          kind: 'success',
          operation: 'Charge',
          result: expect.objectContaining({
            authorizationDetails: expect.objectContaining({ authorizationReferenceId: 'o-7' }),
          }),
        }),
        true,
      ],
      ['onChargePending', expect.objectContaining({ kind: 'pending', operation: 'Charge' }), true],
    ]);
  });

  it('uses a Charge hook alone and leaves a successful Setup to the skill', async () => {
    const { skill, calls } = hookedSkill(['onChargeSuccess']);

    const charge = await skill.invoke(chargeSuccessEnvelope());
    const setup = await skill.invoke(setupSuccessEnvelope());

    expect(ssmlOf(charge)).toBe('<speak>onChargeSuccess</speak>');
    expect(ssmlOf(setup)).toBe('<speak>The skill handled the payment result. success</speak>');
    expect(calls.map(([name]) => name)).toEqual(['onChargeSuccess']);
    expect(skill.events).toEqual([]);
  });

  it.each([
    ['onSetupSuccess', setupSuccessEnvelope(), 'error.unexpected', 'Setup'],
    ['onChargeSuccess', chargeSuccessEnvelope(), 'success.charge', 'Charge'],
    ['onChargePending', chargePendingEnvelope(), 'pending.charge', 'Charge'],
  ] as const)(
    'answers for a %s hook that throws, and says so in the log',
    async (hook, envelope, key, operation) => {
      const skill = testSkill({
        middleware: {
          [hook]: () => {
            throw new Error('order service down');
          },
        },
      });

      const response = await skill.invoke(envelope);

      // Money moved after a Charge: never apologise for it. After a Setup nothing was bought.
      expect(ssmlOf(response)).toBe(expectedSpeech('en-US', key));
      expect(skill.events).toEqual([
        expect.objectContaining({
          kind: 'thrown',
          operation,
          error: { name: 'Error', message: 'order service down' },
        }),
      ]);
    },
  );

  // A skill may route Amazon Pay responses to the middleware's handler itself, without asking
  // its canHandle first: an outcome without a hook must still get a kind answer.
  it.each([
    ['a successful Setup with only a Charge hook', setupSuccessEnvelope(), ['onChargeSuccess']],
    ['a successful Charge without hooks', chargeSuccessEnvelope(), []],
    ['a successful Charge with only a Setup hook', chargeSuccessEnvelope(), ['onSetupSuccess']],
    ['a pending Charge without hooks', chargePendingEnvelope(), []],
  ] as const)(
    'answers kindly when its handler is asked about %s',
    async (_, envelope, hooks: readonly string[]) => {
      const events: AmazonPayLogEvent[] = [];
      const called: string[] = [];
      const middleware = createAmazonPayMiddleware({
        merchantName: 'Tea House',
        tokenSecret: 'a-secret-of-at-least-sixteen-chars',
        onError: (event) => {
          events.push(event);
        },
        ...Object.fromEntries(
          hooks.map((name) => [
            name,
            (input: HandlerInput) => {
              called.push(name);
              return input.responseBuilder.speak(name).getResponse();
            },
          ]),
        ),
      });
      const paymentHandler = middleware.requestHandlers[0] as RequestHandler;
      const skill = SkillBuilders.custom()
        .addRequestInterceptors(...middleware.requestInterceptors)
        .addRequestHandlers({
          canHandle: (input) => requestTypeOf(input) === 'Connections.Response',
          handle: (input) => paymentHandler.handle(input),
        })
        .create();

      const response = await skill.invoke(envelope);

      expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.unexpected'));
      expect(response.response.card).toBeUndefined();
      expect(called).toEqual([]);
      expect(events).toEqual([]);
    },
  );
});

describe('what the developer log says', () => {
  it('explains a decline with the reason the catalog knows', async () => {
    const skill = testSkill();
    const entry = lookupErrorCode('AmazonRejected', 'decline');

    await skill.invoke(chargeDeclinedEnvelope('AmazonRejected'));

    expect(entry).toBeDefined();
    expect(skill.events).toEqual([
      expect.objectContaining({
        kind: 'decline',
        message: entry?.developerMessage,
        correctiveAction: entry?.correctiveAction,
      }),
    ]);
  });

  it.each([
    ['SomethingNew', 'SomethingNew'],
    ['', '(none)'],
  ])('names an unknown decline reason (%j) and what to do', async (reason, named) => {
    const skill = testSkill();

    await skill.invoke(chargeDeclinedEnvelope(reason));

    expect(skill.events).toEqual([
      expect.objectContaining({
        kind: 'decline',
        message: `The authorization was declined with the reason ${named}, which the catalog does not know.`,
        correctiveAction: 'Do not fulfil the order; the customer can try again later.',
      }),
    ]);
  });

  it('names an unknown error code, once, and answers it without a detour through an exception', async () => {
    const skill = testSkill();

    const response = await skill.invoke(
      amazonPayErrorEnvelope('Charge', 'BrandNewSecretCode', { statusCode: 400 }),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.unexpected'));
    expect(skill.events).toEqual([
      expect.objectContaining({
        kind: 'error',
        code: 'BrandNewSecretCode',
        message:
          'Charge answered 400 with the code BrandNewSecretCode, which the catalog does not know for Charge.',
      }),
    ]);
  });

  it('explains a SUSPENDED billing agreement with the catalog entry of its reason', async () => {
    const skill = testSkill();
    const reason = lookupErrorCode('InvalidPaymentMethod', 'billing-agreement');

    await skill.invoke(setupSuccessEnvelope({ billingAgreementStatus: 'SUSPENDED' }));

    expect(reason).toBeDefined();
    expect(skill.events).toEqual([
      expect.objectContaining({
        kind: 'billing-agreement-not-open',
        message: reason?.developerMessage,
        correctiveAction: reason?.correctiveAction,
      }),
    ]);
  });

  it.each([
    ['CLOSED', 'CLOSED'],
    ['PAUSED', '(unknown)'],
  ])(
    'names a %s billing agreement, which no reason explains, and still lets the skill answer',
    async (status, named) => {
      const skill = testSkill();
      const envelope = setupSuccessEnvelope();
      const payload = (envelope.request as interfaces.connections.ConnectionsResponse).payload as {
        billingAgreementDetails: { billingAgreementStatus: string };
      };
      payload.billingAgreementDetails.billingAgreementStatus = status;

      const response = await skill.invoke(envelope);

      expect(ssmlOf(response)).toBe('<speak>The skill handled the payment result. success</speak>');
      expect(skill.events).toEqual([
        expect.objectContaining({
          kind: 'billing-agreement-not-open',
          message: `Setup returned a billing agreement in the status ${named}. Setup itself succeeded.`,
          correctiveAction:
            'Call Charge as usual; Amazon Pay answers it with the cause if it cannot charge.',
        }),
      ]);
    },
  );
});

describe('the consent card after MISSING_PERMISSIONS_TO_ACCESS_RESOURCE', () => {
  const inCurrency = (currencyCode: string, amount: string): ChargeInput => ({
    ...chargeInput,
    authorizeAttributes: {
      ...chargeInput.authorizeAttributes,
      authorizationAmount: { amount, currencyCode },
    },
  });

  // The request does not say Japan; the Charge that was sent does, or does not.
  it.each([
    ['a Charge in yen', inCurrency('JPY', '1000'), true],
    ['a Charge in dollars', inCurrency('USD', '12.50'), false],
  ])('is sent for %s: %s', async (_, charge, card) => {
    const store = storeSkill({}, charge);
    const sent = directiveOf(await store.invoke(buy({ consent: 'GRANTED' })));

    const response = await store.invoke(
      errorAnswerTo(sent, 'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE'),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'permission.requestAfterRefusal'));
    expect(response.response.card).toEqual(card ? consentCard : undefined);
  });

  it('costs no read of the stored payload for an error that never calls for a card', async () => {
    const items = new Map<string, Record<string, unknown>>();
    let reads = 0;
    const keyOf = (envelope: RequestEnvelope) => envelope.context.System.user.userId;
    const adapter: PersistenceAdapter = {
      getAttributes: (envelope) => {
        reads += 1;
        return Promise.resolve(items.get(keyOf(envelope)) ?? {});
      },
      saveAttributes: (envelope, attributes) => {
        items.set(keyOf(envelope), attributes);
        return Promise.resolve();
      },
    };
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));

    const response = await store.invoke(errorAnswerTo(sent, 'InvalidSellerId'));

    expect(items.size).toBe(1);
    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.shopCannotTakePayments'));
    expect(reads).toBe(0);
  });
});

describe('the permission request in Japan looks only at Amazon Pay directives', () => {
  function answeringWith(directive: object) {
    return testSkill({
      handlers: [
        {
          canHandle: (input) => input.requestEnvelope.request.type === 'IntentRequest',
          handle: (input) =>
            input.responseBuilder
              .speak('Here you go.')
              .addDirective(directive as interfaces.connections.SendRequestDirective)
              .withShouldEndSession(true)
              .getResponse(),
        },
      ],
    });
  }

  const inSkillPurchase = {
    type: 'Connections.SendRequest',
    name: 'Buy',
    payload: { InSkillProduct: { productId: 'amzn1.adg.product.tea' } },
    token: 'isp',
  };
  const dynamicEntities = { type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'CLEAR' };
  // Only the type makes a directive an Amazon Pay request, whatever else it carries.
  const otherNamedCharge = { type: 'Connections.StartConnection', uri: 'x', name: 'Charge' };
  const withoutPayload = { type: 'Connections.SendRequest', name: 'Setup', token: 'tok' };

  it.each([
    ['an in-skill purchase in Japan', inSkillPurchase, 'ja-JP'],
    ['a dialog directive in Japan', dynamicEntities, 'ja-JP'],
    ['a dialog directive in the US', dynamicEntities, 'en-US'],
    ['another directive named Charge in Japan', otherNamedCharge, 'ja-JP'],
    ['a Setup without a payload in the US', withoutPayload, 'en-US'],
  ])('lets %s go out untouched', async (_, directive, locale) => {
    const skill = answeringWith(directive);

    const response = await skill.invoke(intentRequestEnvelope('BuyIntent', { locale }));

    expect(response.response.directives).toEqual([directive]);
    expect(ssmlOf(response)).toBe('<speak>Here you go.</speak>');
    expect(response.response.card).toBeUndefined();
    expect(skill.events).toEqual([]);
  });

  it('lets a resend in Japan go out even when the response envelope shows no permission', async () => {
    const store = storeSkill();
    const sent = directiveOf(await store.invoke(buy({ locale: 'ja-JP', consent: 'GRANTED' })));

    const response = await store.invoke(
      errorAnswerTo(sent, 'InternalServerError', { locale: 'ja-JP', consent: 'absent' }),
    );

    expect(directiveOf(response).payload).toEqual(sent.payload);
    expect(response.response.card).toBeUndefined();
    expect(store.events.map((event) => event.kind)).toEqual(['error', 'resend']);
  });
});

describe('the permission helpers', () => {
  it('do not read an envelope whose fields are inherited rather than its own', () => {
    const envelope = Object.create(
      launchRequestEnvelope({ consent: 'GRANTED' }),
    ) as RequestEnvelope;

    expect(amazonPayPermissionStatus(envelope)).toBeUndefined();
  });
});
