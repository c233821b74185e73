import type { HandlerInput, PersistenceAdapter } from 'ask-sdk-core';
import { isAmazonPayPersistenceError, type AmazonPayLogEvent } from '../../src';
import type { Attempt } from '../../src/attempts/attempt';
import { AttemptStore } from '../../src/attempts/attempt-store';
import { TokenSigner } from '../../src/attempts/token-signer';
import { withTags } from '../../src/directives/tags';
import { intentRequestEnvelope } from '../../src/testing';
import { byDevice, bySkillAndUser, byUser, MemoryAdapter, never } from '../support/memory-adapter';
import { chargeInput } from '../support/payment-skill';

const customer = { requestEnvelope: intentRequestEnvelope('BuyIntent') } as HandlerInput;
const payload = JSON.stringify(withTags('Charge', chargeInput));
const signer = new TokenSigner(['a-secret-of-at-least-sixteen-chars']);

function storeWith(adapter?: PersistenceAdapter, timeoutMs = 50) {
  const events: AmazonPayLogEvent[] = [];
  const store = new AttemptStore(
    signer,
    {
      ttlSeconds: 600,
      adapter,
      timeoutMs,
      log: (event) => {
        events.push(event);
      },
    },
    () => 'record-1',
  );
  return { store, events };
}

/** A new attempt of the test customer, and the token its directive carries. */
async function begun(store: AttemptStore) {
  const attempt = await store.begin(customer, 'Charge', payload);
  return { attempt, token: store.tokenFor(customer, attempt) };
}

const storedAttempt = (adapter: MemoryAdapter) =>
  adapter.onlyRecord().amazonPayAttempt as Record<string, unknown>;

describe('the attempt store with a persistence adapter', () => {
  it.each([
    ['the user', byUser],
    ['the device', byDevice],
    ['the skill and the user', bySkillAndUser],
  ])(
    'keeps the payload in a record of its own when the adapter keys items by %s',
    async (_, keyOf) => {
      const adapter = new MemoryAdapter(keyOf);
      const { store } = storeWith(adapter);
      await adapter.saveAttributes(customer.requestEnvelope, { favouriteTea: 'sencha' });

      const { attempt, token } = await begun(store);

      expect(adapter.items.size).toBe(2);
      expect(adapter.items.get(keyOf(customer.requestEnvelope))).toEqual({
        favouriteTea: 'sencha',
      });
      expect(attempt.record).toBe('record-1');
      expect(await store.open(customer, 'Charge', token)).toEqual(attempt);
    },
  );

  it('writes the expiry beside the attempt, in epoch seconds, at the top of the attributes', async () => {
    const adapter = new MemoryAdapter();
    const { store } = storeWith(adapter);
    const now = Math.floor(Date.now() / 1000);

    const { attempt } = await begun(store);

    expect(adapter.onlyRecord()).toEqual({
      amazonPayAttempt: { operation: 'Charge', user: expect.any(String), payload },
      expiresAt: attempt.expiresAt,
    });
    expect(attempt.expiresAt - now).toBeGreaterThanOrEqual(599);
    expect(attempt.expiresAt - now).toBeLessThanOrEqual(600);
  });

  it('reads the record again for a resend without writing it again, and keeps its expiry', async () => {
    const adapter = new MemoryAdapter();
    const { store } = storeWith(adapter);
    const { attempt } = await begun(store);
    adapter.calls.length = 0;

    const again = store.tokenFor(customer, { ...attempt, serverResends: 1 });

    expect(adapter.calls).toEqual([]);
    expect(await store.open(customer, 'Charge', again)).toEqual({
      ...attempt,
      serverResends: 1,
    });
  });

  it.each([
    ['is not an object', () => 'a payload'],
    [
      'is for another operation',
      (stored: Record<string, unknown>) => ({ ...stored, operation: 'Setup' }),
    ],
    [
      'is for another customer',
      (stored: Record<string, unknown>) => ({ ...stored, user: 'someone' }),
    ],
    ['has no payload text', (stored: Record<string, unknown>) => ({ ...stored, payload: 42 })],
  ])('refuses a record that %s', async (_, alter) => {
    const adapter = new MemoryAdapter();
    const { store } = storeWith(adapter);
    const { token } = await begun(store);
    adapter.onlyRecord().amazonPayAttempt = alter(storedAttempt(adapter));

    expect(await store.open(customer, 'Charge', token)).toBeUndefined();
  });

  it.each(['null', '[]', '"a payload"', '{}', 'not json'])(
    'refuses, logs and deletes a record whose payload is %s',
    async (text) => {
      const adapter = new MemoryAdapter();
      const { store, events } = storeWith(adapter);
      const { token } = await begun(store);
      storedAttempt(adapter).payload = text;

      expect(await store.open(customer, 'Charge', token)).toBeUndefined();
      expect(events).toEqual([expect.objectContaining({ kind: 'resend-refused' })]);
      expect(adapter.items.size).toBe(0);
    },
  );

  it.each([
    ['fails', () => Promise.reject(new Error('table unavailable')), 'failed'],
    [
      'throws',
      () => {
        throw new Error('table unavailable');
      },
      'failed',
    ],
    ['never answers', () => never(), 'did not answer within 50 ms'],
  ])('answers "no resend" and logs it when the read %s', async (_, read, said) => {
    const adapter = new MemoryAdapter();
    const { store, events } = storeWith(adapter);
    const { token } = await begun(store);
    adapter.getAttributes = read;

    expect(await store.open(customer, 'Charge', token)).toBeUndefined();
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'persistence-failed',
        handledBy: 'merchant',
        message: expect.stringContaining(`read of a purchase attempt's record ${said}`),
      }),
    ]);
  });

  it.each([
    ['fails', () => Promise.reject(new Error('ProvisionedThroughputExceededException')), 'failed'],
    ['never answers', () => never(), 'timed-out'],
  ] as const)(
    'rejects a new attempt with a typed error when the save %s',
    async (_, save, reason) => {
      const adapter = new MemoryAdapter();
      adapter.saveAttributes = save;
      const { store, events } = storeWith(adapter);

      const error: unknown = await store
        .begin(customer, 'Charge', payload)
        .catch((e: unknown) => e);

      expect(isAmazonPayPersistenceError(error)).toBe(true);
      expect(error).toMatchObject({ reason });
      if (reason === 'failed')
        expect((error as Error).cause).toEqual(new Error('ProvisionedThroughputExceededException'));
      expect(events).toEqual([expect.objectContaining({ kind: 'persistence-failed' })]);
    },
  );

  it('opens no attempt, and reports no failure, when a token names a record and no adapter is set', async () => {
    // As after a deployment that dropped the adapter: the record is out of reach, not failing.
    const { store: withAdapter } = storeWith(new MemoryAdapter());
    const { token } = await begun(withAdapter);
    const { store, events } = storeWith(undefined);

    expect(await store.open(customer, 'Charge', token)).toBeUndefined();
    expect(events).toEqual([]);
  });
});

describe('forgetting an attempt', () => {
  it('deletes its record, and nothing for tokens without one', async () => {
    const adapter = new MemoryAdapter();
    const { store } = storeWith(adapter);
    const { token } = await begun(store);
    const payloadToken = (await begun(storeWith(undefined).store)).token;
    adapter.calls.length = 0;

    store.forget(customer, payloadToken);
    store.forget(customer, 'not a token');
    store.forget(customer, undefined);
    expect(adapter.calls).toEqual([]);

    store.forget(customer, token);
    expect(adapter.calls).toEqual(['delete']);
    expect(adapter.items.size).toBe(0);
  });

  it('returns without waiting for the delete, and logs nothing while it runs', async () => {
    const adapter = new MemoryAdapter();
    const { store, events } = storeWith(adapter);
    const { token } = await begun(store);
    adapter.deleteAttributes = () => never();

    expect(store.forget(customer, token)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 60));

    expect(events).toEqual([]);
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('AccessDeniedException'))],
    [
      'throws',
      () => {
        throw new Error('AccessDeniedException');
      },
    ],
  ])('logs a delete that %s, and never throws', async (_, remove) => {
    const adapter = new MemoryAdapter();
    const { store, events } = storeWith(adapter);
    const { token } = await begun(store);
    adapter.deleteAttributes = remove;

    expect(() => store.forget(customer, token)).not.toThrow();
    await Promise.resolve();

    expect(events).toEqual([
      expect.objectContaining({
        kind: 'persistence-failed',
        message: expect.stringContaining('expiresAt'),
        error: { name: 'Error', message: 'AccessDeniedException' },
      }),
    ]);
  });

  it('does nothing with an adapter that cannot delete', async () => {
    const memory = new MemoryAdapter();
    const { store } = storeWith({
      getAttributes: (envelope) => memory.getAttributes(envelope),
      saveAttributes: (envelope, attributes) => memory.saveAttributes(envelope, attributes),
    });
    const { token } = await begun(store);

    store.forget(customer, token);

    expect(memory.items.size).toBe(1);
  });
});

describe('attempts in time', () => {
  afterEach(() => jest.useRealTimers());

  const at = (seconds: number) =>
    jest.useFakeTimers({ now: seconds * 1000, doNotFake: ['nextTick'] });

  it('are good until the second they expire, not at it', async () => {
    const { store } = storeWith(undefined);
    at(1_700_000_000);
    const { token } = await begun(store);

    at(1_700_000_599.999);
    expect(await store.open(customer, 'Charge', token)).toBeDefined();
    at(1_700_000_600);
    expect(await store.open(customer, 'Charge', token)).toBeUndefined();
  });

  it('allow a container whose clock runs up to five minutes ahead, no more', async () => {
    const { store } = storeWith(undefined);
    at(1_700_000_000);
    const { token } = await begun(store);

    at(1_700_000_000 - 300);
    expect(await store.open(customer, 'Charge', token)).toBeDefined();
    at(1_700_000_000 - 300.001);
    expect(await store.open(customer, 'Charge', token)).toBeUndefined();
  });

  it('keep their expiry when sent again, however late', async () => {
    const { store } = storeWith(undefined);
    at(1_700_000_000);
    const { attempt } = await begun(store);
    at(1_700_000_590);
    const resent = store.tokenFor(customer, { ...attempt, serverResends: 1 });

    at(1_700_000_600);
    expect(await store.open(customer, 'Charge', resent)).toBeUndefined();
  });
});

describe('attempts for envelopes without a usable user id', () => {
  it.each([
    ['no context', {}],
    ['no System', { context: {} }],
    ['no user', { context: { System: {} } }],
    ['a user id that is not text', { context: { System: { user: { userId: 42 } } } }],
  ])('are issued and opened for %s, and only for such envelopes', async (_, envelope) => {
    const odd = { requestEnvelope: envelope } as unknown as HandlerInput;
    const { store } = storeWith(undefined);
    const attempt: Attempt = await store.begin(odd, 'Charge', payload);

    const token = store.tokenFor(odd, attempt);

    expect(await store.open(odd, 'Charge', token)).toEqual(attempt);
    expect(await store.open(customer, 'Charge', token)).toBeUndefined();
  });
});
