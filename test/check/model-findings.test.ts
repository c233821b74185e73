import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { checkSkillPackage, type CheckOptions, type CheckReport } from '../../src/check';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  writeJson,
  writeV2Project,
  type Json,
  type SkillPackage,
} from '../support/skill-packages';

afterAll(removeTemporaryFolders);

const check = (skill: SkillPackage, options?: CheckOptions): CheckReport =>
  checkSkillPackage(writeV2Project(skill).root, options);

const checksOf = (report: CheckReport): string[] => report.findings.map((f) => f.check);

/** The en-US bookshop, its language model (the object under `languageModel`) bent by `bend`. */
function withLanguageModel(bend: (languageModel: Json) => void): SkillPackage {
  const skill = amazonPaySkill(['en-US']);
  bend(skill.models['en-US'].interactionModel.languageModel);
  return skill;
}

const publishedEnUs = (skill: SkillPackage): Json =>
  skill.skill.manifest.publishingInformation.locales['en-US'];

describe('a published locale without its interaction model', () => {
  /** en-US and de-DE published, de-DE's model missing, these files beside en-US's. */
  function missingGermanModel(besides: readonly string[]): string {
    const project = writeV2Project(amazonPaySkill(['en-US', 'de-DE']));
    unlinkSync(join(project.modelFolder, 'de-DE.json'));
    for (const name of besides) writeJson(join(project.modelFolder, name), {});
    const [finding] = checkSkillPackage(project.root).findings;
    return finding?.message ?? '';
  }

  const missing =
    'de-DE is published but has no interaction model (interactionModels/custom/de-DE.json).';

  it('names a model file whose name only begins with a published locale', () => {
    expect(missingGermanModel(['de-DE-draft.json'])).toBe(
      `${missing} interactionModels/custom/ also holds de-DE-draft.json, which no published locale uses.`,
    );
  });

  it('names five model files no published locale uses, all of them', () => {
    expect(missingGermanModel(['a.json', 'b.json', 'c.json', 'd.json', 'e.json'])).toBe(
      `${missing} interactionModels/custom/ also holds a.json, b.json, c.json, d.json, e.json, which no published locale uses.`,
    );
  });

  it('names a model file with a very long name by its start only', () => {
    const name = `de-DE-${'draft-'.repeat(30)}.json`;

    expect(missingGermanModel([name])).toBe(
      `${missing} interactionModels/custom/ also holds ${name.slice(0, 60)}, which no published locale uses.`,
    );
  });
});

describe('an interaction model of an unexpected shape', () => {
  it.each([
    ['holds no interactionModel', {}],
    ['is a list', []],
    ['is null', null],
  ])('reports the missing yes and no intents of a model file that %s', (_, content) => {
    const skill = amazonPaySkill(['en-US']);
    skill.models['en-US'] = content;
    publishedEnUs(skill).examplePhrases = [];

    expect(checksOf(check(skill))).toEqual(['yes-no-intents']);
  });

  it('skips intents that are not objects', () => {
    const skill = withLanguageModel((model) => model.intents.unshift(null, 'BuyBookIntent', 7));

    expect(check(skill).findings).toEqual([]);
  });

  it('skips samples that are not text', () => {
    const skill = withLanguageModel((model) => {
      model.intents[0].samples.unshift(42, null, { text: 'buy a book' });
      model.intents[0].slots[0].samples = [['order {title}'], 'i want {title}'];
    });

    expect(check(skill).findings).toEqual([]);
  });

  it('reads an intent named like a property every object has (constructor)', () => {
    const skill = withLanguageModel((model) =>
      model.intents.push({ name: 'constructor', samples: ['build me a shelf'] }),
    );

    expect(check(skill).findings).toEqual([]);
  });
});

describe('example phrases and the invocation name of a model that has none', () => {
  const withoutInvocationName = (phrases: readonly string[]): SkillPackage => {
    const skill = withLanguageModel((model) => delete model.invocationName);
    publishedEnUs(skill).examplePhrases = [...phrases];
    return skill;
  };

  it('does not ask a phrase to name an invocation name the model lacks', () => {
    const report = check(withoutInvocationName(['Alexa, sell me a book']));

    expect(report.findings.map((f) => f.message)).toEqual([
      'The en-US example phrase "Alexa, sell me a book" matches no sample utterance of the en-US model: "sell me a book" is not one of them.',
    ]);
  });

  it('compares no invocation name with the seller name', () => {
    const report = check(withoutInvocationName([]), { sellerName: 'Juniper Books' });

    expect(report.findings).toEqual([]);
  });
});

describe('example phrases the manifest does not list', () => {
  it.each([
    ['missing', undefined],
    ['not a list', 'Alexa, open Juniper Books'],
  ])('finds no example phrase when the list is %s', (_, examplePhrases) => {
    const skill = amazonPaySkill(['en-US']);
    publishedEnUs(skill).examplePhrases = examplePhrases;

    expect(check(skill).findings).toEqual([]);
  });

  it('reports only findings, never a phrase that is not text', () => {
    const skill = amazonPaySkill(['en-US']);
    publishedEnUs(skill).examplePhrases = [42, null, { text: 'hi' }, 'Alexa, open Juniper Books'];

    expect(check(skill).findings).toEqual([]);
  });

  it('checks the models of a locale whose published entry is not an object', () => {
    const skill = amazonPaySkill(['en-US']);
    skill.skill.manifest.publishingInformation.locales['en-US'] = null;
    skill.models['en-US'].interactionModel.languageModel.intents = [];

    expect(checksOf(check(skill))).toContain('yes-no-intents');
  });
});
