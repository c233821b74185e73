import { checkSkillPackage, type CheckOptions, type Finding } from '../../src/check';
import { invocationMatchesSeller } from '../../src/check/seller-name';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  requiredSentences,
  writeV1Project,
  writeV2Project,
  type Json,
  type SkillPackage,
} from '../support/skill-packages';

afterAll(removeTemporaryFolders);

const check = (skill: SkillPackage, options?: CheckOptions, layout: 'v1' | 'v2' = 'v2') =>
  checkSkillPackage(
    (layout === 'v1' ? writeV1Project(skill) : writeV2Project(skill)).root,
    options,
  );

const only = (kind: string) => (findings: readonly Finding[]) =>
  findings.filter((finding) => finding.check === kind);

/** The package with one more published locale, copied from en-US or from the given one. */
function withLocale(locale: string, from = 'en-US', skill = amazonPaySkill()): SkillPackage {
  const manifest = skill.skill.manifest;
  manifest.publishingInformation.locales[locale] = structuredClone(
    manifest.publishingInformation.locales[from],
  );
  manifest.privacyAndCompliance.locales[locale] = { privacyPolicyUrl: 'https://j.example/p' };
  skill.models[locale] = structuredClone(skill.models[from]);
  return skill;
}

const localeOf = (skill: SkillPackage, locale: string): Json =>
  skill.skill.manifest.publishingInformation.locales[locale];

describe('the description sentence Amazon requires', () => {
  it.each([
    ['en-US', 'en'],
    ['de-DE', 'de'],
    ['ja-JP', 'ja'],
  ] as const)('is a certification error when the %s description lacks it', (locale, language) => {
    const skill = amazonPaySkill();
    localeOf(skill, locale).description = 'We sell books.';

    const report = check(skill);

    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([
      {
        severity: 'error',
        kind: 'certification',
        check: 'description-sentence',
        file: 'skill.json',
        path: `manifest.publishingInformation.locales.${locale}.description`,
        message: `The ${locale} description does not say, in Amazon's words for its language, that the skill uses Amazon Pay and how to set a voice code.`,
        fix: `Add this sentence to the ${locale} description: ${requiredSentences[language]}`,
        rule: expect.stringContaining('Certify your Skill with Amazon Pay') as unknown,
      },
    ]);
  });

  it.each([
    ['fr-FR', 'fr'],
    ['it-IT', 'it'],
    ['es-ES', 'es'],
    ['en-GB', 'en'],
    ['en-AU', 'en'],
    ['es-MX', 'es'],
    ['fr-CA', 'fr'],
  ] as const)('asks %s for the sentence of its language', (locale, language) => {
    const skill = withLocale(locale);
    localeOf(skill, locale).description = `Books. ${requiredSentences.en}`;

    const finding = only('description-sentence')(check(skill).findings);

    expect(finding.map((f) => f.fix)).toEqual(
      language === 'en'
        ? []
        : [`Add this sentence to the ${locale} description: ${requiredSentences[language]}`],
    );
    localeOf(skill, locale).description = `Books. ${requiredSentences[language]}`;
    expect(only('description-sentence')(check(skill).findings)).toEqual([]);
  });

  it('accepts the sentence across line breaks, doubled spaces and typographic apostrophes', () => {
    const skill = withLocale('fr-FR');
    localeOf(skill, 'fr-FR').description = `Des livres.\n\n${requiredSentences.fr
      .replace(' Pour', '\nPour')
      .replace('vous pouvez', 'vous  pouvez')
      .replace("l'application", 'l’application')}`;

    expect(only('description-sentence')(check(skill).findings)).toEqual([]);
  });

  it('finds a description that is missing or not text', () => {
    const skill = amazonPaySkill();
    delete localeOf(skill, 'en-US').description;
    localeOf(skill, 'de-DE').description = ['not', 'text'];

    expect(only('description-sentence')(check(skill).findings).map((f) => f.path)).toEqual([
      'manifest.publishingInformation.locales.en-US.description',
      'manifest.publishingInformation.locales.de-DE.description',
    ]);
  });

  it('asks nothing of a language Amazon gives no sentence for', () => {
    const skill = withLocale('pt-BR');
    localeOf(skill, 'pt-BR').description = 'Livros.';

    expect(only('description-sentence')(check(skill).findings)).toEqual([]);
  });

  it('does not take a sentence that is only nearly the same', () => {
    const skill = amazonPaySkill(['en-US']);
    localeOf(skill, 'en-US').description = requiredSentences.en.replace('four-digit', '4-digit');

    expect(only('description-sentence')(check(skill).findings)).toHaveLength(1);
  });
});

describe('example phrases', () => {
  const withPhrases = (locale: string, phrases: readonly string[], skill = amazonPaySkill()) => {
    localeOf(skill, locale).examplePhrases = [...phrases];
    return skill;
  };

  it.each([
    [
      'en-US',
      [
        'Alexa, open Juniper Books',
        'Alexa, start juniper books',
        'Alexa, talk to Juniper Books',
        'Alexa, launch Juniper Books',
      ],
    ],
    [
      'en-US',
      [
        'Alexa, ask Juniper Books to buy a book',
        'Alexa, ask Juniper Books to order Emma',
        'Alexa, tell Juniper Books I want a book',
      ],
    ],
    [
      'en-US',
      [
        'ALEXA! Ask JUNIPER BOOKS to order the novel Pride and Prejudice?',
        'buy a book',
        'order Emma',
      ],
    ],
    ['en-US', ['Alexa, buy a book from Juniper Books', 'Alexa, open Juniper Books and buy a book']],
    ['en-US', ['help', 'yes', 'stop']],
    [
      'de-DE',
      [
        'Alexa, öffne Juniper Books',
        'Alexa, starte Juniper Books',
        'Alexa, frag Juniper Books nach dem Roman Effi Briest',
      ],
    ],
    ['de-DE', ['Alexa, sag Juniper Books, ich möchte ein Buch kaufen', 'Ein Buch kaufen', 'Hilfe']],
    [
      'ja-JP',
      [
        'アレクサ、ジュニパーブックスを開いて',
        'アレクサ、ジュニパーブックスを起動して',
        'アレクサ、ジュニパーブックスで本を買いたい',
      ],
    ],
    ['ja-JP', ['アレクサ、ジュニパーブックスで吾輩は猫であるを注文して', '本をください', 'ヘルプ']],
    [
      'ja-JP',
      ['本を買いたいってジュニパーブックスに頼んで', 'アレクサ、ジュニパーブックスにつないで'],
    ],
  ])(
    'accepts %s phrases that launch the skill or say a sample utterance: %j',
    (locale, phrases) => {
      expect(only('example-phrase')(check(withPhrases(locale, phrases)).findings)).toEqual([]);
    },
  );

  it.each([
    ['en-US', 'Alexa, ask Juniper Books to sell me a novel', 'sell me a novel'],
    ['en-US', 'Alexa, ask Juniper Books for the novel', 'the novel'],
    ['en-US', 'sell me a book', 'sell me a book'],
    ['en-US', 'Alexa, ask Juniper Books to use a voucher', 'use a voucher'],
    ['en-US', 'Alexa, buy a novel from Juniper Books', 'buy a novel'],
    ['de-DE', 'Alexa, frag Juniper Books nach Büchern', 'büchern'],
    ['de-DE', 'Alexa, ask Juniper Books to buy a book', 'to buy a book'],
    ['ja-JP', 'アレクサ、ジュニパーブックスで本を買って', '本を買って'],
    ['ja-JP', 'アレクサ、ジュニパーブックスで漫画を買いたい', '漫画を買いたい'],
  ])(
    'finds the %s phrase %j, whose request %j is no sample utterance',
    (locale, phrase, request) => {
      const skill = withPhrases(locale, [phrase]);

      const report = check(skill);

      expect(report.ok).toBe(false);
      expect(only('example-phrase')(report.findings)).toEqual([
        {
          severity: 'error',
          kind: 'certification',
          check: 'example-phrase',
          file: 'skill.json',
          path: `manifest.publishingInformation.locales.${locale}.examplePhrases[0]`,
          message: `The ${locale} example phrase ${JSON.stringify(phrase)} matches no sample utterance of the ${locale} model: ${JSON.stringify(request)} is not one of them.`,
          fix: `Build the phrase around a sample utterance of the ${locale} model, or add ${JSON.stringify(request)} to the samples of the intent it should reach.`,
          rule: expect.stringContaining('sample utterances') as unknown,
        },
      ]);
    },
  );

  it('finds a phrase that opens the skill by another name than its invocation name', () => {
    const skill = withPhrases('en-US', ['Alexa, open Juniper Bookshop']);

    expect(only('example-phrase')(check(skill).findings)).toEqual([
      expect.objectContaining({
        message:
          'The en-US example phrase "Alexa, open Juniper Bookshop" matches no sample utterance of the en-US model: "open juniper bookshop" is not one of them, and it does not name the invocation name "juniper books".',
      }),
    ]);
  });

  it('says so when a phrase wakes Alexa and says nothing more', () => {
    const skill = withPhrases('en-US', ['Alexa!']);

    expect(only('example-phrase')(check(skill).findings).map((f) => f.message)).toEqual([
      'The en-US example phrase "Alexa!" matches no sample utterance of the en-US model: it says no request, and it does not name the invocation name "juniper books".',
    ]);
  });

  it('numbers the phrase it finds, and reads each locale against its own model', () => {
    const skill = amazonPaySkill(['en-US', 'de-DE']);
    localeOf(skill, 'de-DE').examplePhrases = ['Alexa, öffne Juniper Books', 'buy a book'];

    expect(only('example-phrase')(check(skill, {}, 'v1').findings).map((f) => f.path)).toEqual([
      'manifest.publishingInformation.locales.de-DE.examplePhrases[1]',
    ]);
  });

  it('accepts a built-in utterance only where the model declares that built-in intent', () => {
    const skill = withPhrases('en-US', ['help']);
    const model = skill.models['en-US'].interactionModel.languageModel;
    model.intents = model.intents.filter((intent: Json) => intent.name !== 'AMAZON.HelpIntent');

    expect(only('example-phrase')(check(skill).findings)).toHaveLength(1);
  });

  it('treats a slot as one or more words, never as none', () => {
    const skill = amazonPaySkill(['en-US']);
    skill.models['en-US'].interactionModel.languageModel.intents[0].samples = [
      'order the novel {title} in paperback',
    ];
    localeOf(skill, 'en-US').examplePhrases = [
      'Alexa, ask Juniper Books to order the novel Middlemarch in paperback',
      'order the novel in paperback',
    ];

    expect(only('example-phrase')(check(skill).findings).map((f) => f.path)).toEqual([
      'manifest.publishingInformation.locales.en-US.examplePhrases[1]',
    ]);
  });

  it('reports a phrase far too long to be one, with a bounded message', () => {
    const phrase = `Alexa, ask Juniper Books to ${'buy a book '.repeat(5000)}`;
    const skill = withPhrases('en-US', [phrase]);

    const [finding] = only('example-phrase')(check(skill).findings);

    expect(finding?.path).toBe('manifest.publishingInformation.locales.en-US.examplePhrases[0]');
    expect(finding?.message.length).toBeLessThan(600);
  });

  it('leaves the phrases of a language it does not know unchecked', () => {
    const skill = withLocale('pt-BR');
    localeOf(skill, 'pt-BR').examplePhrases = ['Alexa, me conta qualquer coisa'];

    expect(only('example-phrase')(check(skill).findings)).toEqual([]);
  });

  it('skips phrases that are not text', () => {
    const skill = amazonPaySkill(['en-US']);
    localeOf(skill, 'en-US').examplePhrases = [42, null, 'Alexa, open Juniper Books'];

    expect(only('example-phrase')(check(skill).findings)).toEqual([]);
  });
});

describe('the invocation name and the seller name', () => {
  it('is quiet when no seller name is given', () => {
    const skill = amazonPaySkill();
    skill.models['en-US'].interactionModel.languageModel.invocationName = 'book corner';
    localeOf(skill, 'en-US').examplePhrases = ['Alexa, open book corner'];

    expect(check(skill).findings).toEqual([]);
  });

  it('is a certification error when the invocation name does not match the seller name', () => {
    const report = check(amazonPaySkill(), { sellerName: 'Juniper Books' });

    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([
      {
        severity: 'error',
        kind: 'certification',
        check: 'invocation-name',
        file: 'interactionModels/custom/ja-JP.json',
        path: 'interactionModel.languageModel.invocationName',
        message:
          'The ja-JP invocation name "ジュニパーブックス" does not match the seller name "Juniper Books".',
        fix: 'Use the seller or brand name as the ja-JP invocation name, or give the seller name customers know in ja-JP (--seller-name ja-JP=<name>).',
        rule: expect.stringContaining('Certify your Skill with Amazon Pay') as unknown,
      },
    ]);
  });

  it.each([
    [{ default: 'Juniper Books', ja: 'ジュニパーブックス' }],
    [{ default: 'Juniper Books', 'ja-JP': 'ジュニパーブックス' }],
    [{ 'en-US': 'JUNIPER BOOKS', de: 'Juniper-Books', ja: 'ｼﾞｭﾆﾊﾟｰﾌﾞｯｸｽ' }],
    [{ default: 'Juniper Books Ltd.', ja: 'ジュニパーブックス株式会社' }],
    [{ default: 'Juniper', ja: 'ジュニパー' }],
  ])('accepts seller names %j, per locale or language', (sellerName) => {
    expect(check(amazonPaySkill(), { sellerName }).findings).toEqual([]);
  });

  it.each([
    ['Acme Books', 'en-US'],
    ['Books Juniper', 'en-US'],
    ['!!!', 'en-US'],
  ])('finds seller name %j against invocation name "juniper books"', (sellerName, locale) => {
    const findings = check(amazonPaySkill(['en-US']), { sellerName }).findings;

    expect(findings.map((f) => [f.check, f.file])).toEqual([
      ['invocation-name', `interactionModels/custom/${locale}.json`],
    ]);
  });

  it.each([
    ['seven eleven', '7-Eleven', true],
    ['seven eleven', '7 Eleven Stores', true],
    ['twenty four seven tea', '24/7 Tea', true],
    ['tea house', 'The Tea House', true],
    ['the', 'The Tea House', false],
    ['teekiste', 'Die Teekiste', false],
    ['tea', 'Tea House Ltd.', false],
    ['bob', '7-Eleven', false],
    ['eleven', '7-Eleven', false],
  ])('hears the invocation name %j as the seller name %j: %s', (invocation, seller, matches) => {
    expect(invocationMatchesSeller(invocation, seller, 'en')).toBe(matches);
  });

  it('reads & as the word of the locale’s language', () => {
    const skill = amazonPaySkill(['en-US', 'de-DE']);
    for (const locale of ['en-US', 'de-DE']) {
      localeOf(skill, locale).examplePhrases = [];
    }
    skill.models['en-US'].interactionModel.languageModel.invocationName = 'pen and paper';
    skill.models['de-DE'].interactionModel.languageModel.invocationName = 'pen und paper';

    expect(check(skill, { sellerName: 'Pen & Paper' }).findings).toEqual([]);
  });

  it('checks only locales a seller name applies to', () => {
    expect(
      check(amazonPaySkill(), { sellerName: { 'en-US': 'Acme' } }).findings.map((f) => f.file),
    ).toEqual(['interactionModels/custom/en-US.json']);
  });

  it.each([
    [''],
    ['   '],
    [{ default: '' }],
    [{ english: 'Juniper Books' }],
    [{ 'en-US': 42 }],
    [42],
  ])('refuses the seller name %j with a TypeError naming the option', (sellerName) => {
    const act = () => check(amazonPaySkill(['en-US']), { sellerName } as unknown as CheckOptions);

    expect(act).toThrow(TypeError);
    expect(act).toThrow(/^sellerName/);
  });
});
