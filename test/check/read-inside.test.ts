import { realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkSkillPackage, SkillPackageError } from '../../src/check';
import { resolveInside } from '../../src/check/read-inside';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  temporaryFolder,
  writeJson,
  writeV1Project,
  writeV2Project,
} from '../support/skill-packages';

afterAll(removeTemporaryFolders);

/** What checkSkillPackage throws for the folder, or undefined when it reports. */
function thrownBy(folder: string): unknown {
  try {
    checkSkillPackage(folder);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the boundary of the skill package', () => {
  it('reports a model linked into a sibling folder whose name begins like the package folder', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    // A copy beside the package, as a backup would be: skill-package-backup/ starts with skill-package.
    const backup = `${project.packageFolder}-backup`;
    writeJson(join(backup, 'en-US.json'), amazonPaySkill(['en-US']).models['en-US']);
    rmSync(join(project.modelFolder, 'en-US.json'));
    symlinkSync(join(backup, 'en-US.json'), join(project.modelFolder, 'en-US.json'));

    expect(checkSkillPackage(project.packageFolder).findings).toEqual([
      expect.objectContaining({
        check: 'outside-package',
        file: 'interactionModels/custom/en-US.json',
      }),
    ]);
  });

  it('counts the package folder itself as inside the package', () => {
    const folder = realpathSync(temporaryFolder());

    expect(resolveInside(folder, '.')).toBe(folder);
  });

  it('does not follow a skillMetadata.src that climbs out with .., even back into the project', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    renameSync(project.packageFolder, join(project.root, 'alexa-package'));
    writeJson(join(project.root, 'ask-resources.json'), {
      profiles: {
        default: { skillMetadata: { src: `../${basename(project.root)}/alexa-package` } },
      },
    });

    expect(() => checkSkillPackage(project.root)).toThrow(/^No skill\.json in /);
  });
});

describe('the model folder', () => {
  it('reports a published locale without a model when the package has no model folder at all', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    rmSync(join(project.packageFolder, 'interactionModels'), { recursive: true });

    expect(checkSkillPackage(project.root).findings).toEqual([
      expect.objectContaining({
        check: 'interaction-model',
        message:
          'en-US is published but has no interaction model (interactionModels/custom/en-US.json).',
      }),
    ]);
  });

  it('never names the files of a model folder that leads outside the package', () => {
    const project = writeV1Project(amazonPaySkill(['en-US']));
    const elsewhere = temporaryFolder('elsewhere-');
    writeJson(join(elsewhere, 'customer-export.json'), {});
    rmSync(project.modelFolder, { recursive: true });
    symlinkSync(elsewhere, project.modelFolder);

    const [finding] = checkSkillPackage(project.root).findings;

    expect(finding?.message).toBe(
      'en-US is published but has no interaction model (models/en-US.json).',
    );
  });
});

describe('files that are not JSON', () => {
  it('says at which character a file stops parsing', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    writeFileSync(join(project.packageFolder, 'skill.json'), '{"manifest": {"a": 1,}}');

    const error = thrownBy(project.packageFolder);

    expect(error).toBeInstanceOf(SkillPackageError);
    expect((error as Error).message).toBe(
      'skill.json is not valid JSON: it does not parse at character 21.',
    );
  });

  it('says only that it does not parse when the file ends too early', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    writeFileSync(join(project.packageFolder, 'skill.json'), '{ "manifest": ');

    const error = thrownBy(project.packageFolder);

    expect(error).toBeInstanceOf(SkillPackageError);
    expect((error as Error).message).toBe('skill.json is not valid JSON: it does not parse.');
  });
});

describe('the size of a file', () => {
  const largest = 16 * 1024 * 1024;

  it('reads a file of the largest size a skill package file can be', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    const text = JSON.stringify(amazonPaySkill(['en-US']).skill);
    writeFileSync(join(project.packageFolder, 'skill.json'), text.padEnd(largest, ' '));

    expect(checkSkillPackage(project.packageFolder).ok).toBe(true);
  });

  it('refuses a file one byte larger', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    const text = JSON.stringify(amazonPaySkill(['en-US']).skill);
    writeFileSync(join(project.packageFolder, 'skill.json'), text.padEnd(largest + 1, ' '));

    expect(() => checkSkillPackage(project.packageFolder)).toThrow(
      'skill.json is larger than a skill package file can be.',
    );
  });
});
