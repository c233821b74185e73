import { main, playScenario } from '../../examples/demo-store/conversations/play';
import { scenarios } from '../../examples/demo-store/conversations/scenarios';
import { localOrderStore, middlewareSentence } from '../support/demo-store';

const { dynamo } = localOrderStore();
// Each test plays whole conversations against a local table: seconds on a busy machine.
jest.setTimeout(30_000);

const play = async (name: string, locale?: string) => {
  const found = scenarios.find((s) => s.name === name);
  if (found === undefined) throw new Error(name);
  return (await playScenario(found, locale, dynamo())).join('\n');
};

describe('npm start: the scripted conversations', () => {
  it.each(scenarios.map((s) => [s.name]))(
    'plays %s with the customer, Alexa and Amazon Pay',
    async (name) => {
      const transcript = await play(name);

      expect(transcript).toMatch(/^ {2}Customer {4}/m);
      expect(transcript).toMatch(/^ {2}Alexa {7}\S/m);
    },
  );

  it.each(['en-US', 'de-DE', 'ja-JP'])(
    'sends no Charge unless, since the last Setup, the customer heard the total and said yes (%s)',
    async (locale) => {
      for (const scenario of scenarios) {
        let agreed = false;
        let previous = '';
        for (const line of await playScenario(scenario, locale, dynamo())) {
          if (/Connections\.SendRequest Setup/.test(line)) agreed = false;
          if (/^ {2}Customer +("Yes"|"Ja"|「はい」)$/.test(line))
            agreed ||= /^ {2}Alexa .*(The total is|Der Gesamtbetrag ist|合計金額は)/.test(previous);
          if (/Connections\.SendRequest Charge/.test(line))
            expect([scenario.name, agreed]).toEqual([scenario.name, true]);
          if (/^ {2}(Customer|Alexa) /.test(line)) previous = line;
        }
      }
    },
    120_000,
  );

  it('prints what Amazon Pay answered, not what a script hoped for', async () => {
    expect(await play('suspended')).toMatch(
      /Amazon Pay {2}Setup succeeds \(billing agreement SUSPENDED, shipping address returned\)/,
    );
    expect(await play('happy')).toMatch(/Amazon Pay {2}Charge succeeds \(authorization Closed\)/);
    expect(await play('payment-method')).toMatch(/Charge fails: InvalidPaymentMethod \(HTTP 400\)/);
  });

  it('shows what Amazon Pay said apart from what the skill says after it', async () => {
    const transcript = await play('payment-method');

    expect(transcript).toMatch(
      /^\s+Amazon Pay\s+\(speaks first, paraphrased\) says the default 1-Click payment method/m,
    );
    const followUp = middlewareSentence(
      'en-US',
      'afterAmazonPaySpoke.paymentMethodNeedsUpdate',
      'Tea House',
    );

    expect(transcript).toContain(`  Alexa       ${followUp} Your order is kept`);
  });

  it('shows the developer log apart from what the customer hears for a merchant error', async () => {
    const lines = (await play('merchant-error')).split('\n');

    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\s+Log\s+error \(InvalidSellerId, merchant, after-fix\): .*Fix: Set sellerId/,
      ),
    );
    expect(lines.filter((line) => line.startsWith('  Alexa')).join()).not.toMatch(
      /seller|InvalidSellerId/i,
    );
  });

  it.each([
    ['permission-us', /Card\s+consent card for payments:autopay_consent/],
    ['permission-japan', /Card\s+consent card for payments:autopay_consent/],
    ['server-error', /(Directive\s+Connections\.SendRequest Charge[^]*){2}/],
    ['voice-code', /\(listening\)/],
    ['soft-decline', /Welcome back to Tea House/],
    ['soft-decline-no', /Okay, I cancelled that order\.[^]*Alexa {7}Welcome to Tea House\./],
    ['pending', /Card\s+Tea House: order TH-\d{8} placed/],
    ['happy', /Card\s+Tea House: order TH-\d{8} confirmed/],
    ['changed-mind', /Okay, I cancelled that order\. Nothing was bought\./],
    ['order-enquiry', /Card\s+Tea House: cancelling or refunding an order/],
  ])('plays %s', async (name, expected) => {
    expect(await play(name)).toMatch(expected);
  });

  it('plays in the locale asked for', async () => {
    expect(await play('happy', 'de-DE')).toMatch(/Willkommen im Tea House/);
  });

  it('has --help, --scenario and --locale, and refuses what it does not know', async () => {
    const out: string[] = [];
    const write = (text: string) => void out.push(text);

    expect(await main(['--help'], write)).toBe(0);
    expect(await main(['--scenario', 'nope'], write)).toBe(2);
    expect(await main(['--locale'], write)).toBe(2);
    expect(await main(['--scenario', 'decline', '--locale', 'ja-JP'], write)).toBe(0);
    expect(out[0]).toMatch(/--scenario <name>/);
    expect(out.at(-1)).toContain(
      middlewareSentence('ja-JP', 'afterAmazonPaySpoke.declined', 'ティーハウス'),
    );
  });
});
