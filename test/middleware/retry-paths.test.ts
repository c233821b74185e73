import { SkillBuilders, type HandlerInput, type PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createAmazonPayMiddleware, type AmazonPayLogEvent } from '../../src';
import { retrySessionKey } from '../../src/middleware/retries';
import { amazonPayErrorEnvelope, intentRequestEnvelope } from '../../src/testing';
import {
  buy,
  directiveOf,
  errorAnswerTo,
  nextInSession,
  setUp,
  storeSkill,
  successAnswerTo,
} from '../support/payment-skill';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf, testSkill } from '../support/skill';

/** A persistence adapter that keeps items in memory, keyed by user id as the ASK adapters do. */
class MemoryAdapter implements PersistenceAdapter {
  readonly items = new Map<string, Record<string, unknown>>();

  async getAttributes(envelope: RequestEnvelope) {
    return this.items.get(envelope.context.System.user.userId) ?? {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>) {
    this.items.set(envelope.context.System.user.userId, attributes);
  }

  async deleteAttributes(envelope: RequestEnvelope) {
    this.items.delete(envelope.context.System.user.userId);
  }
}

const chargeWentThrough = {
  amazonOrderReferenceId: 'S01',
  authorizationDetails: { authorizationStatus: { state: 'Closed' } },
};

/** The intent of a request, read without assuming the envelope has a request at all. */
const intentOf = (input: HandlerInput): unknown => {
  const request: unknown = input.requestEnvelope.request;
  return (request as { intent?: { name?: unknown } } | null | undefined)?.intent?.name;
};

/**
 * A shop whose own request interceptor counts the turns of a session in a session attribute,
 * and whose last handler answers anything, even an envelope without a request.
 */
function turnCountingShop() {
  const middleware = createAmazonPayMiddleware({
    merchantName: 'Tea House',
    tokenSecret: 'a-secret-of-at-least-sixteen-chars',
    onError: () => undefined,
  });
  const skill = middleware
    .register(SkillBuilders.custom())
    .addRequestInterceptors((input) => {
      if (input.requestEnvelope.session === undefined) return;
      const attributes = input.attributesManager.getSessionAttributes();
      const turns = typeof attributes.turns === 'number' ? attributes.turns : 0;
      input.attributesManager.setSessionAttributes({ ...attributes, turns: turns + 1 });
    })
    .addRequestHandlers(
      {
        canHandle: (input) => intentOf(input) === 'BuyIntent',
        handle: async (input) =>
          input.responseBuilder
            .addDirective(
              await middleware.chargeDirective(input, {
                sellerId: 'A1SELLER',
                billingAgreementId: 'C01-0000000-0000001',
                paymentAction: 'AuthorizeAndCapture',
                authorizeAttributes: {
                  authorizationReferenceId: 'order-0002',
                  authorizationAmount: { amount: '4.20', currencyCode: 'USD' },
                },
              }),
            )
            .withShouldEndSession(true)
            .getResponse(),
      },
      {
        canHandle: () => true,
        handle: (input) => input.responseBuilder.speak('The skill answered.').getResponse(),
      },
    )
    .create();
  return (envelope: RequestEnvelope) => skill.invoke(envelope);
}

const withoutRequest = (request: null | undefined): RequestEnvelope => {
  const envelope = intentRequestEnvelope('AMAZON.YesIntent');
  if (request === undefined) delete (envelope as { request?: unknown }).request;
  else (envelope as unknown as { request: null }).request = request;
  return envelope;
};

describe('the payload kept in a persistence adapter', () => {
  it('is kept through a voice-code offer and its yes, and deleted once the charge goes through', async () => {
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));
    expect(adapter.items.size).toBe(1);

    const question = await store.invoke(errorAnswerTo(sent, 'CustomerApprovalFailure'));
    expect(ssmlOf(question)).toBe(expectedSpeech('en-US', 'voiceCodeOffer.askToTryAgain'));
    expect(adapter.items.size).toBe(1);

    const retried = directiveOf(await store.invoke(nextInSession(question, 'AMAZON.YesIntent')));
    expect(JSON.stringify(retried.payload)).toBe(JSON.stringify(sent.payload));
    expect(adapter.items.size).toBe(1);

    await store.invoke(successAnswerTo(retried, chargeWentThrough));
    expect(adapter.items.size).toBe(0);
  });

  it('is deleted when the customer says no to trying the voice code again', async () => {
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));
    const question = await store.invoke(errorAnswerTo(sent, 'CustomerApprovalFailure'));

    const no = await store.invoke(nextInSession(question, 'AMAZON.NoIntent'));

    expect(no.response.directives).toBeUndefined();
    expect(ssmlOf(no)).toBe(expectedSpeech('en-US', 'voiceCodeOffer.customerSaidNo'));
    expect(no.response.card).toBeUndefined();
    expect(no.response.shouldEndSession).toBe(true);
    expect(adapter.items.size).toBe(0);
  });

  it('is deleted after a code the middleware does not know, which is answered, not resent, and logged once', async () => {
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));

    const response = await store.invoke(
      amazonPayErrorEnvelope('Charge', 'BrandNewCode', { statusCode: 400 }, { token: sent.token }),
    );

    expect(response.response.directives).toBeUndefined();
    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.unexpected'));
    expect(store.events).toEqual([
      expect.objectContaining({ kind: 'error', code: 'BrandNewCode' }),
    ]);
    expect(adapter.items.size).toBe(0);
  });

  it('is deleted when a failed voice code arrives outside a session, where no offer can wait', async () => {
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));

    const response = await store.invoke(
      errorAnswerTo(sent, 'CustomerApprovalFailure', { withSession: false }),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'afterAmazonPaySpoke.nothingBought'));
    expect(response.response.shouldEndSession).toBe(true);
    expect(store.events.map((event) => event.kind)).toEqual(['error']);
    expect(adapter.items.size).toBe(0);
  });
});

describe('a yes to trying a failed voice code again', () => {
  it('resends the identical Setup directive after a failed voice code during Setup', async () => {
    const store = storeSkill();
    const sent = directiveOf(await store.invoke(setUp()));
    const question = await store.invoke(errorAnswerTo(sent, 'CustomerApprovalFailure'));

    const retried = directiveOf(await store.invoke(nextInSession(question, 'AMAZON.YesIntent')));

    expect(retried.name).toBe('Setup');
    expect(JSON.stringify(retried.payload)).toBe(JSON.stringify(sent.payload));
  });

  it('apologises and ends the session when the attempt can no longer be read', async () => {
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

describe('the session attributes of the skill around a voice-code offer', () => {
  it('sit beside the offer and are all that is left after a yes', async () => {
    const invoke = turnCountingShop();
    const sent = directiveOf(await invoke(buy()));
    const question = await invoke(errorAnswerTo(sent, 'CustomerApprovalFailure'));

    const yes = await invoke(nextInSession(question, 'AMAZON.YesIntent'));

    expect(question.sessionAttributes).toEqual({
      turns: 1,
      [retrySessionKey]: { operation: 'Charge', token: sent.token },
    });
    expect(JSON.stringify(directiveOf(yes).payload)).toBe(JSON.stringify(sent.payload));
    expect(yes.sessionAttributes).toEqual({ turns: 2 });
  });

  it('are all that is left after a no', async () => {
    const invoke = turnCountingShop();
    const question = await invoke(
      errorAnswerTo(directiveOf(await invoke(buy())), 'CustomerApprovalFailure'),
    );

    const no = await invoke(nextInSession(question, 'AMAZON.NoIntent'));

    expect(ssmlOf(no)).toBe(expectedSpeech('en-US', 'voiceCodeOffer.customerSaidNo'));
    expect(no.sessionAttributes).toEqual({ turns: 2 });
  });
});

describe('yes and no that answer no offer of the middleware', () => {
  it.each(['AMAZON.YesIntent', 'AMAZON.NoIntent'])(
    'leaves a %s to a question of the skill itself to the skill',
    async (intent) => {
      const store = storeSkill();

      const response = await store.invoke(
        intentRequestEnvelope(intent, { sessionAttributes: { question: 'another cup?' } }),
      );

      expect(ssmlOf(response)).toBe('<speak>The skill answered.</speak>');
      expect(response.sessionAttributes).toEqual({ question: 'another cup?' });
    },
  );

  it('leaves a yes outside a session to the skill', async () => {
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
  ])('ignores %s under its session key and leaves the yes to the skill', async (_, stored) => {
    const store = storeSkill();

    const response = await store.invoke(
      intentRequestEnvelope('AMAZON.YesIntent', {
        sessionAttributes: { [retrySessionKey]: stored },
      }),
    );

    expect(response.response.directives).toBeUndefined();
    expect(ssmlOf(response)).toBe('<speak>The skill answered.</speak>');
  });
});

describe('resends in the developer log', () => {
  it('say which operation, status and code, and which resend out of how many', async () => {
    const store = storeSkill({ retry: { maxRetries: 2 } });
    const sent = directiveOf(await store.invoke(buy()));
    const resent = directiveOf(await store.invoke(errorAnswerTo(sent, 'InternalServerError')));

    await store.invoke(errorAnswerTo(resent, 'ServiceUnavailable'));

    const resends: AmazonPayLogEvent[] = store.events.filter((event) => event.kind === 'resend');
    expect(resends).toEqual([
      expect.objectContaining({
        code: 'InternalServerError',
        operation: 'Charge',
        httpStatus: 500,
        message:
          'Charge answered InternalServerError; the identical directive was sent again (resend 1 of 2).',
        correctiveAction:
          'None, unless it keeps happening: then look at Amazon Pay’s service status.',
      }),
      expect.objectContaining({
        code: 'ServiceUnavailable',
        operation: 'Charge',
        message:
          'Charge answered ServiceUnavailable; the identical directive was sent again (resend 2 of 2).',
      }),
    ]);
  });
});

describe('envelopes without a request', () => {
  it('go on to the skill’s own handlers', async () => {
    const invoke = turnCountingShop();

    const response = await invoke(withoutRequest(undefined));

    expect(ssmlOf(response)).toBe('<speak>The skill answered.</speak>');
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
