import { checkSkillPackage, type CheckOptions, type Finding } from '../../src/check';
import { invocationMatchesSeller } from '../../src/check/seller-name';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  writeV2Project,
  type SkillPackage,
} from '../support/skill-packages';

afterAll(removeTemporaryFolders);

const invocationFindings = (skill: SkillPackage, options: CheckOptions): Finding[] =>
  checkSkillPackage(writeV2Project(skill).root, options).findings.filter(
    (finding) => finding.check === 'invocation-name',
  );

/** The bookshop in one locale, its invocation name replaced and its example phrases left out. */
function calledAs(invocationName: string, locale = 'en-US'): SkillPackage {
  const skill = amazonPaySkill([locale]);
  skill.models[locale].interactionModel.languageModel.invocationName = invocationName;
  skill.skill.manifest.publishingInformation.locales[locale].examplePhrases = [];
  return skill;
}

describe('the seller name option', () => {
  it('quotes only the start of a long key that is no locale when it refuses it', () => {
    const key = `bookshop-${'x'.repeat(500)}`;
    const folder = writeV2Project(amazonPaySkill(['en-US'])).root;

    const act = () => checkSkillPackage(folder, { sellerName: { [key]: 'Juniper Books' } });

    expect(act).toThrow(TypeError);
    expect(act).toThrow(
      `sellerName has the key ${JSON.stringify(key.slice(0, 40))}, which is neither a locale (ja-JP), a language (ja) nor default.`,
    );
  });
});

describe('an invocation name heard as the seller name', () => {
  it('hears initials said one by one ("j. b. books") as the seller name’s word (JB Books Ltd.)', () => {
    expect(invocationFindings(calledAs('j. b. books'), { sellerName: 'JB Books Ltd.' })).toEqual(
      [],
    );
  });

  it('hears a seller name written as one word (JuniperBooks) in the same words spaced', () => {
    expect(invocationFindings(calledAs('juniper books'), { sellerName: 'JuniperBooks' })).toEqual(
      [],
    );
  });

  it('finds the seller name within a longer invocation name despite its punctuation', () => {
    expect(
      invocationFindings(calledAs('juniper books shop'), { sellerName: 'Juniper Books!' }),
    ).toEqual([]);
  });

  it('takes no seller name made of an article alone for any invocation name', () => {
    expect(
      invocationFindings(calledAs('juniper books'), { sellerName: 'The' }).map((f) => f.message),
    ).toEqual(['The en-US invocation name "juniper books" does not match the seller name "The".']);
  });

  it.each([
    ['an empty invocation name', '', 'ジュニパーブックス'],
    ['a seller name without a letter', 'ジュニパーブックス', '！'],
  ])('finds %s in Japanese, where names compare as text', (_, invocationName, sellerName) => {
    const findings = invocationFindings(calledAs(invocationName, 'ja-JP'), {
      sellerName: { ja: sellerName },
    });

    expect(findings.map((f) => f.message)).toEqual([
      `The ja-JP invocation name ${JSON.stringify(invocationName)} does not match the seller name ${JSON.stringify(sellerName)}.`,
    ]);
  });
});

describe('numbers in the seller name', () => {
  it.each([
    ['twenty four 7 tea', '24/7 Tea', true],
    ['tea shop seven', 'Tea Shop 7', true],
    ['8 books', '7 Books', false],
    ['seven 8 books', '7 Books', false],
    ['my tea shop', 'Tea Shop 24', false],
  ])('hears the invocation name %j as the seller name %j: %s', (invocation, seller, matches) => {
    expect(invocationMatchesSeller(invocation, seller, 'en')).toBe(matches);
  });

  it.each([
    ['juniper books', '3M'],
    ['juniper books', 'Studio54'],
  ])(
    'does not let a word of letters and digits stand for other words: %j is not %j',
    (invocation, seller) => {
      expect(invocationMatchesSeller(invocation, seller, 'en')).toBe(false);
    },
  );

  it.each([
    ['seven eleven', '7Eleven'],
    ['three m', '3M'],
    ['studio fifty four', 'Studio54'],
    ['a one books', 'A1 Books'],
    ['tea for two', 'Tea4Two'],
  ])(
    'hears the number within a word of the seller name spelt out: %j is %j',
    (invocation, seller) => {
      expect(invocationMatchesSeller(invocation, seller, 'en')).toBe(true);
    },
  );

  it.each([
    ['pizza express', 'A1', 'en'],
    ['juniper books', 'A1 Books', 'en'],
    ['tea house', 'Tea4Two', 'en'],
    ['tea party', 'Tea4Two', 'en'],
    ['b express', 'B2B Shop', 'en'],
    ['pizza express', 'La7', 'it'],
    ['pizza express', 'L1', 'fr'],
    ['pizza express', 'Die3', 'de'],
  ])(
    'hears a number within a word only where the whole name is said: %j is not %j (%s)',
    (invocation, seller, language) => {
      expect(invocationMatchesSeller(invocation, seller, language)).toBe(false);
    },
  );

  it.each([
    ['half price books', '1/2 Price Books', 'en'],
    ['halber preis', '½ Preis', 'de'],
    ['demi tarif', '½ Tarif', 'fr'],
    ['jb two books', 'J.B. 2 Books', 'en'],
  ])(
    'still hears a number written with a sign or initials: %j is %j (%s)',
    (invocation, seller, language) => {
      expect(invocationMatchesSeller(invocation, seller, language)).toBe(true);
    },
  );

  it('finds nothing to report when the invocation name says the number of 7Eleven in words', () => {
    expect(invocationFindings(calledAs('seven eleven'), { sellerName: '7Eleven' })).toEqual([]);
  });
});
