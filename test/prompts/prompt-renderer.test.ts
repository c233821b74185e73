import i18next from 'i18next';
import { XMLValidator } from 'fast-xml-parser';
import {
  AmazonPayConfigurationError,
  isAmazonPayConfigurationError,
  promptKeys,
  supportedLocales,
} from '../../src';
import { PromptRenderer } from '../../src/prompts/renderer';
import { amazonSiteInJapanese, expectedSpeech, shippedTemplate } from '../support/prompt-text';

const renderer = (options: Partial<ConstructorParameters<typeof PromptRenderer>[0]> = {}) =>
  new PromptRenderer({ merchantName: 'Tea House', ...options });

// No shipped prompt names the customer's Amazon website any more (the sentences that did now
// point to the Amazon Pay account), but a skill's own prompts may: one per locale that does.
const promptsNamingTheSite = Object.fromEntries(
  supportedLocales.map((locale) => [
    locale,
    { 'error.unexpected': `${locale}: {{amazonSite}}, {{merchantName}}.` },
  ]),
);

describe('PromptRenderer: locales', () => {
  it.each([
    ['en-US', 'en-US'],
    ['de-DE', 'de-DE'],
    ['ja-JP', 'ja-JP'],
    ['fr-CA', 'fr-FR'],
    ['es-MX', 'es-ES'],
    ['es-US', 'es-ES'],
    ['en-AU', 'en-GB'],
    ['en-IN', 'en-GB'],
    ['en-CA', 'en-US'],
    ['de-AT', 'de-DE'],
    ['it', 'it-IT'],
    ['EN_gb', 'en-GB'],
    ['pt-BR', 'en-US'],
    ['hi-IN', 'en-US'],
    ['', 'en-US'],
    ['string', 'en-US'],
    ['x'.repeat(5000), 'en-US'],
    ['en-US-x-twang', 'en-US'],
    [undefined, 'en-US'],
    [null, 'en-US'],
    [42, 'en-US'],
    [{ toString: () => 'de-DE' }, 'en-US'],
  ])('answers a request in %p in %s', (requestLocale, expected) => {
    expect(renderer().localeFor(requestLocale)).toBe(expected);
  });

  it('falls back to a configured default locale', () => {
    expect(renderer({ defaultLocale: 'de-DE' }).localeFor('pt-BR')).toBe('de-DE');
  });

  it.each([
    ['es-US', 'es-ES', 'amazon.com'],
    ['es-ES', 'es-ES', 'amazon.es'],
    ['es-MX', 'es-ES', 'amazon.com.mx'],
    ['en-GB', 'en-GB', 'amazon.co.uk'],
    ['ja-JP', 'ja-JP', amazonSiteInJapanese],
    ['fr-CA', 'fr-FR', 'amazon.ca'],
    ['de-AT', 'de-DE', 'amazon.de'],
    ['fr', 'fr-FR', 'amazon.fr'],
    [undefined, 'en-US', 'amazon.com'],
  ])(
    'names the Amazon website of the request country: %p hears %s with %s',
    (requestLocale, locale, site) => {
      const withSite = renderer({ prompts: promptsNamingTheSite });

      expect(withSite.localeFor(requestLocale)).toBe(locale);
      expect(withSite.speak('error.unexpected', requestLocale)).toBe(
        `<speak>${locale}: ${site}, Tea House.</speak>`,
      );
    },
  );
});

describe('PromptRenderer: the Amazon website in Japanese', () => {
  it('names it in words in every Japanese prompt, never as an address read letter by letter', () => {
    const japanese = renderer({ prompts: promptsNamingTheSite });

    for (const key of promptKeys) {
      const ssml = japanese.speak(key, 'ja-JP');

      expect([key, ssml]).toEqual([key, expect.not.stringMatching(/amazon\.|\.co\.jp/i)]);
    }
    expect(japanese.speak('error.unexpected', 'ja-JP')).toContain(amazonSiteInJapanese);
  });
});

describe('PromptRenderer: escaping', () => {
  it.each([
    ['Fish & Chips <Ltd>', 'Fish &amp; Chips &lt;Ltd&gt;'],
    ['"Quotes" & \'apostrophes\'', '&quot;Quotes&quot; &amp; &apos;apostrophes&apos;'],
    ['Bell\u0007 and \uFFFE junk\uD800', 'Bell and  junk'],
    ['\u0000\u{1F375} Tea\uDF75\uD83C House\uFFFF', '\u{1F375} Tea House'],
    ['</speak><audio src="x"/>', '&lt;/speak&gt;&lt;audio src=&quot;x&quot;/&gt;'],
    ['{{amazonSite}} Store', '{{amazonSite}} Store'],
    ['$t(error.unexpected) Store', '$t(error.unexpected) Store'],
    ['A/B Shop', 'A/B Shop'],
  ])('speaks the merchant name %j as written', (merchantName, expected) => {
    const ssml = renderer({ merchantName }).speak('afterAmazonPaySpoke.nothingBought', 'en-US');

    expect(ssml).toContain(expected);
    expect(XMLValidator.validate(ssml)).toBe(true);
  });
});

describe('PromptRenderer: rendering once', () => {
  it('renders a prompt once and reuses it', () => {
    const shared = renderer();
    const first = shared.speak('error.unexpected', 'de-DE');

    expect(shared.speak('error.unexpected', 'de-AT')).toBe(first);
    expect(shared.speak('error.unexpected', 'de-DE')).toBe(first);
  });

  it('keeps each renderer to its own merchant name', () => {
    const teaHouse = renderer({ merchantName: 'Tea House' });
    const bookShop = renderer({ merchantName: 'Book Shop' });

    expect(teaHouse.speak('success.charge', 'en-US')).toContain('Tea House');
    expect(bookShop.speak('success.charge', 'en-US')).toContain('Book Shop');
  });

  it('leaves the global i18next instance alone', () => {
    renderer().speak('error.unexpected', 'fr-FR');

    expect(i18next.exists('error.unexpected', { lng: 'fr-FR', ns: 'amazonpay' })).not.toBe(true);
    expect(i18next.t('error.unexpected', { lng: 'fr-FR', ns: 'amazonpay' })).not.toBe(
      shippedTemplate('fr-FR', 'error.unexpected'),
    );
  });

  it('remembers a bounded number of request locales', () => {
    const shared = renderer();
    const before = shared.speak('error.unexpected', 'en-US');

    for (let i = 0; i < 1000; i += 1)
      shared.speak(
        'error.unexpected',
        `en-${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}`,
      );

    expect(shared.speak('error.unexpected', 'en-US')).toBe(before);
  });
});

describe('PromptRenderer: overrides', () => {
  it('replaces a prompt in one locale only', () => {
    const custom = renderer({
      prompts: { 'de-DE': { 'error.unexpected': 'Da lief was schief bei {{merchantName}}.' } },
    });

    expect(custom.speak('error.unexpected', 'de-DE')).toBe(
      '<speak>Da lief was schief bei Tea House.</speak>',
    );
    expect(custom.speak('error.unexpected', 'en-US')).toBe(
      expectedSpeech('en-US', 'error.unexpected'),
    );
  });

  it('accepts SSML in an override', () => {
    const custom = renderer({
      prompts: {
        'en-US': {
          'resend.oneMoment':
            '<emphasis level="moderate">One</emphasis> moment<break time="300ms"/>.',
        },
      },
    });

    expect(custom.speak('resend.oneMoment', 'en-US')).toBe(
      '<speak><emphasis level="moderate">One</emphasis> moment<break time="300ms"/>.</speak>',
    );
  });

  it('adds a locale, falling back to the default locale for keys it leaves out', () => {
    const custom = renderer({
      prompts: { 'pt-br': { 'error.unexpected': 'Desculpe, algo deu errado.' } },
    });

    expect(custom.locales).toContain('pt-BR');
    expect(custom.localeFor('pt-BR')).toBe('pt-BR');
    expect(custom.localeFor('pt-PT')).toBe('pt-BR');
    expect(custom.speak('error.unexpected', 'pt-BR')).toBe(
      '<speak>Desculpe, algo deu errado.</speak>',
    );
    expect(custom.speak('success.charge', 'pt-BR')).toContain('Your payment to Tea House');
  });

  it('adds a regional locale of a language it has, and answers that region in it', () => {
    const custom = renderer({
      prompts: { 'fr-CA': { 'error.unexpected': 'Désolé, un problème est survenu au magasin.' } },
    });

    expect(custom.locales.filter((locale) => locale.startsWith('fr'))).toEqual(['fr-FR', 'fr-CA']);
    expect(custom.localeFor('fr-CA')).toBe('fr-CA');
    expect(custom.localeFor('fr-FR')).toBe('fr-FR');
    expect(custom.localeFor('fr-BE')).toBe('fr-FR');
  });

  it('can make an added locale the default', () => {
    const custom = renderer({
      prompts: { 'nl-NL': { 'error.unexpected': 'Sorry, er ging iets mis.' } },
      defaultLocale: 'nl-NL',
    });

    expect(custom.speak('error.unexpected', 'sv-SE')).toBe(
      '<speak>Sorry, er ging iets mis.</speak>',
    );
  });

  it.each([
    [{ 'de-DE': { 'error.nope': 'x' } }, 'prompts.de-DE.error.nope', 'is not a prompt key'],
    [
      { 'de-DE': { 'error.unexpected': 'Hallo {{name}}' } },
      'prompts.de-DE.error.unexpected',
      'placeholder {{name}}',
    ],
    [
      { 'de-DE': { 'error.unexpected': 'Hallo {{- merchantName}}' } },
      'prompts.de-DE.error.unexpected',
      'placeholder',
    ],
    [
      { 'de-DE': { 'error.unexpected': 'Hallo {{merchantName, uppercase}}' } },
      'prompts.de-DE.error.unexpected',
      'placeholder',
    ],
    [
      { 'de-DE': { 'error.unexpected': 'Hallo {{merchantName' } },
      'prompts.de-DE.error.unexpected',
      'unmatched',
    ],
    [
      { 'de-DE': { 'error.unexpected': 'Fish & Chips' } },
      'prompts.de-DE.error.unexpected',
      'bare "&"',
    ],
    [
      { 'de-DE': { 'error.unexpected': '<speak>Hallo</speak>' } },
      'prompts.de-DE.error.unexpected',
      '<speak>',
    ],
    [
      { 'de-DE': { 'error.unexpected': '<break time="1s">' } },
      'prompts.de-DE.error.unexpected',
      'leaves <break> open',
    ],
    [{ 'de-DE': { 'error.unexpected': 'a </s>' } }, 'prompts.de-DE.error.unexpected', 'closes <s>'],
    [
      { 'de-DE': { 'error.unexpected': 'a < b' } },
      'prompts.de-DE.error.unexpected',
      'malformed tag',
    ],
    [
      { 'de-DE': { 'error.unexpected': 'a </break/>' } },
      'prompts.de-DE.error.unexpected',
      'malformed tag at character 2',
    ],
    [
      { 'de-DE': { 'error.unexpected': 'Tee &amp; Kuchen & mehr' } },
      'prompts.de-DE.error.unexpected',
      'bare "&" at character 17',
    ],
    [
      { 'de-DE': { 'error.unexpected': 'bell \u0007' } },
      'prompts.de-DE.error.unexpected',
      'character XML does not allow',
    ],
    [{ 'de-DE': { 'error.unexpected': '' } }, 'prompts.de-DE.error.unexpected', 'non-empty string'],
    [
      { 'de-DE': { 'error.unexpected': ' \n\t' } },
      'prompts.de-DE.error.unexpected',
      'non-empty string',
    ],
    [{ 'de-DE': { 'error.unexpected': 7 } }, 'prompts.de-DE.error.unexpected', 'non-empty string'],
    [
      { 'de-DE': { 'error.unexpected': 'x'.repeat(6001) } },
      'prompts.de-DE.error.unexpected',
      'longer than',
    ],
    [{ german: { 'error.unexpected': 'x' } }, 'prompts.german', 'not a locale'],
    [
      { 'de-DE': { 'error.unexpected': 'a' }, 'de-de': { 'error.unexpected': 'b' } },
      'prompts.de-de',
      'repeats',
    ],
    [{ 'de-DE': 'Hallo' }, 'prompts.de-DE', 'object of prompts by key'],
    [{ 'de-DE': null }, 'prompts.de-DE', 'object of prompts by key'],
    [['de-DE'], 'prompts', 'object of prompts by locale'],
  ])('rejects %j at creation, naming %s', (prompts, option, problem) => {
    const create = () => renderer({ prompts: prompts as never });

    expect(create).toThrow(AmazonPayConfigurationError);
    expect(create).toThrow(problem);
    try {
      create();
    } catch (error) {
      expect(isAmazonPayConfigurationError(error) && error.option).toBe(option);
    }
  });

  it('accepts entities, and a merchant name and a prompt of the longest allowed length', () => {
    const longest = renderer({
      merchantName: 'x'.repeat(100),
      prompts: { 'de-DE': { 'error.unexpected': 'Tee &amp; Kuchen&#8230; ' + 'y'.repeat(5976) } },
    });

    expect(longest.speak('error.unexpected', 'de-DE')).toMatch(
      /^<speak>Tee &amp; Kuchen&#8230; y+<\/speak>$/,
    );
  });

  it('names each locale once when the default locale has no prompts', () => {
    // An override of a shipped locale adds no second copy of it to the list.
    expect(() =>
      renderer({ prompts: { 'de-DE': { 'error.unexpected': 'Hallo' } }, defaultLocale: 'pt-BR' }),
    ).toThrow(
      // To the end of the message: a second de-DE would come after the list.
      new RegExp(
        `options\\.defaultLocale must be one of the locales with prompts: ${supportedLocales.join(', ')}$`,
      ),
    );
  });

  it.each([
    [{ merchantName: '' }, 'merchantName'],
    [{ merchantName: '   ' }, 'merchantName'],
    [{ merchantName: '\u0000\u0001' }, 'merchantName'],
    [{ merchantName: 42 }, 'merchantName'],
    [{ merchantName: 'x'.repeat(101) }, 'merchantName'],
    [{ defaultLocale: 'pt-BR' }, 'defaultLocale'],
    [{ defaultLocale: 'english' }, 'defaultLocale'],
  ])('rejects %j at creation', (options, option) => {
    expect(() => renderer(options as never)).toThrow(
      expect.objectContaining({ option, name: 'AmazonPayConfigurationError' }),
    );
  });
});
