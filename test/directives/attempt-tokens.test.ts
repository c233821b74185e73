import type { HandlerInput, PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { AttemptTokens, type Attempt } from '../../src/directives/attempt-tokens';
import { TokenSigner } from '../../src/directives/token-signer';
import { intentRequestEnvelope } from '../../src/testing';

type KeyOf = (envelope: RequestEnvelope) => string;

// Partition keys as the ASK persistence adapters derive them: from the user or the device.
const byUser: KeyOf = (envelope) => envelope.context.System.user.userId;
const byDevice: KeyOf = (envelope) => {
  const deviceId = envelope.context.System.device?.deviceId;
  if (deviceId === undefined) throw new Error('Cannot retrieve device id from request envelope!');
  return deviceId;
};
// A table shared by several skills keys its items by skill as well.
const bySkillAndUser: KeyOf = (envelope) =>
  `${envelope.context.System.application.applicationId}/${envelope.context.System.user.userId}`;

/** A persistence adapter that keeps items in memory and notes what it is asked to do. */
class MemoryAdapter implements PersistenceAdapter {
  readonly items = new Map<string, Record<string, unknown>>();
  readonly calls: string[] = [];

  constructor(private readonly keyOf: KeyOf = byUser) {}

  async getAttributes(envelope: RequestEnvelope) {
    this.calls.push('get');
    return this.items.get(this.keyOf(envelope)) ?? {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>) {
    this.calls.push('save');
    this.items.set(this.keyOf(envelope), attributes);
  }

  async deleteAttributes(envelope: RequestEnvelope) {
    this.calls.push('delete');
    this.items.delete(this.keyOf(envelope));
  }
}

const customer = { requestEnvelope: intentRequestEnvelope('BuyIntent') } as HandlerInput;
const attempt: Attempt = {
  operation: 'Charge',
  payload: '{"sellerId":"A1SELLER"}',
  serverResends: 0,
  voiceRetries: 0,
};
const signer = new TokenSigner(['a-secret-of-at-least-sixteen-chars']);
const tokensWith = (adapter?: PersistenceAdapter) =>
  new AttemptTokens(signer, 600, adapter, () => 'record-1');

describe('attempt tokens kept in a persistence adapter', () => {
  it.each([
    ['the user', byUser],
    ['the device', byDevice],
    ['the skill and the user', bySkillAndUser],
  ])(
    'keep the payload in an item of their own when the adapter keys items by %s',
    async (_, keyOf) => {
      const adapter = new MemoryAdapter(keyOf);
      const tokens = tokensWith(adapter);
      const customerKey = keyOf(customer.requestEnvelope);
      await adapter.saveAttributes(customer.requestEnvelope, { favouriteTea: 'sencha' });

      const token = await tokens.issue(customer, attempt);

      expect(adapter.items.size).toBe(2);
      expect(adapter.items.get(customerKey)).toEqual({ favouriteTea: 'sencha' });
      expect(await tokens.open(customer, 'Charge', token)).toEqual({
        ...attempt,
        record: 'record-1',
      });
    },
  );

  it('read the record again on a resend without writing it again', async () => {
    const adapter = new MemoryAdapter();
    const tokens = tokensWith(adapter);
    const first = await tokens.open(customer, 'Charge', await tokens.issue(customer, attempt));
    adapter.calls.length = 0;

    const again = await tokens.issue(customer, { ...(first as Attempt), serverResends: 1 });

    expect(adapter.calls).toEqual([]);
    expect(await tokens.open(customer, 'Charge', again)).toMatchObject({ serverResends: 1 });
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
  ])('refuse a record that %s', async (_, alter) => {
    const adapter = new MemoryAdapter();
    const tokens = tokensWith(adapter);
    const token = await tokens.issue(customer, attempt);
    const [key, item] = [...adapter.items][0] as [
      string,
      { amazonPayAttempt: Record<string, unknown> },
    ];
    adapter.items.set(key, { amazonPayAttempt: alter(item.amazonPayAttempt) });

    expect(await tokens.open(customer, 'Charge', token)).toBeUndefined();
  });

  it('answer "no resend" when the adapter fails to read', async () => {
    const adapter = new MemoryAdapter();
    const tokens = tokensWith(adapter);
    const token = await tokens.issue(customer, attempt);
    adapter.getAttributes = () => Promise.reject(new Error('table unavailable'));

    expect(await tokens.open(customer, 'Charge', token)).toBeUndefined();
  });

  it('delete a record once its attempt is over, and nothing for tokens without one', async () => {
    const adapter = new MemoryAdapter();
    const tokens = tokensWith(adapter);
    const token = await tokens.issue(customer, attempt);
    const payloadToken = await tokensWith(undefined).issue(customer, attempt);
    adapter.calls.length = 0;

    await tokens.forget(payloadToken);
    await tokens.forget('not a token');
    await tokens.forget(undefined);
    expect(adapter.calls).toEqual([]);

    await tokens.forget(token);
    expect(adapter.calls).toEqual(['delete']);
    expect(adapter.items.size).toBe(0);
  });

  it('keep no records to delete with an adapter that cannot delete, or without one', () => {
    const memory = new MemoryAdapter();
    const withoutDelete: PersistenceAdapter = {
      getAttributes: (envelope) => memory.getAttributes(envelope),
      saveAttributes: (envelope, attributes) => memory.saveAttributes(envelope, attributes),
    };

    expect(tokensWith(new MemoryAdapter()).keepsRecords).toBe(true);
    expect(tokensWith(withoutDelete).keepsRecords).toBe(false);
    expect(tokensWith(undefined).keepsRecords).toBe(false);
  });
});

describe('attempt tokens in time', () => {
  afterEach(() => jest.useRealTimers());

  const at = (seconds: number) =>
    jest.useFakeTimers({ now: seconds * 1000, doNotFake: ['nextTick'] });

  it('are good until the second they expire, not at it', async () => {
    at(1_700_000_000);
    const token = await tokensWith(undefined).issue(customer, attempt);

    at(1_700_000_599.999);
    expect(await tokensWith(undefined).open(customer, 'Charge', token)).toBeDefined();
    at(1_700_000_600);
    expect(await tokensWith(undefined).open(customer, 'Charge', token)).toBeUndefined();
  });

  it('allow a container whose clock runs up to five minutes ahead, no more', async () => {
    at(1_700_000_000);
    const token = await tokensWith(undefined).issue(customer, attempt);

    at(1_700_000_000 - 300);
    expect(await tokensWith(undefined).open(customer, 'Charge', token)).toBeDefined();
    at(1_700_000_000 - 300.001);
    expect(await tokensWith(undefined).open(customer, 'Charge', token)).toBeUndefined();
  });
});

describe('attempt tokens for envelopes without a usable user id', () => {
  it.each([
    ['no context', {}],
    ['no System', { context: {} }],
    ['no user', { context: { System: {} } }],
    ['a user id that is not text', { context: { System: { user: { userId: 42 } } } }],
  ])('are issued and opened for %s, and only for such envelopes', async (_, envelope) => {
    const odd = { requestEnvelope: envelope } as unknown as HandlerInput;
    const tokens = tokensWith(undefined);

    const token = await tokens.issue(odd, attempt);

    expect(await tokens.open(odd, 'Charge', token)).toEqual(attempt);
    expect(await tokens.open(customer, 'Charge', token)).toBeUndefined();
  });
});
