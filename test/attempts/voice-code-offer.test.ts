import { SkillBuilders, type HandlerInput, type PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createAmazonPayMiddleware, type AmazonPayLogEvent } from '../../src';
import {
  intentRequestEnvelope,
  requestEnvelope,
  nextRequestId,
  fixtureTimestamp,
} from '../../src/testing';
import { MemoryAdapter } from '../support/memory-adapter';
import {
  chargeInput,
  buy,
  directiveOf,
  errorAnswerTo,
  nextInSession,
  setUp,
  storeSkill,
} from '../support/payment-skill';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf, testSkill } from '../support/skill';

const offerKey = 'ask-sdk-amazon-pay-middleware';
const greenTea = 'Our green tea is a sencha from Shizuoka.';

interface Seen {
  readonly request: string;
  readonly attributes: Record<string, unknown> | undefined;
}

const typeOf = (input: HandlerInput): string => input.requestEnvelope.request.type;
const intentOf = (input: HandlerInput): string | undefined => {
  const request = input.requestEnvelope.request;
  return request.type === 'IntentRequest' ? request.intent.name : undefined;
};
const sessionAttributes = (input: HandlerInput) =>
  input.requestEnvelope.session === undefined
    ? undefined
    : { ...input.attributesManager.getSessionAttributes() };

/**
 * A tea shop that asks yes/no questions of its own: any intent it does not know is answered with
 * "would you like to hear about our green tea?", and its yes handler answers that question.
 * With `carryOver`, it keeps its session attributes across sessions, as some skills do.
 */
function teaShop(
  options: {
    carryOver?: boolean;
    persistenceAdapter?: PersistenceAdapter;
    /**
     * Keeps its session state in a store of its own and puts it back on every turn: before
     * its handlers, in its error handler, or in a response interceptor after the middleware's.
     */
    restores?: 'before-its-handlers' | 'in-its-error-handler' | 'after-the-middleware';
    /** Holds its session attributes in an object of its own class, which may refuse deletions. */
    classAttributes?: boolean | 'refusing-deletion';
    /** Intents whose handler fails, so that the skill's own error handler answers the turn. */
    failingIntents?: readonly string[];
    /** Requests of this type on which its response interceptor fails, after keeping its state. */
    interceptorFailsOn?: string;
    /** What its own store holds before the first turn. */
    keptAtStart?: Record<string, unknown>;
  } = {},
) {
  const seen: Seen[] = [];
  const events: AmazonPayLogEvent[] = [];
  let carried: Record<string, unknown> = {};
  let kept: Record<string, unknown> = { ...options.keptAtStart };
  const attributesAfterTheMiddleware: unknown[] = [];
  class SessionState {
    [key: string]: unknown;
  }
  const restore = (input: HandlerInput) => {
    if (input.requestEnvelope.session === undefined) return;
    const current = input.attributesManager.getSessionAttributes();
    input.attributesManager.setSessionAttributes(
      options.classAttributes === 'refusing-deletion'
        ? new Proxy(Object.assign(new SessionState(), kept, current), {
            deleteProperty: () => false,
          })
        : options.classAttributes
          ? Object.assign(new SessionState(), kept, current)
          : { ...kept, ...current },
    );
  };
  const askAboutGreenTea = (input: HandlerInput) => {
    // In place, keeping whatever object holds the attributes.
    const attributes = input.attributesManager.getSessionAttributes();
    attributes.question = 'green tea';
    input.attributesManager.setSessionAttributes(attributes);
    return input.responseBuilder
      .speak('Would you like to hear about our green tea?')
      .withShouldEndSession(false)
      .getResponse();
  };
  const middleware = createAmazonPayMiddleware({
    merchantName: 'Tea House',
    tokenSecret: 'a-secret-of-at-least-sixteen-chars',
    onError: (event) => {
      events.push(event);
    },
    persistenceAdapter: options.persistenceAdapter,
  });
  const note = (input: HandlerInput) =>
    seen.push({ request: intentOf(input) ?? typeOf(input), attributes: sessionAttributes(input) });
  const skill = middleware
    .register(SkillBuilders.custom())
    .addRequestInterceptors((input) => {
      if (options.restores === 'before-its-handlers') restore(input);
      if (options.carryOver && input.requestEnvelope.session?.new === true)
        input.attributesManager.setSessionAttributes({
          ...carried,
          ...input.attributesManager.getSessionAttributes(),
        });
    })
    .addResponseInterceptors((input) => {
      if (options.restores === 'after-the-middleware') restore(input);
      if (input.requestEnvelope.session !== undefined) {
        attributesAfterTheMiddleware.push(input.attributesManager.getSessionAttributes());
        kept = { ...input.attributesManager.getSessionAttributes() };
      }
      if (options.carryOver && input.requestEnvelope.session !== undefined)
        carried = { ...input.attributesManager.getSessionAttributes() };
      if (typeOf(input) === options.interceptorFailsOn)
        throw new Error('The session table is unavailable.');
    })
    .addRequestHandlers(
      {
        canHandle: (input) => intentOf(input) === 'BuyIntent',
        handle: async (input) => {
          note(input);
          return input.responseBuilder
            .addDirective(await middleware.chargeDirective(input, chargeInput))
            .withShouldEndSession(true)
            .getResponse();
        },
      },
      {
        canHandle: (input) => intentOf(input) === 'AMAZON.YesIntent',
        handle: (input) => {
          note(input);
          const asked = input.attributesManager.getSessionAttributes().question === 'green tea';
          return input.responseBuilder.speak(asked ? greenTea : 'Yes to what?').getResponse();
        },
      },
      {
        canHandle: (input) => typeOf(input) === 'IntentRequest',
        handle: (input) => {
          note(input);
          if (options.failingIntents?.includes(intentOf(input) ?? ''))
            throw new Error('The menu table is unavailable.');
          return askAboutGreenTea(input);
        },
      },
      {
        canHandle: () => true,
        handle: (input) => {
          note(input);
          return input.responseBuilder.speak('Welcome to Tea House.').getResponse();
        },
      },
    )
    .addErrorHandlers({
      canHandle: () => true,
      handle: (input) => {
        if (options.restores === 'in-its-error-handler') restore(input);
        return askAboutGreenTea(input);
      },
    })
    .create();
  return {
    invoke: (envelope: RequestEnvelope) => skill.invoke(envelope),
    seen,
    events,
    attributesAfterTheMiddleware,
    SessionState,
  };
}

type Shop = ReturnType<typeof teaShop>;

/** Buys, and has the voice code fail: the middleware asks whether to try again. */
async function offerAfterFailedVoiceCode(shop: Shop) {
  const sent = directiveOf(await shop.invoke(buy()));
  const question = await shop.invoke(errorAnswerTo(sent, 'CustomerApprovalFailure'));
  expect(ssmlOf(question)).toBe(expectedSpeech('en-US', 'voiceCodeOffer.askToTryAgain'));
  expect(question.response.shouldEndSession).toBe(false);
  return { sent, question };
}

/** A new session of the same customer, as Alexa starts one: a new id, `new: true`. */
function inNewSession(envelope: RequestEnvelope, sessionId: string, isNew: boolean) {
  if (envelope.session !== undefined) {
    envelope.session.sessionId = sessionId;
    envelope.session.new = isNew;
  }
  return envelope;
}

const attributesOf = (response: ResponseEnvelope) => response.sessionAttributes ?? {};

describe('the offer to try a failed voice code again', () => {
  it('resends the identical directive on yes and ends politely on no (the control)', async () => {
    const shop = teaShop();
    const { sent, question } = await offerAfterFailedVoiceCode(shop);
    const no = teaShop();
    const declined = await offerAfterFailedVoiceCode(no);

    const yes = await shop.invoke(nextInSession(question, 'AMAZON.YesIntent'));
    const saidNo = await no.invoke(nextInSession(declined.question, 'AMAZON.NoIntent'));

    expect(JSON.stringify(directiveOf(yes).payload)).toBe(JSON.stringify(sent.payload));
    expect(yes.response.shouldEndSession).toBe(true);
    expect(yes.sessionAttributes).toEqual({});
    expect(ssmlOf(saidNo)).toBe(expectedSpeech('en-US', 'voiceCodeOffer.customerSaidNo'));
    expect(saidNo.response.shouldEndSession).toBe(true);
    expect(saidNo.sessionAttributes).toEqual({});
  });

  it.each(['AMAZON.HelpIntent', 'AMAZON.FallbackIntent', 'MenuIntent', 'AMAZON.RepeatIntent'])(
    'is withdrawn by %s, so a later yes answers the skill’s own question',
    async (intent) => {
      const shop = teaShop();
      const { question } = await offerAfterFailedVoiceCode(shop);

      const other = await shop.invoke(nextInSession(question, intent));
      const yes = await shop.invoke(nextInSession(other, 'AMAZON.YesIntent'));

      expect(ssmlOf(other)).toBe('<speak>Would you like to hear about our green tea?</speak>');
      expect(yes.response.directives).toBeUndefined();
      expect(ssmlOf(yes)).toBe(`<speak>${greenTea}</speak>`);
    },
  );

  it('reaches the skill’s handlers exactly as if no offer had been made', async () => {
    const shop = teaShop();
    const { question } = await offerAfterFailedVoiceCode(shop);

    const help = await shop.invoke(nextInSession(question, 'AMAZON.HelpIntent'));

    expect(shop.seen.at(-1)).toEqual({ request: 'AMAZON.HelpIntent', attributes: {} });
    expect(attributesOf(help)).toEqual({ question: 'green tea' });
    expect(shop.events.map((event) => event.kind)).toEqual(['error']);
  });

  it('is withdrawn when the session ends, and the skill sees the SessionEndedRequest', async () => {
    const shop = teaShop();
    const { question } = await offerAfterFailedVoiceCode(shop);
    const ended = requestEnvelope(
      {
        type: 'SessionEndedRequest',
        requestId: nextRequestId(),
        timestamp: fixtureTimestamp,
        reason: 'EXCEEDED_MAX_REPROMPTS',
      },
      { newSession: false, sessionAttributes: attributesOf(question) },
    );

    await shop.invoke(ended);

    expect(shop.seen.at(-1)).toEqual({ request: 'SessionEndedRequest', attributes: {} });
  });

  it('never resends in a later session of a skill that carries its session attributes over', async () => {
    const shop = teaShop({ carryOver: true });
    await offerAfterFailedVoiceCode(shop);

    const launch = await shop.invoke(
      inNewSession(
        requestEnvelope(
          { type: 'LaunchRequest', requestId: nextRequestId(), timestamp: fixtureTimestamp },
          { newSession: true },
        ),
        'amzn1.echo-api.session.LATER',
        true,
      ),
    );
    const yes = await shop.invoke(
      inNewSession(
        nextInSession(launch, 'AMAZON.YesIntent'),
        'amzn1.echo-api.session.LATER',
        false,
      ),
    );

    expect(yes.response.directives).toBeUndefined();
    expect(ssmlOf(yes)).toBe('<speak>Yes to what?</speak>');
    expect(shop.seen.at(-1)?.attributes).not.toHaveProperty(offerKey);
  });

  it('never resends in a later session that keeps the same id (as test fixtures do)', async () => {
    const shop = teaShop({ carryOver: true });
    await offerAfterFailedVoiceCode(shop);

    const launch = await shop.invoke(
      requestEnvelope(
        { type: 'LaunchRequest', requestId: nextRequestId(), timestamp: fixtureTimestamp },
        { newSession: true },
      ),
    );
    const yes = await shop.invoke(nextInSession(launch, 'AMAZON.YesIntent'));

    expect(yes.response.directives).toBeUndefined();
    expect(ssmlOf(yes)).toBe('<speak>Yes to what?</speak>');
  });

  it.each([
    ['of another session', 'amzn1.echo-api.session.LATER', false],
    ['that starts a session', undefined, true],
  ])(
    'never resends when the offer comes back in a request %s (restored before the skill runs)',
    async (_, sessionId, isNew) => {
      const shop = teaShop();
      const { question } = await offerAfterFailedVoiceCode(shop);
      const yes = nextInSession(question, 'AMAZON.YesIntent');
      inNewSession(yes, sessionId ?? yes.session?.sessionId ?? '', isNew);

      const response = await shop.invoke(yes);

      expect(response.response.directives).toBeUndefined();
      expect(ssmlOf(response)).toBe('<speak>Yes to what?</speak>');
    },
  );

  it('never resends on a yes from another user, which goes to the skill', async () => {
    const shop = teaShop();
    const { question } = await offerAfterFailedVoiceCode(shop);

    const yes = await shop.invoke(
      nextInSession(question, 'AMAZON.YesIntent', { userId: 'amzn1.ask.account.SOMEONE-ELSE' }),
    );

    expect(yes.response.directives).toBeUndefined();
    expect(ssmlOf(yes)).toBe('<speak>Yes to what?</speak>');
    expect(shop.seen.at(-1)).toEqual({ request: 'AMAZON.YesIntent', attributes: {} });
  });

  it.each(['AMAZON.HelpIntent', 'MenuIntent'])(
    'never resends after %s fails in a skill that restores its own session attributes on every turn',
    async (failing) => {
      const shop = teaShop({ restores: 'before-its-handlers', failingIntents: [failing] });
      const { question } = await offerAfterFailedVoiceCode(shop);

      // The skill's error handler answers the turn, after its interceptor restored the offer.
      const failed = await shop.invoke(nextInSession(question, failing));
      expect(ssmlOf(failed)).toBe('<speak>Would you like to hear about our green tea?</speak>');
      expect(attributesOf(failed)).not.toHaveProperty(offerKey);
      const yes = await shop.invoke(nextInSession(failed, 'AMAZON.YesIntent'));

      expect(yes.response.directives).toBeUndefined();
      expect(ssmlOf(yes)).toBe(`<speak>${greenTea}</speak>`);
    },
  );

  it.each([
    ['in its error handler', 'in-its-error-handler', ['AMAZON.HelpIntent']],
    ['in a response interceptor of its own', 'after-the-middleware', []],
  ] as const)(
    'never resends an offer the skill puts back %s, after the middleware’s last word',
    async (_, restores, failingIntents) => {
      const shop = teaShop({ restores, failingIntents });
      const { question } = await offerAfterFailedVoiceCode(shop);
      const other = await shop.invoke(nextInSession(question, failingIntents[0] ?? 'MenuIntent'));
      expect(attributesOf(other)).toHaveProperty(offerKey);

      const yes = await shop.invoke(nextInSession(other, 'AMAZON.YesIntent'));

      expect(yes.response.directives).toBeUndefined();
      expect(ssmlOf(yes)).toBe(`<speak>${greenTea}</speak>`);
    },
  );

  it('never resends an offer put back in another container, when an adapter keeps the records', async () => {
    const adapter = new MemoryAdapter();
    const first = teaShop({ persistenceAdapter: adapter, restores: 'in-its-error-handler' });
    const { question } = await offerAfterFailedVoiceCode(first);
    const help = await first.invoke(nextInSession(question, 'AMAZON.HelpIntent'));
    expect(attributesOf(help)).not.toHaveProperty(offerKey);
    const revived = { ...attributesOf(help), [offerKey]: attributesOf(question)[offerKey] };

    const second = teaShop({ persistenceAdapter: adapter });
    const yes = await second.invoke(
      nextInSession({ ...help, sessionAttributes: revived }, 'AMAZON.YesIntent'),
    );

    expect(yes.response.directives).toBeUndefined();
  });

  it('withdraws an offer from session attributes the skill holds in an object of its own class', async () => {
    const shop = teaShop({ restores: 'before-its-handlers', classAttributes: true });
    const { question } = await offerAfterFailedVoiceCode(shop);

    const help = await shop.invoke(nextInSession(question, 'AMAZON.HelpIntent'));

    expect(attributesOf(help)).not.toHaveProperty(offerKey);
    expect(attributesOf(help)).toHaveProperty('question', 'green tea');
    // Taken out in place: the skill's own interceptor, after the middleware's, still holds its class.
    const seenLast = shop.attributesAfterTheMiddleware.at(-1);
    expect(seenLast).toBeInstanceOf(shop.SessionState);
    expect(seenLast).not.toHaveProperty(offerKey);
  });

  it('withdraws an offer from session attributes that refuse to let it go, keeping the skill’s own', async () => {
    const shop = teaShop({ restores: 'before-its-handlers', classAttributes: 'refusing-deletion' });
    const { question } = await offerAfterFailedVoiceCode(shop);

    const help = await shop.invoke(nextInSession(question, 'AMAZON.HelpIntent'));

    expect(attributesOf(help)).not.toHaveProperty(offerKey);
    expect(attributesOf(help)).toHaveProperty('question', 'green tea');
  });

  it('never resends an offer made on a turn that then failed, even when the skill puts it back later', async () => {
    const shop = teaShop({
      interceptorFailsOn: 'Connections.Response',
      restores: 'in-its-error-handler',
      failingIntents: ['AMAZON.HelpIntent'],
    });
    const sent = directiveOf(await shop.invoke(buy()));
    // The middleware made the offer; the skill kept it in its own store, then failed.
    const failed = await shop.invoke(errorAnswerTo(sent, 'CustomerApprovalFailure'));
    expect(attributesOf(failed)).not.toHaveProperty(offerKey);
    const help = await shop.invoke(nextInSession(failed, 'AMAZON.HelpIntent'));
    expect(attributesOf(help)).toHaveProperty(offerKey);

    const yes = await shop.invoke(nextInSession(help, 'AMAZON.YesIntent'));

    expect(yes.response.directives).toBeUndefined();
    expect(ssmlOf(yes)).toBe(`<speak>${greenTea}</speak>`);
  });

  it('forgets the record of an offer made on a turn that then failed', async () => {
    const adapter = new MemoryAdapter();
    const shop = teaShop({
      persistenceAdapter: adapter,
      interceptorFailsOn: 'Connections.Response',
    });
    const sent = directiveOf(await shop.invoke(buy()));
    expect(adapter.items.size).toBe(1);

    const failed = await shop.invoke(errorAnswerTo(sent, 'CustomerApprovalFailure'));

    expect(attributesOf(failed)).not.toHaveProperty(offerKey);
    expect(adapter.items.size).toBe(0);
  });

  it('withdraws an offer it cannot read that the skill puts back, and the skill answers the turn', async () => {
    const shop = teaShop({
      restores: 'before-its-handlers',
      keptAtStart: { [offerKey]: { operation: 'Charge', token: 42 } },
    });

    const launch = await shop.invoke(
      requestEnvelope(
        { type: 'LaunchRequest', requestId: nextRequestId(), timestamp: fixtureTimestamp },
        { newSession: true },
      ),
    );

    expect(ssmlOf(launch)).toBe('<speak>Welcome to Tea House.</speak>');
    expect(attributesOf(launch)).not.toHaveProperty(offerKey);
  });

  it.each([
    ['a minute and a half later', 90_000],
    ['from a clock far behind', -120_000],
  ])('is not answered by a yes that comes %s', async (_, later) => {
    const shop = teaShop();
    const { question } = await offerAfterFailedVoiceCode(shop);
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + later);
    try {
      const yes = await shop.invoke(nextInSession(question, 'AMAZON.YesIntent'));

      expect(yes.response.directives).toBeUndefined();
      expect(ssmlOf(yes)).toBe('<speak>Yes to what?</speak>');
    } finally {
      clock.mockRestore();
    }
  });

  it.each([
    ['a minute to the millisecond', 60_000],
    ['from a clock five seconds behind', -5_000],
  ])('is answered by a yes that comes %s after it', async (_, later) => {
    const shop = teaShop();
    const { sent, question } = await offerAfterFailedVoiceCode(shop);
    const madeAt = (attributesOf(question)[offerKey] as { madeAt: number }).madeAt;
    const clock = jest.spyOn(Date, 'now').mockReturnValue(madeAt + later);
    try {
      const yes = await shop.invoke(nextInSession(question, 'AMAZON.YesIntent'));

      expect(directiveOf(yes).payload).toEqual(sent.payload);
    } finally {
      clock.mockRestore();
    }
  });

  it.each<[string, (offer: Record<string, unknown>) => void]>([
    ['a token that is not text', (offer) => (offer.token = 42)],
    ['no token', (offer) => delete offer.token],
    ['an operation that is not Setup or Charge', (offer) => (offer.operation = 'Refund')],
    ['no session id', (offer) => delete offer.sessionId],
    ['no customer', (offer) => delete offer.user],
    ['a time that is text', (offer) => (offer.madeAt = String(offer.madeAt))],
  ])('is not answered when the offer the yes brings back has %s', async (_, spoil) => {
    const shop = teaShop();
    const { question } = await offerAfterFailedVoiceCode(shop);
    const offer = { ...(attributesOf(question)[offerKey] as Record<string, unknown>) };
    spoil(offer);

    const yes = await shop.invoke(
      nextInSession({ ...question, sessionAttributes: { [offerKey]: offer } }, 'AMAZON.YesIntent'),
    );

    expect(yes.response.directives).toBeUndefined();
    expect(ssmlOf(yes)).toBe('<speak>Yes to what?</speak>');
  });

  it('is answered by a yes that comes within the minute Alexa keeps listening', async () => {
    const shop = teaShop();
    const { sent, question } = await offerAfterFailedVoiceCode(shop);
    const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 45_000);
    try {
      const yes = await shop.invoke(nextInSession(question, 'AMAZON.YesIntent'));

      expect(directiveOf(yes).payload).toEqual(sent.payload);
    } finally {
      clock.mockRestore();
    }
  });

  it('forgets its record when it is withdrawn', async () => {
    const adapter = new MemoryAdapter();
    const shop = teaShop({ persistenceAdapter: adapter });
    const { question } = await offerAfterFailedVoiceCode(shop);
    expect(adapter.items.size).toBe(1);

    await shop.invoke(nextInSession(question, 'AMAZON.HelpIntent'));

    expect(adapter.items.size).toBe(0);
  });
});

describe('the offer in the session', () => {
  it('asks in the customer’s language, with a reprompt, and keeps the session open', async () => {
    const store = storeSkill();
    const sent = directiveOf(await store.invoke(buy({ locale: 'fr-FR' })));

    const question = await store.invoke(
      errorAnswerTo(sent, 'CustomerApprovalFailure', { locale: 'fr-FR' }),
    );

    expect(ssmlOf(question)).toBe(expectedSpeech('fr-FR', 'voiceCodeOffer.askToTryAgain'));
    expect(question.response.reprompt?.outputSpeech).toEqual({
      type: 'SSML',
      ssml: expectedSpeech('fr-FR', 'voiceCodeOffer.askToTryAgainReprompt'),
    });
    expect(question.response.shouldEndSession).toBe(false);
  });

  it('sits beside the skill’s own session attributes until it is answered', async () => {
    const store = storeSkill();
    const sent = directiveOf(await store.invoke(buy()));
    const question = await store.invoke(
      errorAnswerTo(sent, 'CustomerApprovalFailure', {
        sessionAttributes: { favouriteTea: 'sencha' },
      }),
    );

    const yes = await store.invoke(nextInSession(question, 'AMAZON.YesIntent'));

    expect(Object.keys(attributesOf(question)).sort()).toEqual([offerKey, 'favouriteTea']);
    expect(yes.sessionAttributes).toEqual({ favouriteTea: 'sencha' });
  });

  it('leaves only the skill’s own session attributes after a no', async () => {
    const store = storeSkill();
    const sent = directiveOf(await store.invoke(buy()));
    const question = await store.invoke(
      errorAnswerTo(sent, 'CustomerApprovalFailure', {
        sessionAttributes: { favouriteTea: 'sencha' },
      }),
    );

    const no = await store.invoke(nextInSession(question, 'AMAZON.NoIntent'));

    expect(ssmlOf(no)).toBe(expectedSpeech('en-US', 'voiceCodeOffer.customerSaidNo'));
    expect(no.response.card).toBeUndefined();
    expect(no.sessionAttributes).toEqual({ favouriteTea: 'sencha' });
  });

  it('resends the identical Setup after a failed voice code during Setup', async () => {
    const store = storeSkill();
    const sent = directiveOf(await store.invoke(setUp()));
    const question = await store.invoke(errorAnswerTo(sent, 'CustomerApprovalFailure'));

    const retried = directiveOf(await store.invoke(nextInSession(question, 'AMAZON.YesIntent')));

    expect(retried.name).toBe('Setup');
    expect(JSON.stringify(retried.payload)).toBe(JSON.stringify(sent.payload));
  });

  it('is not made outside a session, where no answer could come back', async () => {
    const store = storeSkill();
    const sent = directiveOf(await store.invoke(buy()));

    const response = await store.invoke(
      errorAnswerTo(sent, 'CustomerApprovalFailure', { withSession: false }),
    );

    expect(ssmlOf(response)).toBe(
      expectedSpeech('en-US', 'afterAmazonPaySpoke.voiceCodeNotAccepted'),
    );
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('stops after the configured number of tries', async () => {
    const store = storeSkill({ retry: { voiceCodeRetries: 1 } });
    const sent = directiveOf(await store.invoke(buy()));
    const question = await store.invoke(errorAnswerTo(sent, 'CustomerApprovalFailure'));
    const retried = directiveOf(await store.invoke(nextInSession(question, 'AMAZON.YesIntent')));

    const again = await store.invoke(errorAnswerTo(retried, 'CustomerApprovalFailure'));

    expect(ssmlOf(again)).toBe(expectedSpeech('en-US', 'afterAmazonPaySpoke.voiceCodeNotAccepted'));
    expect(again.response.shouldEndSession).toBe(true);
  });

  it('is not made when the skill chose silence after Amazon Pay has spoken', async () => {
    const store = storeSkill({ afterAmazonPaySpoke: 'silent' });

    const response = await store.invoke(
      errorAnswerTo(directiveOf(await store.invoke(buy())), 'CustomerApprovalFailure'),
    );

    expect(response.response.outputSpeech).toBeUndefined();
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('apologises and ends the session when the attempt can no longer be read on yes', async () => {
    const adapter = new MemoryAdapter();
    // The skill keeps sessions open after errors: the apology must end this one all the same.
    const store = storeSkill({ persistenceAdapter: adapter, endSessionAfterError: false });
    const sent = directiveOf(await store.invoke(buy()));
    const question = await store.invoke(errorAnswerTo(sent, 'CustomerApprovalFailure'));
    adapter.items.clear(); // the table let the item expire while the customer thought about it

    const yes = await store.invoke(nextInSession(question, 'AMAZON.YesIntent'));

    expect(yes.response.directives).toBeUndefined();
    expect(ssmlOf(yes)).toBe(expectedSpeech('en-US', 'error.unexpected'));
    expect(yes.response.card).toBeUndefined();
    expect(yes.response.shouldEndSession).toBe(true);
    expect(yes.sessionAttributes).toEqual({});
  });
});

describe('yes and no that answer no offer of the middleware', () => {
  it.each(['AMAZON.YesIntent', 'AMAZON.NoIntent'])(
    'leave a %s to a question of the skill itself to the skill',
    async (intent) => {
      const store = storeSkill();

      const response = await store.invoke(
        intentRequestEnvelope(intent, { sessionAttributes: { question: 'another cup?' } }),
      );

      expect(ssmlOf(response)).toBe('<speak>The skill answered.</speak>');
      expect(response.sessionAttributes).toEqual({ question: 'another cup?' });
    },
  );

  it('leave a yes outside a session to the skill', async () => {
    const store = storeSkill();

    const response = await store.invoke(
      intentRequestEnvelope('AMAZON.YesIntent', { withSession: false }),
    );

    expect(ssmlOf(response)).toBe('<speak>The skill answered.</speak>');
  });

  it.each<[string, unknown]>([
    ['text instead of an offer', 'Charge'],
    ['an offer without a token', { operation: 'Charge' }],
    ['an offer with a token that is not text', { operation: 'Charge', token: 42 }],
    ['an offer without an operation', { token: 'a-token' }],
    ['an offer for an operation that is not Setup or Charge', { operation: 'Refund', token: 't' }],
  ])(
    'ignore %s under the offer’s session key and leave the yes to the skill',
    async (_, stored) => {
      const store = storeSkill();

      const response = await store.invoke(
        intentRequestEnvelope('AMAZON.YesIntent', { sessionAttributes: { [offerKey]: stored } }),
      );

      expect(response.response.directives).toBeUndefined();
      expect(ssmlOf(response)).toBe('<speak>The skill answered.</speak>');
    },
  );
});

describe('envelopes without a request', () => {
  const withoutRequest = (request: null | undefined): RequestEnvelope => {
    // A waiting offer too: a yes without a request answers nothing.
    const offer = { operation: 'Charge', token: 'a-token', sessionId: 'a-session', user: 'a-user' };
    const envelope = intentRequestEnvelope('AMAZON.YesIntent', {
      sessionAttributes: { favouriteTea: 'sencha', [offerKey]: offer },
    });
    if (request === undefined) delete (envelope as { request?: unknown }).request;
    else (envelope as unknown as { request: null }).request = request;
    return envelope;
  };

  it('go on to the skill’s own handlers', async () => {
    const skill = testSkill({
      handlers: [
        {
          canHandle: () => true,
          handle: (input) => input.responseBuilder.speak('Hello.').getResponse(),
        },
      ],
    });

    const response = await skill.invoke(withoutRequest(undefined));

    expect(ssmlOf(response)).toBe('<speak>Hello.</speak>');
    expect(response.sessionAttributes).toEqual({ favouriteTea: 'sencha' });
  });

  it.each([
    ['no request', undefined],
    ['a null request', null],
  ] as const)(
    'with %s, are answered in the default language when a skill handler fails and the middleware catches all errors',
    async (_, request) => {
      const skill = testSkill({
        middleware: { catchAllErrors: true },
        ownErrorHandler: false,
        handlers: [
          {
            canHandle: () => true,
            handle: () => {
              throw new Error('the tea catalogue is unreachable');
            },
          },
        ],
      });

      const response = await skill.invoke(withoutRequest(request));

      expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.unexpected'));
      expect(response.response.shouldEndSession).toBe(true);
      expect(skill.events).toEqual([
        expect.objectContaining({
          kind: 'thrown',
          error: { name: 'Error', message: 'the tea catalogue is unreachable' },
        }),
      ]);
    },
  );
});
