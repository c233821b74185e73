import type { RequestEnvelope } from 'ask-sdk-model';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  chargePendingEnvelope,
  chargeSuccessEnvelope,
  connectionsResponseEnvelope,
  fixtureTimestamp,
  intentRequestEnvelope,
  launchRequestEnvelope,
  nextRequestId,
  requestEnvelope,
  setupSuccessEnvelope,
} from '../../src/testing';
import { MemoryAdapter } from '../support/memory-adapter';
import {
  buy,
  chargeInput,
  directiveOf,
  errorAnswerTo,
  nextInSession,
  setUp,
  storeSkill,
} from '../support/payment-skill';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf } from '../support/skill';

// When is a record deleted? Whenever its attempt ends, in the turn it ends. Each test keeps
// the payload of one purchase attempt in a persistence adapter and plays the conversation up
// to the end of the attempt (or to a point where it goes on).

type Options = Parameters<typeof storeSkill>[0];

async function attemptWithRecord(options: Options = {}, start = buy()) {
  const adapter = new MemoryAdapter();
  const store = storeSkill({ ...options, persistenceAdapter: adapter });
  const sent = directiveOf(await store.invoke(start));
  expect(adapter.items.size).toBe(1);
  return { adapter, store, sent };
}

describe('a record is deleted when Amazon Pay’s answer ends the attempt', () => {
  it.each<[string, (token: string) => RequestEnvelope]>([
    ['a Charge that went through (Closed)', (token) => chargeSuccessEnvelope({}, { token })],
    [
      'a Charge that went through (Open)',
      (token) => chargeSuccessEnvelope({ state: 'Open' }, { token }),
    ],
    ['a pending Charge', (token) => chargePendingEnvelope({}, { token })],
    ['a declined Charge', (token) => chargeDeclinedEnvelope('AmazonRejected', {}, { token })],
    [
      'a Charge that answered 200 but cannot be read',
      (token) =>
        connectionsResponseEnvelope({
          name: 'Charge',
          payload: { authorizationDetails: {} },
          token,
        }),
    ],
    [
      'an error that is never resent',
      (token) => amazonPayErrorEnvelope('Charge', 'InvalidSellerId', {}, { token }),
    ],
    [
      'a code the middleware does not know',
      (token) => amazonPayErrorEnvelope('Charge', 'BrandNewCode', { statusCode: 400 }, { token }),
    ],
    [
      'a permission error',
      (token) => amazonPayErrorEnvelope('Charge', 'ACCESS_DENIED', {}, { token }),
    ],
  ])('%s', async (_, answer) => {
    const { adapter, store, sent } = await attemptWithRecord();

    await store.invoke(answer(sent.token));

    expect(adapter.items.size).toBe(0);
  });

  it('a Setup that went through', async () => {
    const { adapter, store, sent } = await attemptWithRecord({}, setUp());

    await store.invoke(setupSuccessEnvelope({}, { token: sent.token }));

    expect(adapter.items.size).toBe(0);
  });

  it('a server error once the resends are used up, and not before', async () => {
    const { adapter, store, sent } = await attemptWithRecord();

    const resent = directiveOf(await store.invoke(errorAnswerTo(sent, 'InternalServerError')));
    expect(adapter.items.size).toBe(1);
    await store.invoke(errorAnswerTo(resent, 'InternalServerError'));

    expect(adapter.items.size).toBe(0);
  });

  it('a server error whose kept payload fails the checks, so it is not resent', async () => {
    const { adapter, store, sent } = await attemptWithRecord();
    (adapter.onlyRecord().amazonPayAttempt as Record<string, unknown>).payload = '[]';

    const response = await store.invoke(errorAnswerTo(sent, 'InternalServerError'));

    expect(response.response.directives).toBeUndefined();
    expect(adapter.items.size).toBe(0);
  });

  it('a server error that is not resent because the skill lists no codes', async () => {
    const { adapter, store, sent } = await attemptWithRecord({ retry: { codes: [] } });

    await store.invoke(errorAnswerTo(sent, 'ServiceUnavailable'));

    expect(adapter.items.size).toBe(0);
  });
});

describe('after a failed voice code, a record is deleted', () => {
  async function offered(options: Options = {}) {
    const attempt = await attemptWithRecord(options);
    const question = await attempt.store.invoke(
      errorAnswerTo(attempt.sent, 'CustomerApprovalFailure'),
    );
    return { ...attempt, question };
  }

  it('when the skill chose silence, so nothing is offered', async () => {
    const { adapter, question } = await offered({ afterAmazonPaySpoke: 'silent' });

    expect(question.response.outputSpeech).toBeUndefined();
    expect(adapter.items.size).toBe(0);
  });

  it('when no more tries are allowed', async () => {
    const { adapter } = await offered({ retry: { voiceCodeRetries: 0 } });

    expect(adapter.items.size).toBe(0);
  });

  it('when the answer comes outside a session, where no offer can wait', async () => {
    const { adapter, store, sent } = await attemptWithRecord();

    await store.invoke(errorAnswerTo(sent, 'CustomerApprovalFailure', { withSession: false }));

    expect(adapter.items.size).toBe(0);
  });

  it('when the customer says no', async () => {
    const { adapter, store, question } = await offered();
    expect(adapter.items.size).toBe(1);

    await store.invoke(nextInSession(question, 'AMAZON.NoIntent'));

    expect(adapter.items.size).toBe(0);
  });

  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.HelpIntent', 'OrderStatusIntent'])(
    'when the customer says anything else (%s)',
    async (intent) => {
      const { adapter, store, question } = await offered();

      await store.invoke(nextInSession(question, intent));

      expect(adapter.items.size).toBe(0);
    },
  );

  it('when the customer says nothing and the session ends', async () => {
    const { adapter, store, question } = await offered();

    await store.invoke(
      requestEnvelope(
        {
          type: 'SessionEndedRequest',
          requestId: nextRequestId(),
          timestamp: fixtureTimestamp,
          reason: 'EXCEEDED_MAX_REPROMPTS',
        },
        { newSession: false, sessionAttributes: question.sessionAttributes },
      ),
    );

    expect(adapter.items.size).toBe(0);
  });

  it('when another user says yes', async () => {
    const { adapter, store, question } = await offered();

    await store.invoke(
      nextInSession(question, 'AMAZON.YesIntent', { userId: 'amzn1.ask.account.SOMEONE-ELSE' }),
    );

    expect(adapter.items.size).toBe(0);
  });

  it('when a later session brings the offer back', async () => {
    const { adapter, store, question } = await offered();

    await store.invoke(launchRequestEnvelope({ sessionAttributes: question.sessionAttributes }));

    expect(adapter.items.size).toBe(0);
  });

  it('when a yes finds the record too slow to read, and the customer hears an apology', async () => {
    const { adapter, store, question } = await offered({ persistenceTimeoutMs: 20 });
    const read = adapter.getAttributes.bind(adapter);
    adapter.getAttributes = (envelope) =>
      new Promise((resolve) => setTimeout(() => resolve(read(envelope)), 200));

    const yes = await store.invoke(nextInSession(question, 'AMAZON.YesIntent'));

    expect(ssmlOf(yes)).toBe(expectedSpeech('en-US', 'error.unexpected'));
    expect(adapter.items.size).toBe(0);
  });

  it('once the Charge tried again on yes goes through, and not before', async () => {
    const { adapter, store, question } = await offered();

    const retried = directiveOf(await store.invoke(nextInSession(question, 'AMAZON.YesIntent')));
    expect(adapter.items.size).toBe(1);
    await store.invoke(chargeSuccessEnvelope({}, { token: retried.token }));

    expect(adapter.items.size).toBe(0);
  });
});

describe('a record is kept', () => {
  it('in an item of its own, never touching the customer’s attributes', async () => {
    const adapter = new MemoryAdapter();
    const customer = intentRequestEnvelope('BuyIntent');
    await adapter.saveAttributes(customer, { favouriteTea: 'sencha' });
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));

    await store.invoke(chargeSuccessEnvelope({}, { token: sent.token }));

    expect([...adapter.items.values()]).toEqual([{ favouriteTea: 'sencha' }]);
  });

  it('with an expiry attribute, in epoch seconds, when its token expires', async () => {
    const { adapter } = await attemptWithRecord({ tokenTtlSeconds: 600 });
    const now = Date.now() / 1000;

    const { expiresAt } = adapter.onlyRecord();

    expect(typeof expiresAt).toBe('number');
    expect(Number.isInteger(expiresAt)).toBe(true);
    expect(expiresAt as number).toBeGreaterThan(now + 590);
    expect(expiresAt as number).toBeLessThanOrEqual(now + 601);
  });

  it('until the answer of a permission error has read it, for the card a Charge in yen needs', async () => {
    const yen = {
      ...chargeInput,
      authorizeAttributes: {
        ...chargeInput.authorizeAttributes,
        authorizationAmount: { amount: '1000', currencyCode: 'JPY' },
      },
    };
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter }, yen);
    const sent = directiveOf(await store.invoke(buy({ consent: 'GRANTED' })));

    const response = await store.invoke(
      errorAnswerTo(sent, 'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE'),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'permission.requestAfterRefusal'));
    expect(response.response.card).toMatchObject({ type: 'AskForPermissionsConsent' });
    expect(adapter.items.size).toBe(0);
  });
});
