import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { AmazonPayConfigurationError, createAmazonPayMiddleware } from '../../src';
import { TokenSigner } from '../../src/attempts/token-signer';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf } from '../support/skill';
import {
  buy,
  directiveOf,
  errorAnswerTo,
  nextInSession,
  storeSkill,
  type SendRequest,
} from '../support/payment-skill';

const prefix = 'ask-sdk-amazon-pay-middleware: ';

/** The error creating the middleware throws, or a failure when it throws none. */
function creationError(options: unknown): unknown {
  try {
    createAmazonPayMiddleware(options as never);
  } catch (error) {
    return error;
  }
  throw new Error('the middleware was created');
}

/** Creating the Tea House middleware with one more option. */
const creatingWith = (extra: Record<string, unknown>) => () =>
  createAmazonPayMiddleware({ merchantName: 'Tea House', ...extra } as never);

function expectRejected(extra: Record<string, unknown>, option: string, message: string) {
  const error = creationError({ merchantName: 'Tea House', ...extra });

  expect(error).toBeInstanceOf(AmazonPayConfigurationError);
  expect(error).toMatchObject({ option, message: `${prefix}options.${option} ${message}` });
}

describe('the options object itself', () => {
  it.each([null, 'Tea House', ['Tea House'], 42])(
    'is refused when it is %j rather than an object',
    (options) => {
      const error = creationError(options);

      expect(error).toBeInstanceOf(AmazonPayConfigurationError);
      expect(error).toMatchObject({
        option: '',
        message: `${prefix}options must be an object with at least merchantName`,
      });
    },
  );

  it('names every option when one is misspelt', () => {
    expectRejected(
      { tokenTTLSeconds: 900 },
      'tokenTTLSeconds',
      'is not an option; the options are merchantName, prompts, defaultLocale, onError, ' +
        'afterAmazonPaySpoke, endSessionAfterError, catchAllErrors, onSetupSuccess, ' +
        'onChargeSuccess, onChargePending, tokenSecret, tokenTtlSeconds, persistenceAdapter, ' +
        'persistenceTimeoutMs, retry',
    );
  });
});

describe('tokenTtlSeconds', () => {
  const problem = 'must be a whole number from 60 to 86400';

  it.each([59, 0, -900, 86_401, 900.5, '900', Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %p',
    (tokenTtlSeconds) => {
      expectRejected({ tokenTtlSeconds }, 'tokenTtlSeconds', problem);
    },
  );

  it.each([60, 86_400])('accepts %p', (tokenTtlSeconds) => {
    expect(creatingWith({ tokenTtlSeconds })).not.toThrow();
  });

  // Pins the clock so that a token issued now expires on an exact second.
  async function resendsAfter(seconds: number, options: Record<string, unknown> = {}) {
    const issuedAt = 1_700_000_000_000;
    const clock = jest.spyOn(Date, 'now').mockReturnValue(issuedAt);
    try {
      const store = storeSkill(options);
      const sent = directiveOf(await store.invoke(buy()));
      clock.mockReturnValue(issuedAt + seconds * 1000);
      const response = await store.invoke(errorAnswerTo(sent, 'InternalServerError'));
      return response.response.directives !== undefined;
    } finally {
      clock.mockRestore();
    }
  }

  it('keeps a directive resendable for 15 minutes by default', async () => {
    expect(await resendsAfter(899)).toBe(true);
    expect(await resendsAfter(900)).toBe(false);
  });

  it('keeps a directive resendable for a whole day at most', async () => {
    expect(await resendsAfter(86_399, { tokenTtlSeconds: 86_400 })).toBe(true);
    expect(await resendsAfter(86_400, { tokenTtlSeconds: 86_400 })).toBe(false);
  });
});

describe('tokenSecret', () => {
  const tooShort = 'must be a string of at least 16 characters, or a list of them';
  const sixteen = 'sixteen-chars-ok';

  it.each([
    ['a short secret', 'fifteen-chars!!'],
    ['an empty secret', ''],
    ['a number', 1_234_567_890_123_456],
    ['an object', { secret: 'a-secret-of-at-least-sixteen-chars' }],
    ['null', null],
    ['a list with a short secret', ['a-secret-of-at-least-sixteen-chars', 'short']],
    ['a list with a number', [1_234_567_890_123_456]],
  ])('refuses %s', (_, tokenSecret) => {
    expectRejected({ tokenSecret }, 'tokenSecret', tooShort);
  });

  it('refuses an empty list, which would silently fall back to the built-in key', () => {
    expectRejected({ tokenSecret: [] }, 'tokenSecret', 'must hold at least one secret');
  });

  it('signs with a secret of exactly 16 characters', async () => {
    const sent = directiveOf(await storeSkill({ tokenSecret: sixteen }).invoke(buy()));

    expect(new TokenSigner([sixteen]).open(sent.token)).toMatchObject({ operation: 'Charge' });
  });

  it('signs with the built-in key when the skill sets no secret', async () => {
    const sent = directiveOf(await storeSkill({ tokenSecret: undefined }).invoke(buy()));

    expect(new TokenSigner([]).open(sent.token)).toMatchObject({ operation: 'Charge' });
    expect(new TokenSigner([sixteen]).open(sent.token)).toBeUndefined();
  });
});

describe('persistenceAdapter', () => {
  const problem = 'must be an ASK persistence adapter (getAttributes, saveAttributes)';
  const noop = () => Promise.resolve({});

  it.each([
    ['null', null],
    ['a table name', 'tea-house-skill'],
    ['an empty object', {}],
    ['an adapter that cannot save', { getAttributes: noop }],
    ['an adapter that cannot read', { saveAttributes: noop }],
    ['an adapter whose methods are not functions', { getAttributes: 1, saveAttributes: 1 }],
  ])('refuses %s', (_, persistenceAdapter) => {
    expectRejected({ persistenceAdapter }, 'persistenceAdapter', problem);
  });

  it('accepts an adapter with only getAttributes and saveAttributes, and keeps payloads in it', async () => {
    const items = new Map<string, Record<string, unknown>>();
    const idOf = (envelope: RequestEnvelope) => JSON.stringify(envelope.context);
    const adapter: PersistenceAdapter = {
      getAttributes: (envelope) => Promise.resolve(items.get(idOf(envelope)) ?? {}),
      saveAttributes: (envelope, attributes) => {
        items.set(idOf(envelope), attributes);
        return Promise.resolve();
      },
    };
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));

    const resent = directiveOf(await store.invoke(errorAnswerTo(sent, 'InternalServerError')));

    expect(items.size).toBe(1);
    expect(JSON.stringify(resent.payload)).toBe(JSON.stringify(sent.payload));
  });
});

describe('persistenceTimeoutMs', () => {
  const problem = 'must be a whole number from 10 to 5000';

  it.each([0, 9, 5001, 250.5, '250', -1, Number.NaN, Number.POSITIVE_INFINITY, null])(
    'refuses %p',
    (persistenceTimeoutMs) => {
      expectRejected({ persistenceTimeoutMs }, 'persistenceTimeoutMs', problem);
    },
  );

  it.each([10, 5000])('accepts %p', (persistenceTimeoutMs) => {
    expect(creatingWith({ persistenceTimeoutMs })).not.toThrow();
  });
});

describe('retry', () => {
  it.each([
    ['a number', 2],
    ['a word', 'often'],
    ['a list', ['maxRetries']],
    ['an empty list', []],
  ])('refuses %s instead of an object', (_, retry) => {
    expectRejected({ retry }, 'retry', 'must be an object');
  });

  it('names every retry option when one is misspelt', () => {
    expectRejected(
      { retry: { maxRetries: 1, maxRetry: 2 } },
      'retry.maxRetry',
      'is not an option; the options are maxRetries, codes, sayOneMoment, voiceCodeRetries',
    );
  });

  it.each([
    ['a single code instead of a list', 'InternalServerError'],
    ['a code that is never resent', ['InternalServerError', 'InvalidPaymentMethod']],
    ['a code in the wrong case', ['internalServerError']],
  ])('refuses codes given as %s', (_, codes) => {
    expectRejected(
      { retry: { codes } },
      'retry.codes',
      'must list only InternalServerError, ServiceUnavailable, RequestThrottled; ' +
        'nothing else is ever resent',
    );
  });

  it('refuses a sayOneMoment that is not true or false', () => {
    expectRejected(
      { retry: { sayOneMoment: 'yes' } },
      'retry.sayOneMoment',
      'must be true or false',
    );
  });

  it('resends nothing when the skill lists no codes', async () => {
    const store = storeSkill({ retry: { codes: [] } });
    const sent = directiveOf(await store.invoke(buy()));

    const response = await store.invoke(errorAnswerTo(sent, 'InternalServerError'));

    expect(response.response.directives).toBeUndefined();
    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.amazonPayUnavailable'));
  });

  describe.each(['maxRetries', 'voiceCodeRetries'])('%s', (name) => {
    const problem = 'must be a whole number from 0 to 3';

    it.each([-1, 4, 1.5, '1', Number.NaN, null])('refuses %p', (value) => {
      expectRejected({ retry: { [name]: value } }, `retry.${name}`, problem);
    });

    it.each([0, 3])('accepts %p', (value) => {
      expect(creatingWith({ retry: { [name]: value } })).not.toThrow();
    });
  });

  /** The directives a skill sends while Amazon Pay keeps answering InternalServerError. */
  async function resendsUntilItGivesUp(options: Record<string, unknown> = {}) {
    const store = storeSkill(options);
    let directive: SendRequest = directiveOf(await store.invoke(buy()));
    let resends = 0;
    for (;;) {
      const response = await store.invoke(errorAnswerTo(directive, 'InternalServerError'));
      if (response.response.directives === undefined) {
        expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.amazonPayUnavailable'));
        return resends;
      }
      directive = directiveOf(response);
      resends += 1;
      if (resends > 5) return resends;
    }
  }

  it('resends after a server error once by default, never with 0 and three times with 3', async () => {
    expect(await resendsUntilItGivesUp()).toBe(1);
    expect(await resendsUntilItGivesUp({ retry: { maxRetries: 0 } })).toBe(0);
    expect(await resendsUntilItGivesUp({ retry: { maxRetries: 3 } })).toBe(3);
  });

  /** How often the customer is offered another try while every voice code fails. */
  async function voiceCodeOffers(options: Record<string, unknown> = {}) {
    const store = storeSkill(options);
    let directive: SendRequest = directiveOf(await store.invoke(buy()));
    let offers = 0;
    for (;;) {
      const answer = await store.invoke(errorAnswerTo(directive, 'CustomerApprovalFailure'));
      if (answer.response.shouldEndSession !== false) {
        expect(ssmlOf(answer)).toBe(
          expectedSpeech('en-US', 'afterAmazonPaySpoke.voiceCodeNotAccepted'),
        );
        return offers;
      }
      offers += 1;
      if (offers > 5) return offers;
      directive = directiveOf(await store.invoke(nextInSession(answer, 'AMAZON.YesIntent')));
    }
  }

  it('offers another voice code twice by default, never with 0 and three times with 3', async () => {
    expect(await voiceCodeOffers()).toBe(2);
    expect(await voiceCodeOffers({ retry: { voiceCodeRetries: 0 } })).toBe(0);
    expect(await voiceCodeOffers({ retry: { voiceCodeRetries: 3 } })).toBe(3);
  });
});
