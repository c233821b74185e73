import { SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  createAmazonPayMiddleware,
  isAmazonPayPersistenceError,
  type AmazonPayLogEvent,
} from '../../src';
import { chargeSuccessEnvelope } from '../../src/testing';
import { MemoryAdapter, never } from '../support/memory-adapter';
import {
  buy,
  chargeInput,
  directiveOf,
  errorAnswerTo,
  nextInSession,
  storeSkill,
  successAnswerTo,
} from '../support/payment-skill';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf } from '../support/skill';

// Short, so that the suite does not wait: the default limit is tested once, below.
const persistenceTimeoutMs = 20;

/**
 * The answer, or a failure when none came within a generous two seconds: a skill that waits
 * for a hung store would never answer, and the test must end all the same.
 */
async function answerOf<T>(pending: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer within two seconds')), 2000);
  });
  try {
    return await Promise.race([pending, late]);
  } finally {
    clearTimeout(timer);
  }
}

const chargeWentThrough = {
  amazonOrderReferenceId: 'S01',
  authorizationDetails: { authorizationStatus: { state: 'Closed' } },
};

describe('a persistence adapter whose delete never answers', () => {
  it('never holds up a successful Charge on its way to the skill’s handler', async () => {
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));
    adapter.deleteAttributes = () => never();

    const answer = await answerOf(store.invoke(successAnswerTo(sent, chargeWentThrough)));

    expect(ssmlOf(answer)).toBe('<speak>The skill answered.</speak>');
  });

  it('never holds up the answer to an error that ends the attempt', async () => {
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));
    adapter.deleteAttributes = () => never();

    const answer = await answerOf(store.invoke(errorAnswerTo(sent, 'InvalidSellerId')));

    expect(ssmlOf(answer)).toBe(expectedSpeech('en-US', 'error.shopCannotTakePayments'));
  });
});

describe('a persistence adapter whose read never answers', () => {
  it.each([
    ['InternalServerError', 'error.amazonPayUnavailable'],
    ['CustomerApprovalFailure', 'afterAmazonPaySpoke.voiceCodeNotAccepted'],
  ] as const)(
    'answers %s as if there were no record: with %s and no resend',
    async (code, promptKey) => {
      const adapter = new MemoryAdapter();
      const store = storeSkill({ persistenceAdapter: adapter, persistenceTimeoutMs });
      const sent = directiveOf(await store.invoke(buy()));
      adapter.getAttributes = () => never();

      const answer = await answerOf(store.invoke(errorAnswerTo(sent, code)));

      expect(answer.response.directives).toBeUndefined();
      expect(ssmlOf(answer)).toBe(expectedSpeech('en-US', promptKey));
    },
  );

  it('answers a permission error for a Charge in yen, without the card it cannot know about', async () => {
    const adapter = new MemoryAdapter();
    const yen = {
      ...chargeInput,
      authorizeAttributes: {
        ...chargeInput.authorizeAttributes,
        authorizationAmount: { amount: '1000', currencyCode: 'JPY' },
      },
    };
    const store = storeSkill({ persistenceAdapter: adapter, persistenceTimeoutMs }, yen);
    const sent = directiveOf(await store.invoke(buy({ consent: 'GRANTED' })));
    adapter.getAttributes = () => never();

    const answer = await answerOf(
      store.invoke(errorAnswerTo(sent, 'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE')),
    );

    expect(ssmlOf(answer)).toBe(expectedSpeech('en-US', 'permission.requestAfterRefusal'));
  });

  it('answers a yes to the offer with an apology', async () => {
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter, persistenceTimeoutMs });
    const question = await store.invoke(
      errorAnswerTo(directiveOf(await store.invoke(buy())), 'CustomerApprovalFailure'),
    );
    adapter.getAttributes = () => never();

    const answer = await answerOf(store.invoke(nextInSession(question, 'AMAZON.YesIntent')));

    expect(ssmlOf(answer)).toBe(expectedSpeech('en-US', 'error.unexpected'));
  });

  it('waits no longer than the default limit of half a second, and says so in the log', async () => {
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));
    adapter.getAttributes = () => never();

    const answer = await answerOf(store.invoke(errorAnswerTo(sent, 'ServiceUnavailable')));

    expect(ssmlOf(answer)).toBe(expectedSpeech('en-US', 'error.amazonPayUnavailable'));
    expect(store.events.map((event) => event.kind)).toEqual(['error', 'persistence-failed']);
    expect(store.events[1]?.message).toContain('did not answer within 500 ms');
  });
});

describe('a persistence adapter whose save fails or never answers', () => {
  function shopThatCatches(adapter: MemoryAdapter) {
    const caught: unknown[] = [];
    const events: AmazonPayLogEvent[] = [];
    const middleware = createAmazonPayMiddleware({
      merchantName: 'Tea House',
      tokenSecret: 'a-secret-of-at-least-sixteen-chars',
      persistenceAdapter: adapter,
      persistenceTimeoutMs,
      onError: (event) => {
        events.push(event);
      },
    });
    const skill = middleware
      .register(SkillBuilders.custom())
      .addRequestHandlers({
        canHandle: () => true,
        handle: async (input) => {
          try {
            const charge = await middleware.chargeDirective(input, chargeInput);
            return input.responseBuilder.addDirective(charge).getResponse();
          } catch (error) {
            caught.push(error);
            return input.responseBuilder.speak('Sorry, please try again later.').getResponse();
          }
        },
      })
      .create();
    return { invoke: (envelope: RequestEnvelope) => skill.invoke(envelope), caught, events };
  }

  it.each([
    ['never answers', () => never()],
    ['fails', () => Promise.reject(new Error('ProvisionedThroughputExceededException'))],
  ])('rejects the directive helper with a typed error when it %s', async (_, save) => {
    const adapter = new MemoryAdapter();
    adapter.saveAttributes = save;
    const shop = shopThatCatches(adapter);

    const answer = await answerOf(shop.invoke(buy()));

    expect(ssmlOf(answer)).toBe('<speak>Sorry, please try again later.</speak>');
    expect(shop.caught).toHaveLength(1);
    expect(isAmazonPayPersistenceError(shop.caught[0])).toBe(true);
    expect(shop.events).toEqual([expect.objectContaining({ kind: 'persistence-failed' })]);
  });

  it('lets the middleware answer the typed error kindly when the skill does not catch it', async () => {
    const adapter = new MemoryAdapter();
    adapter.saveAttributes = () => Promise.reject(new Error('table unavailable'));
    const store = storeSkill({ persistenceAdapter: adapter });

    const answer = await store.invoke(buy());

    // The shop's own store failed before anything went to Amazon Pay: nothing was bought.
    expect(ssmlOf(answer)).toBe(expectedSpeech('en-US', 'error.unexpected'));
    expect(answer.response.directives).toBeUndefined();
    expect(store.events.map((event) => event.kind)).toEqual(['persistence-failed', 'thrown']);
  });
});

describe('a successful Charge reaches the skill however the adapter behaves', () => {
  it.each([
    ['rejects', () => Promise.reject(new Error('boom'))],
    [
      'throws',
      () => {
        throw new Error('boom');
      },
    ],
    ['never answers', () => never()],
  ])('when its delete %s', async (_, remove) => {
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));
    adapter.deleteAttributes = remove;

    const answer = await answerOf(
      store.invoke({ ...chargeSuccessEnvelope({}, { token: sent.token }) }),
    );

    expect(ssmlOf(answer)).toBe('<speak>The skill answered.</speak>');
  });
});
