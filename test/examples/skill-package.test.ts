import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marketplaces, type ShopLocale } from '../../examples/demo-store/src/shop';
import { intentRequestEnvelope, playPurchase, nextIntentInSession } from '../../src/testing';
import { localOrderStore } from '../support/demo-store';

const folder = join(__dirname, '..', '..', 'examples', 'demo-store');
const read = (path: string): any => JSON.parse(readFileSync(join(folder, path), 'utf8')); // eslint-disable-line @typescript-eslint/no-explicit-any
const manifest = read('skill-package/skill.json').manifest;
const locales = Object.keys(manifest.publishingInformation.locales) as ShopLocale[];
const modelOf = (locale: string) =>
  read(`skill-package/interactionModels/custom/${locale}.json`).interactionModel.languageModel;

/** The sentence Amazon requires in the description of a skill that takes Amazon Pay, by language. */
const requiredSentence: Record<string, string> = {
  en: 'This skill uses Amazon Pay to process your payments. To help protect against unwanted ordering, you can enable a four-digit voice code under Settings in the Alexa app.',
  de: 'Dieser Skill verwendet Amazon Pay, um Ihre Zahlungen zu verarbeiten. Zum Schutz vor unerwünschten Bestellungen, können Sie in der Alexa App unter Einstellungen einen vierstelligen Sprachcode vergeben.',
  ja: 'このスキルは、Amazon Payを使用して支払いを処理します。意図しないご注文を避けるために、Alexaアプリの「設定」から4桁の確認コードを設定することができます。',
};

/** How an example phrase opens the skill, by language: what follows is the utterance. */
const invocations: Record<string, RegExp> = {
  en: /^Alexa, (?:open|ask|tell) (.+?)(?: (?:to|that) (.*))?$/i,
  de: /^Alexa, (?:öffne|starte|sag|frag) (.+?)(?:, (.*))?$/i,
  ja: /^アレクサ、(.+?)(?:を開いて|で(.+))$/,
};

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[.,!?。、！？]/g, '')
    .trim();

describe("the example's skill package", () => {
  it('publishes en-US, de-DE and ja-JP', () => {
    expect(locales).toEqual(['en-US', 'de-DE', 'ja-JP']);
  });

  it.each(locales)(
    '%s: the description carries the Amazon Pay sentence of its language',
    (locale) => {
      expect(manifest.publishingInformation.locales[locale].description).toContain(
        requiredSentence[locale.slice(0, 2)],
      );
    },
  );

  it.each(locales)(
    '%s: every example phrase names the shop and is a sample utterance',
    (locale) => {
      const model = modelOf(locale);
      const samples = new Set<string>(
        model.intents.flatMap((intent: { samples?: string[] }) => intent.samples ?? []).map(normal),
      );

      for (const phrase of manifest.publishingInformation.locales[locale]
        .examplePhrases as string[]) {
        const [, name, utterance] = invocations[locale.slice(0, 2)]?.exec(phrase) ?? [];
        expect([phrase, normal(name ?? '')]).toEqual([phrase, model.invocationName]);
        if (utterance !== undefined)
          expect([phrase, samples.has(normal(utterance))]).toEqual([phrase, true]);
      }
    },
  );

  it.each(locales)('%s: the invocation name is the name of the shop', (locale) => {
    expect(modelOf(locale).invocationName).toBe(marketplaces[locale].shopName.toLowerCase());
    expect(manifest.publishingInformation.locales[locale].name).toBe(marketplaces[locale].shopName);
  });

  it.each(locales)(
    '%s: has every intent the skill answers, an order enquiry among them',
    (locale) => {
      const intents = modelOf(locale).intents as { name: string; samples: string[] }[];

      expect(intents.map((intent) => intent.name).sort()).toEqual(
        [
          'AMAZON.CancelIntent',
          'AMAZON.FallbackIntent',
          'AMAZON.HelpIntent',
          'AMAZON.NavigateHomeIntent',
          'AMAZON.NoIntent',
          'AMAZON.StopIntent',
          'AMAZON.YesIntent',
          'BuyIntent',
          'OrderEnquiryIntent',
        ].sort(),
      );
      expect(
        intents.find((intent) => intent.name === 'OrderEnquiryIntent')?.samples.length,
      ).toBeGreaterThan(4);
    },
  );

  it('does not send the certification reviewer to the sandbox', () => {
    expect(manifest.publishingInformation.testingInstructions).not.toMatch(/sandbox/i);
  });
});

describe("the example's payment defaults", () => {
  const { newStore } = localOrderStore();

  it('are what the skill sends in en-US, with no seller id or sandbox made up', async () => {
    const defaults = read('amazon-pay-defaults.json');
    const store = await newStore();
    const setup = await playPurchase(
      store.skill,
      intentRequestEnvelope('BuyIntent', { consent: 'GRANTED' }),
    );
    const charge = await playPurchase(
      store.skill,
      nextIntentInSession(setup.last, 'AMAZON.YesIntent', { consent: 'GRANTED' }),
    );

    expect(setup.directives[0]?.payload).toMatchObject(defaults.setup);
    expect(charge.directives[0]?.payload).toMatchObject(defaults.charge);
    expect(JSON.stringify(defaults)).not.toMatch(/sellerId|sandbox/);
  });
});
