import type { RequestEnvelope } from 'ask-sdk-model';
import {
  chargeSuccessEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  nextIntentInSession,
  playPurchase,
  requestEnvelope,
} from '../../src/testing';
import { createDemoStore } from '../../examples/demo-store/src/skill';
import { handler } from '../../examples/demo-store/src/index';
import { main, playScenario } from '../../examples/demo-store/conversations/play';
import { scenarios } from '../../examples/demo-store/conversations/scenarios';
import { ssmlOf } from '../support/skill';

const scenario = (name: string) => {
  const found = scenarios.find((s) => s.name === name);
  if (found === undefined) throw new Error(name);
  return found;
};

describe('the demo store', () => {
  it('sells a box of tea: Setup, then Charge, then a confirmation spoken and shown as a card', async () => {
    const store = createDemoStore({
      tokenSecret: 'demo-store-test-secret-1234',
      onError: () => undefined,
    });

    const run = await playPurchase(
      store.skill,
      intentRequestEnvelope('BuyIntent', { consent: 'GRANTED' }),
    );

    expect(run.directives.map((d) => d.name)).toEqual(['Setup', 'Charge']);
    expect(run.directives[1]?.payload).toMatchObject({
      authorizeAttributes: { authorizationAmount: { amount: '12.50', currencyCode: 'USD' } },
    });
    expect(ssmlOf(run.last)).toBe(
      '<speak>Thank you! Your box of sencha green tea for $12.50 is on its way. I sent the details to your Alexa app.</speak>',
    );
    expect(run.last.response.card).toMatchObject({
      type: 'Simple',
      title: 'Tea House: order confirmed',
      content: expect.stringContaining('Amount: $12.50'),
    });
  });

  it('charges in the marketplace of the agreement: yen in Japan, euros in Germany', async () => {
    const store = createDemoStore({ onError: () => undefined });

    const japan = await playPurchase(
      store.skill,
      intentRequestEnvelope('BuyIntent', { locale: 'ja-JP', consent: 'GRANTED' }),
    );
    const germany = await playPurchase(
      store.skill,
      intentRequestEnvelope('BuyIntent', { locale: 'de-DE', consent: 'GRANTED' }),
    );

    expect(japan.directives[0]?.payload).toMatchObject({
      countryOfEstablishment: 'JP',
      ledgerCurrency: 'JPY',
      checkoutLanguage: 'ja_JP',
    });
    expect(japan.directives[1]?.payload).toMatchObject({
      authorizeAttributes: { authorizationAmount: { amount: '1500', currencyCode: 'JPY' } },
    });
    expect(germany.directives[1]?.payload).toMatchObject({
      authorizeAttributes: { authorizationAmount: { amount: '11.50', currencyCode: 'EUR' } },
    });
  });

  it('fulfils once per authorization, however often the success arrives', async () => {
    const store = createDemoStore({ onError: () => undefined });
    const run = await playPurchase(
      store.skill,
      intentRequestEnvelope('BuyIntent', { consent: 'GRANTED' }),
    );
    const success = run.turns.filter((turn) => turn.speaker === 'amazon-pay').at(-1);
    if (success?.speaker !== 'amazon-pay') throw new Error('no answer');

    const again = await store.skill.invoke(structuredClone(success.request));

    expect(ssmlOf(again)).toBe('<speak>Your sencha is already on its way.</speak>');
    expect(again.response.card).toBeUndefined();
  });

  it('keeps a soft-declined order for the next visit and cancels a hard-declined one', async () => {
    const soft = createDemoStore({ onError: () => undefined });
    const hard = createDemoStore({ onError: () => undefined });
    await playPurchase(soft.skill, intentRequestEnvelope('BuyIntent'), {
      Charge: { kind: 'decline', reasonCode: 'InvalidPaymentMethod', softDecline: true },
    });
    await playPurchase(hard.skill, intentRequestEnvelope('BuyIntent'), {
      Charge: { kind: 'decline', reasonCode: 'AmazonRejected', softDecline: false },
    });

    const softReturn = await soft.skill.invoke(launchRequestEnvelope());
    const hardReturn = await hard.skill.invoke(launchRequestEnvelope());

    expect(ssmlOf(softReturn)).toMatch(/still waiting for payment/);
    expect(ssmlOf(hardReturn)).toMatch(/^<speak>Welcome to Tea House\./);
  });

  it('treats a 400 InvalidPaymentMethod like a soft decline', async () => {
    const store = createDemoStore({ onError: () => undefined });
    await playPurchase(store.skill, intentRequestEnvelope('BuyIntent'), {
      Charge: { kind: 'error', code: 'InvalidPaymentMethod' },
    });

    expect(ssmlOf(await store.skill.invoke(launchRequestEnvelope()))).toMatch(
      /still waiting for payment/,
    );
  });

  it('says the payment is processing for a pending charge', async () => {
    const store = createDemoStore({ onError: () => undefined });

    const run = await playPurchase(store.skill, intentRequestEnvelope('BuyIntent'), {
      Charge: { kind: 'pending' },
    });

    expect(ssmlOf(run.last)).toMatch(/still being processed/);
  });

  it.each([
    ['AMAZON.HelpIntent', /Just say: buy tea/, false],
    ['AMAZON.StopIntent', /Goodbye from Tea House/, true],
    ['AMAZON.CancelIntent', /Goodbye from Tea House/, true],
    ['AMAZON.FallbackIntent', /Would you like to buy it/, false],
  ])('answers %s', async (intent, speech, ends) => {
    const response = await createDemoStore().skill.invoke(intentRequestEnvelope(intent));

    expect(ssmlOf(response)).toMatch(speech);
    expect(response.response.shouldEndSession ?? false).toBe(ends);
  });

  it('buys after a yes to its own offer, and stops after a no', async () => {
    const store = createDemoStore({ onError: () => undefined });
    const welcome = await store.skill.invoke(launchRequestEnvelope());

    const yes = await store.skill.invoke(nextIntentInSession(welcome, 'AMAZON.YesIntent'));
    const no = await store.skill.invoke(nextIntentInSession(welcome, 'AMAZON.NoIntent'));

    expect(yes.response.directives?.[0]).toMatchObject({
      type: 'Connections.SendRequest',
      name: 'Setup',
    });
    expect(ssmlOf(no)).toMatch(/Goodbye/);
  });

  it('ends quietly on SessionEndedRequest', async () => {
    const ended = requestEnvelope({
      type: 'SessionEndedRequest',
      requestId: 'amzn1.echo-api.request.x',
      timestamp: '2022-06-01T12:00:00Z',
      reason: 'USER_INITIATED',
    });

    const response = await createDemoStore().skill.invoke(ended);

    expect(response.response.outputSpeech).toBeUndefined();
  });

  it('runs as an async Lambda handler', async () => {
    const response = await handler(
      launchRequestEnvelope({ locale: 'ja-JP' }) as RequestEnvelope,
      {},
    );

    expect(ssmlOf(response)).toMatch(/ティーハウスへようこそ/);
  });

  it('answers a success that names an unknown order neutrally, without shipping', async () => {
    const response = await createDemoStore({ onError: () => undefined }).skill.invoke(
      chargeSuccessEnvelope({ authorizationReferenceId: 'not-ours' }),
    );

    expect(ssmlOf(response)).toBe('<speak>Your sencha is already on its way.</speak>');
  });
});

describe('npm start: the scripted conversations', () => {
  it('plays every scenario', async () => {
    for (const each of scenarios) expect((await playScenario(each)).length).toBeGreaterThan(2);
  });

  it('shows what Amazon Pay said apart from what the skill says after it', async () => {
    const lines = await playScenario(scenario('payment-method'));

    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\s+Amazon Pay\s+\(speaks first, paraphrased\) says the default 1-Click payment method/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\s+Alexa\s+Nothing's been bought yet, and you haven't been charged\. Once that's taken care of/,
      ),
    );
  });

  it('shows the developer log apart from what the customer hears for a merchant error', async () => {
    const lines = await playScenario(scenario('merchant-error'));
    const alexa = lines.filter((line) => line.startsWith('  Alexa'));

    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\s+Log\s+error \(InvalidSellerId, merchant, after-fix\): .*Fix: Set sellerId/,
      ),
    );
    expect(alexa.join()).not.toMatch(/seller|InvalidSellerId/i);
  });

  it.each([
    ['permission-us', /Card\s+consent card for payments:autopay_consent/],
    ['permission-japan', /Card\s+consent card for payments:autopay_consent/],
    ['server-error', /Directive\s+Connections\.SendRequest Charge/],
    ['voice-code', /\(listening\)/],
    ['soft-decline', /Welcome back to Tea House/],
    ['happy', /Card\s+Tea House: order confirmed/],
  ])('plays %s', async (name, expected) => {
    expect((await playScenario(scenario(name))).join('\n')).toMatch(expected);
  });

  it('resends the identical Charge after a server error', async () => {
    const lines = await playScenario(scenario('server-error'));

    expect(lines.filter((line) => /Connections\.SendRequest Charge/.test(line))).toHaveLength(2);
    expect(lines).toContainEqual(expect.stringMatching(/resend \(InternalServerError/));
  });

  it('plays in the locale asked for', async () => {
    const lines = await playScenario(scenario('happy'), 'de-DE');

    expect(lines.join('\n')).toMatch(/Willkommen im Tea House/);
  });

  it('has --help, --scenario and --locale, and refuses what it does not know', async () => {
    const out: string[] = [];
    const write = (text: string) => void out.push(text);

    expect(await main(['--help'], write)).toBe(0);
    expect(await main(['--scenario', 'nope'], write)).toBe(2);
    expect(await main(['--locale'], write)).toBe(2);
    expect(await main(['--scenario', 'decline', '--locale', 'ja-JP'], write)).toBe(0);
    expect(out[0]).toMatch(/--scenario <name>/);
    expect(out.at(-1)).toMatch(/ご購入は完了しておらず/);
  });
});
