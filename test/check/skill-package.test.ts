import { renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { checkSkillPackage } from '../../src/check';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  temporaryFolder,
  writeJson,
  writeText,
  writeV2Project,
  type Json,
} from '../support/skill-packages';

afterAll(removeTemporaryFolders);

/** A v2 project whose ask-resources.json holds these profiles, its package in skill-package/. */
function projectWithProfiles(profiles: Json) {
  const project = writeV2Project(amazonPaySkill(['en-US']));
  writeJson(join(project.root, 'ask-resources.json'), {
    askcliResourcesVersion: '2020-03-31',
    profiles,
  });
  return project;
}

describe('the package folder of an ASK CLI v2 project', () => {
  it.each([
    ['a profile without skillMetadata', { default: { code: { default: { src: './lambda' } } } }],
    ['a profile that is not an object', { default: './skill-package' }],
    ['a skillMetadata that is not an object', { default: { skillMetadata: './skill-package' } }],
    ['a src that is not text', { default: { skillMetadata: { src: 7 } } }],
    ['no profile', {}],
  ])('is found in skill-package/ beside an ask-resources.json with %s', (_, profiles) => {
    const project = projectWithProfiles(profiles);

    expect(checkSkillPackage(project.root)).toMatchObject({
      ok: true,
      packageFolder: project.packageFolder,
    });
  });

  it('is found in skill-package/ when the src of a profile holds no skill.json', () => {
    const project = projectWithProfiles({ default: { skillMetadata: { src: './lambda' } } });
    writeText(join(project.root, 'lambda', 'index.js'), 'exports.handler = () => {};\n');

    expect(checkSkillPackage(project.root)).toMatchObject({
      ok: true,
      packageFolder: project.packageFolder,
    });
  });

  describe('when src leads outside the project', () => {
    const startedIn = process.cwd();
    afterEach(() => process.chdir(startedIn));

    it('is not found, whatever the current folder holds', () => {
      const project = projectWithProfiles({ default: { skillMetadata: { src: './linked' } } });
      rmSync(project.packageFolder, { recursive: true });
      const elsewhere = writeV2Project(amazonPaySkill(['en-US']));
      symlinkSync(elsewhere.packageFolder, join(project.root, 'linked'));
      // The check runs from wherever the developer stands: here, beside a package in outside/.
      const current = temporaryFolder('current-');
      writeJson(join(current, 'outside', 'skill.json'), amazonPaySkill(['en-US']).skill);
      process.chdir(current);

      expect(() => checkSkillPackage(project.root)).toThrow(/^No skill\.json in /);
    });
  });
});

describe('the layout of a skill package', () => {
  it('is ASK CLI v2 for a package folder of any name that holds interactionModels/', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    const folder = join(project.root, 'alexa-package');
    renameSync(project.packageFolder, folder);

    expect(checkSkillPackage(folder)).toMatchObject({ layout: 'ask-cli-v2', findings: [] });
  });

  it('is ASK CLI v2 for a package found through skillMetadata.src, before it has a model', () => {
    const project = projectWithProfiles({ default: { skillMetadata: { src: './alexa-package' } } });
    const folder = join(project.root, 'alexa-package');
    renameSync(project.packageFolder, folder);
    rmSync(join(folder, 'interactionModels'), { recursive: true });

    expect(checkSkillPackage(project.root)).toMatchObject({
      layout: 'ask-cli-v2',
      findings: [expect.objectContaining({ file: 'interactionModels/custom/en-US.json' })],
    });
  });

  it('is ASK CLI v1 for a folder named skill-package that holds models/', () => {
    const skill = amazonPaySkill(['en-US']);
    const folder = join(temporaryFolder(), 'skill-package');
    writeJson(join(folder, 'skill.json'), skill.skill);
    writeJson(join(folder, 'models', 'en-US.json'), skill.models['en-US']);

    expect(checkSkillPackage(folder)).toMatchObject({ layout: 'ask-cli-v1', findings: [] });
  });
});

describe('a skill.json that is not an object', () => {
  it.each([[[]], [null], ['manifest'], [42]])(
    'holding %j is reported as having no manifest',
    (content) => {
      const project = writeV2Project(amazonPaySkill(['en-US']));
      writeJson(join(project.packageFolder, 'skill.json'), content);

      expect(checkSkillPackage(project.packageFolder).findings).toEqual([
        {
          severity: 'error',
          kind: 'runtime',
          check: 'manifest',
          file: 'skill.json',
          path: 'manifest',
          message: 'skill.json has no manifest object.',
          fix: 'Start from the skill.json that `ask new` writes.',
        },
      ]);
    },
  );
});
