import { mkdirSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { checkSkillPackage, SkillPackageError } from '../../src/check';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  temporaryFolder,
  writeJson,
  writeV1Project,
  writeV2Project,
  type Json,
} from '../support/skill-packages';

afterAll(removeTemporaryFolders);
afterEach(() => jest.restoreAllMocks());

// The module object itself (an import would give a frozen copy of its bindings), to watch it.
const fs = process.getBuiltinModule('node:fs');

// Jest reads its own modules (source maps for a thrown error's stack) while a test runs.
const testRunner = realpathSync(join(__dirname, '..', '..', 'node_modules'));

/** Every path the check reads or opens, resolved where it exists. */
function watchReads(): string[] {
  const read: string[] = [];
  const record = (path: unknown) => {
    const text = String(path);
    if (text.startsWith(testRunner + sep)) return;
    try {
      read.push(realpathSync(text));
    } catch {
      read.push(text);
    }
  };
  const readFileSync = fs.readFileSync;
  jest.spyOn(fs, 'readFileSync').mockImplementation(((path: unknown, ...rest: unknown[]) => {
    record(path);
    return (readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync);
  const openSync = fs.openSync;
  jest.spyOn(fs, 'openSync').mockImplementation(((path: unknown, ...rest: unknown[]) => {
    record(path);
    return (openSync as (...args: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync);
  return read;
}

const inside = (folder: string) => (path: string) =>
  path === realpathSync(folder) || path.startsWith(realpathSync(folder) + sep);

/** A secret beside the project, where a hostile key or link would lead. */
function plantSecrets(near: string): string {
  const secrets = join(near, '..', 'ci-secrets');
  mkdirSync(secrets, { recursive: true });
  // A valid interaction model, which the old check took for the locale's own.
  writeJson(join(secrets, 'credentials.json'), amazonPaySkill(['en-US']).models['en-US']);
  writeFileSync(join(secrets, 'token.json'), 'AKIA-SECRET-VALUE-1234 not json');
  return secrets;
}

describe('locale keys from skill.json', () => {
  it.each([
    '../../../../ci-secrets/credentials',
    '../../ci-secrets/token',
    'en_US',
    'EN-us',
    'english',
    'en',
    'en-US/../../x',
    '',
    '__proto__',
    'de-DE ',
  ])('reports %j as a finding and builds no path from it', (key) => {
    const skill = amazonPaySkill(['en-US']);
    // Defined, not assigned: "__proto__" must become a key of the file like any other.
    Object.defineProperty(skill.skill.manifest.publishingInformation.locales, key, {
      value: { name: 'Juniper Books' },
      enumerable: true,
    });
    const project = writeV2Project(skill);
    plantSecrets(project.root);
    const read = watchReads();

    const report = checkSkillPackage(project.packageFolder);

    expect(report.findings).toEqual([
      {
        severity: 'error',
        kind: 'runtime',
        check: 'locale-key',
        file: 'skill.json',
        path: 'manifest.publishingInformation.locales',
        message: `manifest.publishingInformation.locales has the key ${JSON.stringify(key)}, which is not a locale: Alexa's locales look like en-US.`,
        fix: `Rename ${JSON.stringify(key)} to the locale it stands for, such as en-US, or remove it.`,
      },
    ]);
    expect(read.filter((path) => !inside(project.packageFolder)(path))).toEqual([]);
    expect(JSON.stringify(report)).not.toContain('AKIA');
  });

  it('reports a key of privacyAndCompliance.locales that is not a locale', () => {
    const skill = amazonPaySkill(['en-US']);
    skill.skill.manifest.privacyAndCompliance.locales['../en-US'] = {
      privacyPolicyUrl: 'https://juniper-books.example/privacy',
    };

    const report = checkSkillPackage(writeV1Project(skill).root);

    expect(report.findings).toEqual([
      expect.objectContaining({
        check: 'locale-key',
        path: 'manifest.privacyAndCompliance.locales',
        message: expect.stringContaining(
          'has the key "../en-US", which is not a locale',
        ) as unknown,
      }),
    ]);
  });

  it('bounds a long key in what it prints', () => {
    const skill = amazonPaySkill(['en-US']);
    skill.skill.manifest.publishingInformation.locales[`${'x'.repeat(5000)}\n`] = {};

    const [finding] = checkSkillPackage(writeV2Project(skill).packageFolder).findings;

    expect(finding?.check).toBe('locale-key');
    expect(finding?.message.length).toBeLessThan(300);
    expect(finding?.message).not.toContain('\n');
  });
});

describe('symbolic links', () => {
  it('reports a model that leads outside the package, and never reads it', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    const secrets = plantSecrets(project.root);
    unlinkSync(join(project.modelFolder, 'en-US.json'));
    symlinkSync(join(secrets, 'credentials.json'), join(project.modelFolder, 'en-US.json'));
    const read = watchReads();

    const report = checkSkillPackage(project.packageFolder);

    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([
      {
        severity: 'error',
        kind: 'runtime',
        check: 'outside-package',
        file: 'interactionModels/custom/en-US.json',
        path: '',
        message:
          'interactionModels/custom/en-US.json leads outside the skill package (through a symbolic link): the check reads nothing outside the package, so it did not check this file.',
        fix: 'Put the file itself in the skill package, in place of the link.',
      },
    ]);
    expect(read.filter((path) => !inside(project.packageFolder)(path))).toEqual([]);
  });

  it('reports a model folder that leads outside the package', () => {
    const project = writeV1Project(amazonPaySkill(['en-US']));
    const elsewhere = temporaryFolder('elsewhere-');
    writeJson(join(elsewhere, 'en-US.json'), amazonPaySkill(['en-US']).models['en-US']);
    rmSync(project.modelFolder, { recursive: true });
    symlinkSync(elsewhere, project.modelFolder);
    const read = watchReads();

    const report = checkSkillPackage(project.root);

    expect(report.findings).toEqual([
      expect.objectContaining({ check: 'outside-package', file: 'models/en-US.json' }),
    ]);
    expect(read.filter((path) => !inside(project.root)(path))).toEqual([]);
  });

  it('refuses a skill.json that leads outside the package', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    const secrets = plantSecrets(project.root);
    unlinkSync(join(project.packageFolder, 'skill.json'));
    symlinkSync(join(secrets, 'token.json'), join(project.packageFolder, 'skill.json'));
    const read = watchReads();

    expect(() => checkSkillPackage(project.packageFolder)).toThrow(SkillPackageError);
    expect(() => checkSkillPackage(project.packageFolder)).toThrow(
      'skill.json leads outside the skill package (through a symbolic link): the check reads nothing outside it.',
    );
    expect(read.filter((path) => !inside(project.packageFolder)(path))).toEqual([]);
  });

  it('follows a link that stays inside the package', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    const shared = join(project.packageFolder, 'shared-models', 'english.json');
    writeJson(shared, amazonPaySkill(['en-US']).models['en-US']);
    unlinkSync(join(project.modelFolder, 'en-US.json'));
    symlinkSync(
      join('..', '..', 'shared-models', 'english.json'),
      join(project.modelFolder, 'en-US.json'),
    );

    expect(checkSkillPackage(project.packageFolder).findings).toEqual([]);
  });

  it('ignores a skillMetadata.src of ask-resources.json that leads outside the project', () => {
    const project = writeV2Project(amazonPaySkill(['en-US']));
    const outside = writeV2Project(amazonPaySkill(['en-US']));
    rmSync(project.packageFolder, { recursive: true });
    writeJson(join(project.root, 'ask-resources.json'), {
      profiles: { default: { skillMetadata: { src: outside.packageFolder } } },
    } as Json);
    const read = watchReads();

    expect(() => checkSkillPackage(project.root)).toThrow(/^No skill\.json in /);
    expect(read.filter((path) => !inside(project.root)(path))).toEqual([]);
  });
});
