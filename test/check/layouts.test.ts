import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSkillPackage, SkillPackageError } from '../../src/check';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  skillWithoutCustomApi,
  temporaryFolder,
  writeJson,
  writeV1Project,
  writeV2Project,
} from '../support/skill-packages';

afterAll(removeTemporaryFolders);

describe('the check reads both ASK CLI layouts', () => {
  it('passes an ASK CLI v1 project: skill.json and models/<locale>.json at the root', () => {
    const project = writeV1Project(amazonPaySkill());

    expect(checkSkillPackage(project.root)).toEqual({
      ok: true,
      packageFolder: project.root,
      layout: 'ask-cli-v1',
      findings: [],
    });
  });

  it('names the v1 model file it misses', () => {
    const project = writeV1Project(amazonPaySkill());
    unlinkSync(join(project.modelFolder, 'de-DE.json'));

    expect(checkSkillPackage(project.root).findings).toEqual([
      expect.objectContaining({
        check: 'interaction-model',
        file: 'models/de-DE.json',
        message: 'de-DE is published but has no interaction model (models/de-DE.json).',
      }),
    ]);
  });

  it('says which model files no published locale uses when one is missing', () => {
    const project = writeV1Project(amazonPaySkill(['en-US']));
    // A model named after a locale Alexa does not have, beside the published en-GB.
    const skill = amazonPaySkill(['en-US']);
    skill.skill.manifest.publishingInformation.locales['en-GB'] =
      skill.skill.manifest.publishingInformation.locales['en-US'];
    skill.skill.manifest.privacyAndCompliance.locales['en-GB'] = {
      privacyPolicyUrl: 'https://juniper-books.example/uk/privacy',
    };
    writeJson(join(project.root, 'skill.json'), skill.skill);
    writeJson(join(project.modelFolder, 'en-UK.json'), skill.models['en-US']);

    expect(checkSkillPackage(project.root).findings).toEqual([
      expect.objectContaining({
        check: 'interaction-model',
        file: 'models/en-GB.json',
        message:
          'en-GB is published but has no interaction model (models/en-GB.json). models/ also holds en-UK.json, which no published locale uses.',
      }),
    ]);
  });

  it('passes the skill-package folder of an ASK CLI v2 project', () => {
    const project = writeV2Project(amazonPaySkill());

    expect(checkSkillPackage(project.packageFolder)).toMatchObject({
      ok: true,
      layout: 'ask-cli-v2',
      findings: [],
    });
  });

  it.each([
    ['ask-resources.json and .ask/', { resources: true, askFolder: true }],
    ['ask-resources.json only', { resources: true, askFolder: false }],
    ['.ask/ only', { resources: false, askFolder: true }],
    ['neither', { resources: false, askFolder: false }],
  ])('finds skill-package/ when pointed at a v2 project root with %s', (_, shape) => {
    const project = writeV2Project(amazonPaySkill(), shape);

    const report = checkSkillPackage(project.root);

    expect(report).toMatchObject({
      ok: true,
      packageFolder: project.packageFolder,
      layout: 'ask-cli-v2',
    });
  });

  it('follows skillMetadata.src of ask-resources.json to a package folder of another name', () => {
    const project = writeV2Project(amazonPaySkill());
    renameSync(project.packageFolder, join(project.root, 'alexa-package'));
    writeJson(join(project.root, 'ask-resources.json'), {
      askcliResourcesVersion: '2020-03-31',
      profiles: { default: { skillMetadata: { src: './alexa-package' } } },
    });

    expect(checkSkillPackage(project.root)).toMatchObject({
      ok: true,
      packageFolder: join(project.root, 'alexa-package'),
    });
  });

  it('finds skill-package/ beside an ask-resources.json that is not JSON', () => {
    const project = writeV2Project(amazonPaySkill());
    writeFileSync(join(project.root, 'ask-resources.json'), '{ "profiles": ');

    expect(checkSkillPackage(project.root)).toMatchObject({
      ok: true,
      packageFolder: project.packageFolder,
    });
  });

  it.each([
    ['skill-package', 'ask-cli-v2'],
    ['my-skill', 'ask-cli-v1'],
  ])('names the layout of a folder %s that holds only skill.json', (name, layout) => {
    const folder = join(temporaryFolder(), name);
    writeJson(join(folder, 'skill.json'), skillWithoutCustomApi({ smartHome: {} }).skill);

    expect(checkSkillPackage(folder).layout).toBe(layout);
  });

  it('names a few of many model files no published locale uses', () => {
    const project = writeV1Project(amazonPaySkill(['en-US', 'de-DE']));
    unlinkSync(join(project.modelFolder, 'de-DE.json'));
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      writeJson(join(project.modelFolder, `${name}.json`), {});
    }

    expect(checkSkillPackage(project.root).findings).toEqual([
      expect.objectContaining({
        message:
          'de-DE is published but has no interaction model (models/de-DE.json). models/ also holds a.json, b.json, c.json, d.json, e.json, 2 more, which no published locale uses.',
      }),
    ]);
  });

  it('reports findings relative to the package folder when pointed at the project root', () => {
    const project = writeV2Project(amazonPaySkill());
    unlinkSync(join(project.modelFolder, 'ja-JP.json'));

    expect(checkSkillPackage(project.root).findings).toEqual([
      expect.objectContaining({ file: 'interactionModels/custom/ja-JP.json' }),
    ]);
  });

  it('says where it looked, and suggests skill-package/, when there is no skill.json', () => {
    const root = temporaryFolder();
    writeJson(join(root, 'ask-resources.json'), { askcliResourcesVersion: '2020-03-31' });
    mkdirSync(join(root, 'lambda'));
    const given = relative(process.cwd(), root);

    let error: unknown;
    try {
      checkSkillPackage(given);
    } catch (thrown) {
      error = thrown;
    }

    expect(error).toBeInstanceOf(SkillPackageError);
    expect((error as Error).message).toBe(
      `No skill.json in ${given}: looked for ${join(given, 'skill.json')} (a skill package, or an ASK CLI v1 project) and ${join(given, 'skill-package', 'skill.json')} (an ASK CLI v2 project). Point the check at the folder that holds skill.json, usually skill-package/.`,
    );
  });
});

describe('skills without a custom API', () => {
  it.each([
    [
      'a smart home skill',
      { smartHome: { endpoint: { sourceDir: 'lambda/smarthome' } } },
      'smartHome',
    ],
    ['a household list skill', { householdList: {} }, 'householdList'],
    ['a video skill', { video: { regions: {} } }, 'video'],
  ])('%s gets one finding: only custom skills can use Amazon Pay', (_, apis, declared) => {
    const skill = skillWithoutCustomApi(apis);
    // Such skills rarely declare what selling needs: that is beside the point for them.
    delete skill.skill.manifest.permissions;
    delete skill.skill.manifest.privacyAndCompliance;
    const project = writeV1Project(skill);
    // As published: the models/ folder of a skill without models holds a placeholder file.
    writeFileSync(join(project.modelFolder, 'noModelsRequired'), '');

    expect(checkSkillPackage(project.root).findings).toEqual([
      {
        severity: 'error',
        kind: 'runtime',
        check: 'custom-skill',
        file: 'skill.json',
        path: 'manifest.apis.custom',
        message: `The manifest declares no custom skill API (it declares ${declared}): only custom skills can use Amazon Pay for Alexa, so no interaction model is needed or checked.`,
        fix: 'Sell from a custom skill: declare manifest.apis.custom, with an interaction model for each published locale.',
      },
    ]);
  });

  it('says so when the manifest declares no API at all', () => {
    const skill = skillWithoutCustomApi(undefined);
    delete skill.skill.manifest.apis;
    const project = writeV2Project(skill);

    expect(checkSkillPackage(project.packageFolder).findings).toEqual([
      expect.objectContaining({
        check: 'custom-skill',
        message:
          'The manifest declares no custom skill API (it declares none): only custom skills can use Amazon Pay for Alexa, so no interaction model is needed or checked.',
      }),
    ]);
  });
});
