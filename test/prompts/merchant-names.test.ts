import {
  AmazonPayConfigurationError,
  createAmazonPayMiddleware,
  type AmazonPayMiddlewareOptions,
} from '../../src';
import { chargeSuccessEnvelope, launchRequestEnvelope } from '../../src/testing';
import { shippedTemplate } from '../support/prompt-text';
import { ssmlOf, testSkill } from '../support/skill';

const teaHouse = { default: 'Tea House', 'ja-JP': 'ティーハウス' } as const;

/**
 * What a real skill with no handler of its own says for a Charge that went through in `locale`:
 * the sentence that names the shop in every locale.
 */
async function paymentWentThrough(
  merchantName: AmazonPayMiddlewareOptions['merchantName'],
  locale: string | null,
  defaultLocale?: string,
): Promise<string | undefined> {
  const skill = testSkill({
    middleware: { merchantName, defaultLocale },
    ownPaymentHandler: false,
  });
  return ssmlOf(await skill.invoke(chargeSuccessEnvelope({}, { locale })));
}

const spoken = (locale: Parameters<typeof shippedTemplate>[0], name: string) =>
  `<speak>${shippedTemplate(locale, 'success.charge').replaceAll('{{merchantName}}', name)}</speak>`;

describe('merchantName: one name per locale', () => {
  it('speaks the Japanese name in Japan and the default elsewhere', async () => {
    expect(await paymentWentThrough(teaHouse, 'ja-JP')).toBe(spoken('ja-JP', 'ティーハウス'));
    expect(await paymentWentThrough(teaHouse, 'en-US')).toBe(spoken('en-US', 'Tea House'));
    expect(await paymentWentThrough(teaHouse, 'de-DE')).toBe(spoken('de-DE', 'Tea House'));
  });

  it.each([
    ['fr-FR', 'fr-FR', 'Le Palais des Thés'],
    ['fr-CA', 'fr-FR', 'La Maison du Thé'],
    ['es-ES', 'es-ES', 'La Tetería'],
    ['es-US', 'es-ES', 'La Tetería'],
    ['es-MX', 'es-ES', 'Casa del Té'],
    ['de-AT', 'de-DE', 'Tea House'],
    ['pt-BR', 'en-US', 'Casa do Chá'],
    ['pt-PT', 'en-US', 'Tea House'],
  ] as const)(
    'a request in %s hears the name of its locale, else of its language, else the default',
    async (requestLocale, answeredIn, name) => {
      const names = {
        default: 'Tea House',
        fr: 'Le Palais des Thés',
        'fr-CA': 'La Maison du Thé',
        es: 'La Tetería',
        'es-MX': 'Casa del Té',
        'pt-BR': 'Casa do Chá',
      };

      expect(await paymentWentThrough(names, requestLocale)).toBe(spoken(answeredIn, name));
    },
  );

  it('reads keys in any letter case and with an underscore, as locales are read elsewhere', async () => {
    const names = { default: 'Tea House', ja_jp: 'ティーハウス', DE: 'Das Teehaus' };

    expect(await paymentWentThrough(names, 'ja-JP')).toBe(spoken('ja-JP', 'ティーハウス'));
    expect(await paymentWentThrough(names, 'de-DE')).toBe(spoken('de-DE', 'Das Teehaus'));
  });

  it('names the shop by the default locale when the request has no locale', async () => {
    const names = { default: 'Tea House', de: 'Das Teehaus' };

    expect(await paymentWentThrough(names, null, 'de-DE')).toBe(spoken('de-DE', 'Das Teehaus'));
    expect(await paymentWentThrough(names, null)).toBe(spoken('en-US', 'Tea House'));
  });

  it('keeps one skill to the right name in each locale across requests', async () => {
    const skill = testSkill({ middleware: { merchantName: teaHouse }, ownPaymentHandler: false });
    const answers = await Promise.all(
      ['ja-JP', 'en-US', 'ja-JP', 'en-GB'].map((locale) =>
        skill.invoke(chargeSuccessEnvelope({}, { locale })),
      ),
    );

    expect(answers.map(ssmlOf)).toEqual([
      spoken('ja-JP', 'ティーハウス'),
      spoken('en-US', 'Tea House'),
      spoken('ja-JP', 'ティーハウス'),
      spoken('en-GB', 'Tea House'),
    ]);
  });

  it('escapes every name of the map', async () => {
    const names = { default: 'Fish & Chips <Ltd>', 'en-GB': 'Tea & Cake "Ltd"' };

    expect(await paymentWentThrough(names, 'en-GB')).toContain('Tea &amp; Cake &quot;Ltd&quot;');
    expect(await paymentWentThrough(names, 'en-US')).toContain('Fish &amp; Chips &lt;Ltd&gt;');
  });

  it('leaves other requests to the skill whatever the names', async () => {
    const skill = testSkill({ middleware: { merchantName: teaHouse } });

    expect(ssmlOf(await skill.invoke(launchRequestEnvelope({ locale: 'ja-JP' })))).toBe(
      '<speak>Welcome to the tea house.</speak>',
    );
  });
});

describe('merchantName: checked at creation', () => {
  it.each([
    [{ 'ja-JP': 'ティーハウス' }, 'merchantName.default', 'needs a default'],
    [{}, 'merchantName.default', 'needs a default'],
    [{ default: 'Tea House', japanese: 'ティーハウス' }, 'merchantName.japanese', 'locale'],
    [{ default: 'Tea House', 'ja-JP-x': 'ティーハウス' }, 'merchantName.ja-JP-x', 'locale'],
    [{ default: 'Tea House', Default: 'Tea House' }, 'merchantName.Default', 'locale'],
    [{ default: 'Tea House', '': 'Tea House' }, 'merchantName.', 'locale'],
    [{ default: 'Tea House', 'ja-JP': '' }, 'merchantName.ja-JP', 'non-empty name'],
    [{ default: 'Tea House', 'ja-JP': ' \u0000 ' }, 'merchantName.ja-JP', 'non-empty name'],
    [{ default: '' }, 'merchantName.default', 'non-empty name'],
    [{ default: 'Tea House', fr: 7 }, 'merchantName.fr', 'non-empty name'],
    [{ default: 'Tea House', fr: null }, 'merchantName.fr', 'non-empty name'],
    [{ default: 'Tea House', fr: 'x'.repeat(101) }, 'merchantName.fr', 'at most 100'],
    [{ default: 'x'.repeat(101) }, 'merchantName.default', 'at most 100'],
    [{ default: 'Tea House', 'ja-JP': 'a', 'ja-jp': 'b' }, 'merchantName.ja-jp', 'ja-JP'],
    [['Tea House'], 'merchantName', 'string or an object'],
    [null, 'merchantName', 'string or an object'],
    [undefined, 'merchantName', 'non-empty name'],
    ['', 'merchantName', 'non-empty name'],
    ['x'.repeat(101), 'merchantName', 'at most 100'],
  ])('refuses %j, naming %s', (merchantName, option, problem) => {
    const create = () => createAmazonPayMiddleware({ merchantName } as never);

    expect(create).toThrow(AmazonPayConfigurationError);
    expect(create).toThrow(expect.objectContaining({ option }));
    expect(create).toThrow(problem);
  });

  it('accepts names of the longest allowed length and a map with only a default', () => {
    expect(() =>
      createAmazonPayMiddleware({
        merchantName: { default: 'x'.repeat(100), ja: 'y'.repeat(100) },
      }),
    ).not.toThrow();
    expect(() =>
      createAmazonPayMiddleware({ merchantName: { default: 'Tea House' } }),
    ).not.toThrow();
  });
});
