import { join } from 'node:path';
import { checkSkillPackage } from '../../src/check';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  writeJson,
  writeV1Project,
  writeV2Project,
  type Json,
  type SkillPackage,
} from '../support/skill-packages';

afterAll(removeTemporaryFolders);

function checked(skill: SkillPackage, layout: 'v1' | 'v2' = 'v2') {
  const project = layout === 'v1' ? writeV1Project(skill) : writeV2Project(skill);
  return checkSkillPackage(project.root);
}

function withManifest(change: (manifest: Json) => void, locales?: readonly string[]): SkillPackage {
  const skill = amazonPaySkill(locales);
  change(skill.skill.manifest);
  return skill;
}

describe('a skill directed at children', () => {
  it('is an error: such a skill may not take payments', () => {
    const report = checked(
      withManifest((m) => void (m.privacyAndCompliance.isChildDirected = true)),
    );

    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([
      {
        severity: 'error',
        kind: 'certification',
        check: 'child-directed',
        file: 'skill.json',
        path: 'manifest.privacyAndCompliance.isChildDirected',
        message:
          'The manifest says the skill is directed at children: a skill directed at children may not take payments.',
        fix: 'If the skill is not directed at children, set manifest.privacyAndCompliance.isChildDirected to false; if it is, it cannot sell with Amazon Pay.',
        rule: expect.stringContaining('directed at children') as unknown,
      },
    ]);
  });

  it.each([false, undefined, 'true'])('is not reported when isChildDirected is %j', (value) => {
    const skill = withManifest((m) => void (m.privacyAndCompliance.isChildDirected = value));

    expect(checked(skill).findings).toEqual([]);
  });
});

describe('automatic distribution', () => {
  it('warns, as for any locale Amazon Pay does not serve, naming the locales it adds', () => {
    const skill = withManifest(
      (m) => void (m.publishingInformation.automaticDistribution = { isActive: true }),
      ['en-US', 'de-DE'],
    );

    const report = checked(skill, 'v1');

    expect(report.ok).toBe(true);
    expect(report.findings).toEqual([
      {
        severity: 'warning',
        kind: 'runtime',
        check: 'automatic-distribution',
        file: 'skill.json',
        path: 'manifest.publishingInformation.automaticDistribution.isActive',
        message:
          "Automatic distribution publishes the skill in further locales of its languages, among them en-AU, en-CA, en-IN, which are not Amazon Pay for Alexa's locales: their customers may not be able to pay.",
        fix: 'Set manifest.publishingInformation.automaticDistribution.isActive to false and list the locales to publish in yourself.',
      },
    ]);
  });

  it('names Spanish and French locales too', () => {
    const skill = amazonPaySkill(['en-US']);
    const { locales } = skill.skill.manifest.publishingInformation;
    for (const locale of ['es-ES', 'fr-FR']) {
      locales[locale] = { ...locales['en-US'] };
      skill.skill.manifest.privacyAndCompliance.locales[locale] = {
        privacyPolicyUrl: 'https://juniper-books.example/privacy',
      };
      skill.models[locale] = skill.models['en-US'];
    }
    skill.skill.manifest.publishingInformation.automaticDistribution = { isActive: true };

    const warning = checked(skill).findings.find((f) => f.check === 'automatic-distribution');

    expect(warning?.message).toContain('among them en-AU, en-CA, en-IN, es-MX, es-US, fr-CA,');
  });

  it('warns without a list where it knows of no further locale', () => {
    const skill = withManifest(
      (m) => void (m.publishingInformation.automaticDistribution = { isActive: true }),
      ['de-DE'],
    );

    expect(checked(skill).findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        check: 'automatic-distribution',
        message:
          'Automatic distribution publishes the skill in further locales of its languages, which may include locales Amazon Pay for Alexa does not serve.',
      }),
    ]);
  });

  it.each([false, undefined])('is quiet when isActive is %j', (isActive) => {
    const skill = withManifest(
      (m) => void (m.publishingInformation.automaticDistribution = { isActive }),
    );

    expect(checked(skill).findings).toEqual([]);
  });
});

describe('an interaction model without AMAZON.YesIntent and AMAZON.NoIntent', () => {
  const withoutIntents = (names: readonly string[], locale = 'en-US') => {
    const skill = amazonPaySkill();
    const model = skill.models[locale];
    model.interactionModel.languageModel.intents =
      model.interactionModel.languageModel.intents.filter(
        (intent: Json) => !names.includes(intent.name),
      );
    return skill;
  };

  it.each([
    [['AMAZON.YesIntent', 'AMAZON.NoIntent'], 'AMAZON.YesIntent and AMAZON.NoIntent'],
    [['AMAZON.YesIntent'], 'AMAZON.YesIntent'],
    [['AMAZON.NoIntent'], 'AMAZON.NoIntent'],
  ])('is an error when it lacks %j', (missing, named) => {
    const report = checked(withoutIntents(missing));

    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([
      {
        severity: 'error',
        kind: 'runtime',
        check: 'yes-no-intents',
        file: 'interactionModels/custom/en-US.json',
        path: 'interactionModel.languageModel.intents',
        message: `The en-US model has no ${named}: after a failed voice code the middleware asks whether to try again and keeps the session open, and the customer's answer reaches no intent.`,
        fix: `Add ${named} to the intents of the en-US model.`,
      },
    ]);
  });

  it('names the v1 model file, one finding per locale', () => {
    const skill = withoutIntents(['AMAZON.NoIntent'], 'ja-JP');
    const model = skill.models['de-DE'];
    model.interactionModel.languageModel.intents =
      model.interactionModel.languageModel.intents.filter(
        (intent: Json) => intent.name !== 'AMAZON.YesIntent',
      );

    expect(checked(skill, 'v1').findings.map(({ check, file }) => [check, file])).toEqual([
      ['yes-no-intents', 'models/de-DE.json'],
      ['yes-no-intents', 'models/ja-JP.json'],
    ]);
  });

  it('reads a model whose intents are not a list as having none', () => {
    const skill = amazonPaySkill(['en-US']);
    skill.models['en-US'].interactionModel.languageModel.intents = { 'AMAZON.YesIntent': {} };

    expect(checked(skill).findings.filter((f) => f.kind === 'runtime')).toEqual([
      expect.objectContaining({
        check: 'yes-no-intents',
        message: expect.stringContaining('has no AMAZON.YesIntent and AMAZON.NoIntent') as unknown,
      }),
    ]);
  });
});

describe('the manifest, read from either layout', () => {
  it('finds the same mistakes in a v1 project as in a v2 one', () => {
    const breakIt = (m: Json) => {
      m.privacyAndCompliance.isChildDirected = true;
      delete m.permissions;
    };
    const v1 = checked(withManifest(breakIt), 'v1').findings.map((f) => f.check);
    const project = writeV2Project(withManifest(breakIt));
    writeJson(join(project.root, 'unrelated.json'), {});
    const v2 = checkSkillPackage(project.packageFolder).findings.map((f) => f.check);

    expect(v1).toEqual(['FORBIDDEN', 'child-directed']);
    expect(v2).toEqual(v1);
  });
});
