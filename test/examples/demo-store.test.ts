import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  answerEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  nextIntentInSession,
  playPurchase,
  type AmazonPayScript,
  type EnvelopeOptions,
} from '../../src/testing';
import { localSettings } from '../../examples/demo-store/local/local-settings';
import { createDemoStore } from '../../examples/demo-store/src/skill';
import { directiveOf, localOrderStore, middlewareSentence, spoken } from '../support/demo-store';

const { dynamo, newStore } = localOrderStore();
// Each test plays whole conversations against a local table: seconds on a busy machine.
jest.setTimeout(30_000);
type Store = Awaited<ReturnType<typeof newStore>>;

/** Buys with a one-shot request, hears the order, says yes: Amazon Pay answers as scripted. */
async function buy(store: Store, script: AmazonPayScript = {}, options: EnvelopeOptions = {}) {
  const envelope = { consent: 'GRANTED' as const, ...options };
  const setup = await playPurchase(
    store.skill,
    intentRequestEnvelope('BuyIntent', envelope),
    script,
    envelope,
  );
  const charge = await playPurchase(
    store.skill,
    nextIntentInSession(setup.last, 'AMAZON.YesIntent', envelope),
    script,
    envelope,
  );
  return { setup, charge, last: charge.last };
}

type Details = interfaces.amazonpay.model.v1.BillingAgreementDetails;

/** The answer to a Setup whose billing agreement details are changed as the test says. */
async function answerSetup(store: Store, change: (details: Details) => void) {
  const bought = await store.skill.invoke(
    intentRequestEnvelope('BuyIntent', { consent: 'GRANTED' }),
  );
  const setup = directiveOf(bought);
  if (setup?.type !== 'Connections.SendRequest') throw new Error('no Setup');
  const answer = answerEnvelope(setup, { kind: 'success' });
  change(
    (answer.request as interfaces.connections.ConnectionsResponse).payload
      ?.billingAgreementDetails as Details,
  );
  return store.skill.invoke(answer);
}

const say = async (store: Store, request: RequestEnvelope): Promise<ResponseEnvelope> =>
  store.skill.invoke(request);

describe('the demo store', () => {
  it('sells a box of tea: Setup, the order read out, a yes, Charge, then a confirmation and a card', async () => {
    const store = await newStore();

    const { setup, charge, last } = await buy(store);

    expect(setup.directives.map((d) => d.name)).toEqual(['Setup']);
    expect(charge.directives.map((d) => d.name)).toEqual(['Charge']);
    expect(spoken(last)).toMatch(
      /^Thank you! Your order TH-\d{8} is confirmed: a box of sencha green tea for \$17\.28, on its way to Test Customer, 1 Test Street, Testville\. I sent the details to your Alexa app\.$/,
    );
    expect(last.response.outputSpeech).toMatchObject({
      ssml: expect.stringMatching(/<say-as interpret-as="characters">TH-\d{8}<\/say-as>/),
    });
    expect(last.response.card).toEqual({
      type: 'Simple',
      title: expect.stringMatching(/^Tea House: order TH-\d{8} confirmed$/),
      content: [
        'Sencha green tea, 1 box',
        'Total: $17.28 (including $1.28 tax and $3.50 shipping)',
        'Delivery to: Test Customer, 1 Test Street, Testville, 12345, US',
        'Sold by Tea House',
        'Questions about your order: orders@tea-house.example, +1 206 555 0100',
      ].join('\n'),
    });
  });

  it.each([
    [
      'de-DE',
      'EUR',
      'Tea House: Sencha-Grüntee, per Sprache bestellt',
      'Sencha-Grüntee, 1 Packung',
      'Tea House',
    ],
    ['ja-JP', 'JPY', 'ティーハウス:音声でご注文いただいた煎茶', '煎茶 1箱', 'ティーハウス'],
  ])(
    'writes the payloads of %s in its language and currency',
    async (locale, currency, sellerNote, note, storeName) => {
      const { setup, charge } = await buy(await newStore(), {}, { locale });

      expect(setup.directives[0]?.payload).toMatchObject({
        ledgerCurrency: currency,
        billingAgreementAttributes: { sellerNote, sellerBillingAgreementAttributes: { storeName } },
      });
      expect(charge.directives[0]?.payload).toMatchObject({
        authorizeAttributes: {
          sellerAuthorizationNote: note,
          authorizationAmount: { currencyCode: currency },
        },
        sellerOrderAttributes: { storeName },
      });
    },
  );

  it('uses the sandbox only when configured, with its test buyer', async () => {
    const sandbox = await buy(await newStore({ sandboxEmail: 'buyer@example.com' }));
    const live = await buy(await newStore({ sandboxEmail: undefined }));

    expect(sandbox.setup.directives[0]?.payload).toMatchObject({
      sandboxMode: true,
      sandboxCustomerEmailId: 'buyer@example.com',
    });
    expect(live.setup.directives[0]?.payload).not.toHaveProperty('sandboxMode');
    expect(live.setup.directives[0]?.payload).not.toHaveProperty('sandboxCustomerEmailId');
  });

  it.each([
    [{ sellerId: '' }, /sellerId must be your Amazon Pay merchant id/],
    [{ sellerId: undefined as unknown as string }, /sellerId must be your Amazon Pay merchant id/],
    [{ sandboxEmail: 'not an email' }, /sandboxEmail must be the email of a sandbox test buyer/],
  ])('refuses to start with %p', async (wrong, message) => {
    const orders = await dynamo().newOrderTable();

    expect(() => createDemoStore({ ...localSettings, orders, ...wrong })).toThrow(message);
  });

  it('keeps a soft-declined order, says so, and offers to continue it or start a new one', async () => {
    const store = await newStore();
    const { last } = await buy(store, {
      Charge: { kind: 'decline', reasonCode: 'InvalidPaymentMethod', softDecline: true },
    });

    const back = await say(store, launchRequestEnvelope());

    expect(spoken(last)).toMatch(
      /Your order is kept: the next time you open Tea House, you can finish it\.$/,
    );
    expect(spoken(back)).toBe(
      'Welcome back to Tea House. Your order of a box of sencha from last time is kept, but not paid yet. Would you like to continue with it? Or say: new order, to start again.',
    );
    expect(back.response.shouldEndSession).toBe(false);
  });

  it('cancels a kept order on a no, and does not remind of it again', async () => {
    const store = await newStore();
    await buy(store, {
      Charge: { kind: 'decline', reasonCode: 'InvalidPaymentMethod', softDecline: true },
    });
    const back = await say(store, launchRequestEnvelope());

    const no = await say(store, nextIntentInSession(back, 'AMAZON.NoIntent'));
    const again = await say(store, launchRequestEnvelope());

    expect(spoken(no)).toBe(
      'Okay, I cancelled that order. Nothing was bought. Goodbye from Tea House.',
    );
    expect(spoken(again)).toMatch(/^Welcome to Tea House\./);
  });

  it('starts a new order when asked to buy while one is kept', async () => {
    const store = await newStore();
    const first = await buy(store, {
      Charge: { kind: 'decline', reasonCode: 'InvalidPaymentMethod', softDecline: true },
    });
    const kept = await store.orders.latestOf('amzn1.ask.account.TESTUSER');

    const second = await buy(store);

    expect(first.charge.directives).toHaveLength(1);
    expect((await store.orders.get(kept?.id ?? ''))?.status).toBe('cancelled');
    expect(spoken(second.last)).toMatch(/^Thank you! Your order TH-\d{8} is confirmed/);
    expect(spoken(second.last)).not.toContain(kept?.id);
  });

  it('cancels a hard-declined order', async () => {
    const store = await newStore();
    await buy(store, {
      Charge: { kind: 'decline', reasonCode: 'AmazonRejected', softDecline: false },
    });

    expect(spoken(await say(store, launchRequestEnvelope()))).toMatch(/^Welcome to Tea House\./);
  });

  it('treats a 400 InvalidPaymentMethod like a soft decline', async () => {
    const store = await newStore();
    const { last } = await buy(store, { Charge: { kind: 'error', code: 'InvalidPaymentMethod' } });

    expect(spoken(last)).toMatch(/Your order is kept/);
    expect(spoken(await say(store, launchRequestEnvelope()))).toMatch(
      /^Welcome back to Tea House\./,
    );
  });

  it('gives a pending charge its order number, a card, and says how the result will come', async () => {
    const { last } = await buy(await newStore(), { Charge: { kind: 'pending' } });

    expect(spoken(last)).toMatch(
      /^Thank you! Your order TH-\d{8} is placed, and Amazon Pay is still processing the payment\. You'll get an email from Amazon Pay when it's done/,
    );
    expect(last.response.card).toMatchObject({
      title: expect.stringMatching(/^Tea House: order TH-\d{8} placed$/),
      content: expect.stringContaining('Amazon Pay emails you when it is done'),
    });
  });

  it('charges nothing when Setup returns no delivery address, and says why', async () => {
    const store = await newStore();
    const response = await answerSetup(store, (details) => delete details.destination);

    expect(spoken(response)).toMatch(
      /^Amazon Pay didn't give me a delivery address for your account, so nothing was bought\./,
    );
    expect(response.response.shouldEndSession).toBe(true);
    expect(spoken(await say(store, launchRequestEnvelope()))).toMatch(/^Welcome to Tea House\./);
  });

  it('speaks an address with markup characters safely', async () => {
    const response = await answerSetup(await newStore(), (details) =>
      Object.assign(details.destination ?? {}, {
        name: 'Fish & Chips <Ltd>',
        addressLine1: '1 "Quoted" Street',
      }),
    );

    expect(response.response.outputSpeech).toMatchObject({
      ssml: expect.stringContaining(
        'delivered to Fish &amp; Chips &lt;Ltd&gt;, 1 &quot;Quoted&quot; Street, Testville.',
      ),
    });
  });

  it('answers a question about cancelling or refunding an order, by voice and on a card', async () => {
    const store = await newStore();
    const { last } = await buy(store);
    const orderId = /TH-\d{8}/.exec(spoken(last))?.[0];

    const response = await say(
      store,
      intentRequestEnvelope('OrderEnquiryIntent', { newSession: true }),
    );

    expect(spoken(response)).toBe(
      `To cancel an order or ask for a refund, please email orders@tea-house.example or call +1 206 555 0100, and give your order number. I sent these details to your Alexa app. Your latest order is ${orderId}.`,
    );
    expect(response.response.card).toEqual({
      type: 'Simple',
      title: 'Tea House: cancelling or refunding an order',
      content: `Email: orders@tea-house.example\nPhone: +1 206 555 0100\nPlease give your order number.\nYour latest order: ${orderId}`,
    });
  });

  it.each([
    [
      'de-DE',
      /^Um eine Bestellung zu stornieren.*bestellung@tea-house\.example/,
      'E-Mail: bestellung@tea-house.example',
    ],
    [
      'ja-JP',
      /^ご注文のキャンセルや返金については、order@tea-house\.example/,
      'メール: order@tea-house.example',
    ],
  ])('answers an order enquiry in %s', async (locale, speech, card) => {
    const response = await say(
      await newStore(),
      intentRequestEnvelope('OrderEnquiryIntent', { locale }),
    );

    expect(spoken(response)).toMatch(speech);
    expect(response.response.card).toMatchObject({ content: expect.stringContaining(card) });
  });

  it.each([
    [
      'AMAZON.HelpIntent',
      /^Tea House sells a box of sencha green tea for \$12\.50.*say: cancel my order\./,
      false,
    ],
    ['AMAZON.StopIntent', /^Goodbye from Tea House\.$/, true],
    ['AMAZON.CancelIntent', /^Goodbye from Tea House\.$/, true],
    ['AMAZON.FallbackIntent', /Would you like to buy it\?$/, false],
  ])('answers %s', async (intent, speech, ends) => {
    const response = await say(await newStore(), intentRequestEnvelope(intent));

    expect(spoken(response)).toMatch(speech);
    expect(response.response.shouldEndSession ?? false).toBe(ends);
  });

  it('greets like a Japanese shop and states tax and shipping in the total', async () => {
    const store = await newStore();
    const welcome = await say(store, launchRequestEnvelope({ locale: 'ja-JP' }));
    const { setup } = await buy(store, {}, { locale: 'ja-JP' });

    expect(spoken(welcome)).toMatch(/^いらっしゃいませ。ティーハウスへようこそ。/);
    expect(spoken(setup.last)).toContain(
      '合計金額は、送料￥480と消費税￥180を含めて￥1,980（税込）です。',
    );
  });

  it("names the shop ティーハウス in the middleware's Japanese sentences too", async () => {
    const store = await newStore();
    const { last } = await buy(
      store,
      { Charge: { kind: 'decline', reasonCode: 'InvalidPaymentMethod', softDecline: true } },
      { locale: 'ja-JP' },
    );
    const permission = await say(
      store,
      intentRequestEnvelope('BuyIntent', { locale: 'ja-JP', consent: 'DENIED' }),
    );

    const permissionRequest = middlewareSentence(
      'ja-JP',
      'permission.requestAfterRefusal',
      'ティーハウス',
    );

    expect(spoken(last)).toMatch(/ご注文は保管しています。.*ティーハウス/);
    expect(spoken(last)).toContain(
      middlewareSentence('ja-JP', 'afterAmazonPaySpoke.paymentMethodNeedsUpdate', 'ティーハウス'),
    );
    expect(permissionRequest).toContain('ティーハウス');
    expect(spoken(permission)).toBe(permissionRequest);
    expect(spoken(last) + spoken(permission)).not.toContain('Tea House');
  });

  it('ends quietly on SessionEndedRequest', async () => {
    const ended = intentRequestEnvelope('x');
    ended.request = {
      type: 'SessionEndedRequest',
      requestId: 'amzn1.echo-api.request.x',
      timestamp: '2022-06-01T12:00:00Z',
      reason: 'USER_INITIATED',
    };

    const response = await say(await newStore(), ended);

    expect(response.response.outputSpeech).toBeUndefined();
  });
});
