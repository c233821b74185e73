import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  answerEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  nextIntentInSession,
  testUserId,
  type AmazonPayAnswer,
} from '../../src/testing';
import { marketplaces } from '../../examples/demo-store/src/shop';
import { directiveOf, localOrderStore, spoken } from '../support/demo-store';

const { newStore } = localOrderStore();
// Each test plays whole conversations against a local table: seconds on a busy machine.
jest.setTimeout(30_000);

/** What the customer must hear before agreeing, in each locale, and what Charge must then ask. */
const expected = {
  'en-US': {
    heard: ['Tea House', 'sencha', '1 Test Street', '$17.28', '$1.28 tax', '$3.50 shipping'],
    charge: { amount: '17.28', currencyCode: 'USD' },
  },
  'de-DE': {
    heard: [
      'Tea House',
      'Sencha',
      '1 Test Street',
      '15,40\u00a0€',
      '2,46\u00a0€ Mehrwertsteuer',
      '3,90\u00a0€ Versand',
    ],
    charge: { amount: '15.40', currencyCode: 'EUR' },
  },
  'ja-JP': {
    heard: ['ティーハウス', '煎茶', '1 Test Street', '￥1,980', '税込', '送料￥480'],
    charge: { amount: '1980', currencyCode: 'JPY' },
  },
} as const;
type Locale = keyof typeof expected;

interface Turn {
  readonly request: RequestEnvelope;
  readonly response: ResponseEnvelope;
}

/**
 * A customer and Amazon Pay in one conversation with the skill: every request and response is
 * kept, and every payment directive is answered as the script says.
 */
async function conversation(locale: Locale) {
  const store = await newStore();
  const turns: Turn[] = [];
  const options = { locale, consent: 'GRANTED' as const };
  let last: ResponseEnvelope | undefined;
  const send = async (request: RequestEnvelope) => {
    last = await store.skill.invoke(request);
    turns.push({ request, response: last });
    return last;
  };
  const answerDirective = async (answer: AmazonPayAnswer) => {
    const directive = last && directiveOf(last);
    if (directive?.type !== 'Connections.SendRequest') throw new Error('no directive to answer');
    return send(answerEnvelope(directive, answer, options));
  };
  return {
    turns,
    options,
    /** The customer starts a new session. */
    start: (request: (o: typeof options) => RequestEnvelope) => send(request(options)),
    /** The customer answers within the session the skill left open. */
    answer: (intent: string) => {
      if (last?.response.shouldEndSession !== false) throw new Error('the session is closed');
      return send(nextIntentInSession(last, intent, options));
    },
    answerDirective,
  };
}

type Conversation = Awaited<ReturnType<typeof conversation>>;

/** The ways into a purchase: each ends with the Setup directive sent. */
const paths: Record<string, (c: Conversation) => Promise<unknown>> = {
  'one-shot buy': (c) =>
    c.start((o) => intentRequestEnvelope('BuyIntent', { ...o, newSession: true })),
  'launch then yes': async (c) => {
    await c.start(launchRequestEnvelope);
    await c.answer('AMAZON.YesIntent');
  },
  'help then yes': async (c) => {
    await c.start((o) => intentRequestEnvelope('AMAZON.HelpIntent', { ...o, newSession: true }));
    await c.answer('AMAZON.YesIntent');
  },
  'fallback then yes': async (c) => {
    await c.start((o) =>
      intentRequestEnvelope('AMAZON.FallbackIntent', { ...o, newSession: true }),
    );
    await c.answer('AMAZON.YesIntent');
  },
  'coming back after a soft decline': async (c) => {
    await c.start((o) => intentRequestEnvelope('BuyIntent', { ...o, newSession: true }));
    await c.answerDirective({ kind: 'success' });
    await c.answer('AMAZON.YesIntent');
    await c.answerDirective({
      kind: 'decline',
      reasonCode: 'InvalidPaymentMethod',
      softDecline: true,
    });
    await c.start(launchRequestEnvelope);
    await c.answer('AMAZON.YesIntent');
  },
};

const cases = Object.keys(paths).flatMap((path) =>
  (Object.keys(expected) as Locale[]).map((locale) => [path, locale] as const),
);

describe('every path into a purchase, in every locale', () => {
  it.each(cases)(
    '%s (%s): no Charge until the customer heard the total and agreed',
    async (path, locale) => {
      const c = await conversation(locale);
      await paths[path]?.(c);
      const chargesBefore = c.turns.filter(
        (t) => directiveOf(t.response)?.name === 'Charge',
      ).length;

      const setup = c.turns.at(-1)?.response;
      const confirmation = await c.answerDirective({ kind: 'success' });
      const charge = await c.answer('AMAZON.YesIntent');

      // The purchase went through Setup, and nothing was charged on the way in.
      expect(directiveOf(setup as ResponseEnvelope)?.name).toBe('Setup');
      // The turn after Setup says the seller, the product, the address and the total, and asks.
      expect(directiveOf(confirmation)).toBeUndefined();
      expect(confirmation.response.shouldEndSession).toBe(false);
      for (const words of expected[locale].heard) expect(spoken(confirmation)).toContain(words);
      // Only the yes to that turn charges, exactly the total heard.
      expect(directiveOf(charge)).toMatchObject({
        name: 'Charge',
        payload: { authorizeAttributes: { authorizationAmount: expected[locale].charge } },
      });
      // The one Charge before this one (after a soft decline) also followed a confirmation.
      c.turns.forEach((turn, at) => {
        if (directiveOf(turn.response)?.name !== 'Charge') return;
        const before = c.turns[at - 1]?.response;
        expect((turn.request.request as { intent?: { name: string } }).intent?.name).toBe(
          'AMAZON.YesIntent',
        );
        expect(spoken(before as ResponseEnvelope)).toContain(expected[locale].heard[4]);
      });
      expect(chargesBefore).toBe(path === 'coming back after a soft decline' ? 1 : 0);
    },
  );
});

describe('a yes that answers no confirmation', () => {
  it('in a new session, after the confirmation was left unanswered, asks again instead of charging', async () => {
    const c = await conversation('en-US');
    await c.start((o) => intentRequestEnvelope('BuyIntent', { ...o, newSession: true }));
    await c.answerDirective({ kind: 'success' });

    const later = await c.start((o) =>
      intentRequestEnvelope('AMAZON.YesIntent', { ...o, newSession: true }),
    );

    expect(directiveOf(later)).toBeUndefined();
    expect(c.turns.some((t) => directiveOf(t.response)?.name === 'Charge')).toBe(false);
  });

  it("naming an order that was never confirmed, or another customer's, never charges", async () => {
    const store = await newStore();
    const mine = await store.orders.create(testUserId, marketplaces['en-US']);
    const theirs = await store.orders.create(
      'amzn1.ask.account.SOMEONE-ELSE',
      marketplaces['en-US'],
    );

    const answers = await Promise.all(
      [mine, theirs].map((order) =>
        store.skill.invoke(
          intentRequestEnvelope('AMAZON.YesIntent', {
            sessionAttributes: { teaHouseQuestion: { kind: 'confirm-order', orderId: order.id } },
          }),
        ),
      ),
    );

    expect(answers.map((a) => directiveOf(a)?.name)).toEqual([undefined, undefined]);
  });
});
