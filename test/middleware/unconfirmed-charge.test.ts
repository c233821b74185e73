import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { supportedLocales } from '../../src';
import { chargeSuccessEnvelope, connectionsResponseEnvelope } from '../../src/testing';
import { MemoryAdapter, never } from '../support/memory-adapter';
import { payloadOf } from '../support/payload';
import {
  buy,
  chargeInput,
  directiveOf,
  storeSkill,
  successAnswerTo,
} from '../support/payment-skill';
import { expectedSpeech, shippedTemplate } from '../support/prompt-text';
import { ssmlOf, testSkill } from '../support/skill';

const unconfirmed = 'unconfirmed.charge';

/** A Charge that answered 200, its authorization details bent by `bend`. */
function chargeAnswered(
  bend: (details: Record<string, unknown>, payload: Record<string, unknown>) => void,
  locale = 'en-US',
): RequestEnvelope {
  const envelope = chargeSuccessEnvelope({}, { locale });
  const payload = payloadOf(envelope) as unknown as Record<string, unknown>;
  bend(payload.authorizationDetails as Record<string, unknown>, payload);
  return envelope;
}

const withoutPayload = (): RequestEnvelope => {
  const envelope = connectionsResponseEnvelope({ name: 'Charge' });
  delete (envelope.request as interfaces.connections.ConnectionsResponse).payload;
  return envelope;
};

const unreadable: readonly [string, () => RequestEnvelope][] = [
  [
    'an authorizationStatus that is a bare string',
    () => chargeAnswered((details) => (details.authorizationStatus = 'Closed')),
  ],
  [
    'the state where public samples look for it',
    () =>
      chargeAnswered((details) => {
        details.state = 'Open';
        delete details.authorizationStatus;
      }),
  ],
  [
    'no authorization details',
    () => chargeAnswered((_, payload) => delete payload.authorizationDetails),
  ],
  [
    'a state nobody has heard of',
    () =>
      chargeAnswered((details) => {
        details.authorizationStatus = { state: 'Exploded' };
      }),
  ],
  [
    'a state that is an object',
    () =>
      chargeAnswered((details) => {
        details.authorizationStatus = { state: { value: 'Open' } };
      }),
  ],
  ['no payload at all', withoutPayload],
  [
    'a payload that is a list',
    () => connectionsResponseEnvelope({ name: 'Charge', payload: [] as never }),
  ],
];

describe('a Charge that answered 200 but cannot be read', () => {
  it.each(unreadable)(
    'with %s is answered as unconfirmed, never as nothing bought nor as paid',
    async (_, envelope) => {
      const skill = testSkill();

      const response = await skill.invoke(envelope());

      expect(ssmlOf(response)).not.toMatch(/nothing was bought/i);
      expect(ssmlOf(response)).toBe(expectedSpeech('en-US', unconfirmed));
      expect(response.response.shouldEndSession).toBe(true);
      expect(skill.events).toEqual([
        expect.objectContaining({
          kind: 'unconfirmed-charge',
          operation: 'Charge',
          httpStatus: 200,
          handledBy: 'merchant',
          correctiveAction: expect.stringMatching(/look the order up/i),
        }),
      ]);
    },
  );

  it.each(supportedLocales)(
    'is answered in %s with the sentence of that locale',
    async (locale) => {
      const skill = testSkill();

      const response = await skill.invoke(
        chargeAnswered((details) => (details.authorizationStatus = 'Closed'), locale),
      );

      expect(ssmlOf(response)).toBe(expectedSpeech(locale, unconfirmed));
    },
  );

  it.each(supportedLocales)('never says in %s that nothing was bought', (locale) => {
    const [nothingBought = ''] = shippedTemplate(locale, 'afterAmazonPaySpoke.nothingBought').split(
      /[.。]/,
    );

    expect(nothingBought.length).toBeGreaterThan(5);
    expect(shippedTemplate(locale, unconfirmed)).not.toContain(nothingBought);
  });

  it('has a sentence that neither says nothing was bought nor that the payment went through', () => {
    const template = shippedTemplate('en-US', unconfirmed);
    const unknown = /I can't tell right now whether your payment went through\./;

    expect(template).toMatch(unknown);
    expect(template.replace(unknown, '')).not.toMatch(/nothing|went through|thank/i);
    expect(template).toMatch(/confirmation email|email .*for a confirmation/);
  });

  it('is answered as unconfirmed by the error handler when the skill’s own code fails on it', async () => {
    const skill = testSkill({
      ownErrorHandler: false,
      interceptors: [
        () => {
          throw new Error('the order book is unreachable');
        },
      ],
    });

    const response = await skill.invoke(
      chargeAnswered((details) => (details.authorizationStatus = 'Closed')),
    );

    expect(ssmlOf(response)).not.toMatch(/nothing was bought/i);
    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', unconfirmed));
  });

  it('is how a Charge whose status cannot be read is answered too: it may have been paid', async () => {
    const skill = testSkill();
    const envelope = chargeSuccessEnvelope();
    (envelope.request as interfaces.connections.ConnectionsResponse).status = {
      code: 'OK',
      message: 'OK',
    };

    const response = await skill.invoke(envelope);

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', unconfirmed));
    expect(skill.events[0]).toMatchObject({ kind: 'unconfirmed-charge', httpStatus: undefined });
  });

  it('leaves a Setup that cannot be read to the sentence for errors: Setup takes no money', async () => {
    const skill = testSkill();

    const response = await skill.invoke(
      connectionsResponseEnvelope({ name: 'Setup', payload: { billingAgreementDetails: {} } }),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.unexpected'));
    expect(skill.events[0]).toMatchObject({ kind: 'malformed-response', operation: 'Setup' });
  });
});

describe('the order behind an unconfirmed charge', () => {
  /** Buys, and has Amazon Pay answer the Charge with a 200 whose state cannot be read. */
  async function unconfirmedAfterBuying(shop: ReturnType<typeof storeSkill>) {
    const sent = directiveOf(await shop.invoke(buy()));
    const answer = successAnswerTo(sent, {
      authorizationDetails: { authorizationStatus: 'Closed' },
    });
    return shop.invoke(answer);
  }

  it.each([
    ['in the token', undefined],
    ['in a record of the persistence adapter', new MemoryAdapter()],
  ])('is named in the log by the reference id the skill gave it, kept %s', async (_, adapter) => {
    const shop = storeSkill(
      { persistenceAdapter: adapter },
      {
        ...chargeInput,
        authorizeAttributes: {
          ...chargeInput.authorizeAttributes,
          authorizationReferenceId: 'tea-77',
        },
      },
    );

    const response = await unconfirmedAfterBuying(shop);

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', unconfirmed));
    expect(shop.events.at(-1)).toMatchObject({
      kind: 'unconfirmed-charge',
      authorizationReferenceId: 'tea-77',
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(adapter?.items.size ?? 0).toBe(0);
  });

  it('is named by the reference id Amazon Pay answered with, without waiting for the store', async () => {
    const adapter = new MemoryAdapter();
    const shop = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await shop.invoke(buy()));
    adapter.getAttributes = never;

    const response = await shop.invoke(
      successAnswerTo(sent, {
        authorizationDetails: { authorizationStatus: 'Closed', authorizationReferenceId: 'tea-9' },
      }),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', unconfirmed));
    expect(shop.events.map((event) => event.kind)).toEqual(['unconfirmed-charge']);
    expect(shop.events[0]).toMatchObject({ authorizationReferenceId: 'tea-9' });
  });

  it('is named by the reference id Amazon Pay answered with when no attempt can be read', async () => {
    const skill = testSkill();
    const envelope = chargeAnswered((details) => (details.authorizationStatus = 'Closed'));

    await skill.invoke(envelope);

    expect(skill.events[0]).toMatchObject({
      kind: 'unconfirmed-charge',
      authorizationReferenceId: 'test-order-0001',
    });
  });
});
