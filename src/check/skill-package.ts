import { basename, join, resolve } from 'node:path';
import { asRecord, asString } from '../outcome/read';
import { SkillPackageError, type PackageLayout } from './findings';
import {
  isFolderInside,
  listInside,
  readInside,
  realFolder,
  resolveInside,
  type ReadResult,
} from './read-inside';

/** A skill package found on disk: where it is, how it is laid out, and reads kept inside it. */
export interface SkillPackage {
  /** The absolute path of the folder that holds skill.json. */
  readonly folder: string;
  readonly layout: PackageLayout;
  /** The interaction model file of a locale, relative to the folder. */
  readonly modelFile: (locale: string) => string;
  /** Reads a JSON file of the package, named relative to its folder. */
  readonly read: (file: string) => ReadResult;
  /** The names in a folder of the package, named relative to its folder. */
  readonly list: (folder: string) => string[];
}

/** The manifest of every skill package, at the root of its folder. */
export const manifestFile = 'skill.json';
const v2PackageFolder = 'skill-package';

/** The package folders an ASK CLI v2 project names: its ask-resources.json's, then the usual. */
function v2Candidates(root: string): string[] {
  let resources: ReadResult;
  try {
    resources = readInside(root, 'ask-resources.json');
  } catch {
    // A broken ask-resources.json is the ASK CLI's business; the usual folder may still be there.
    resources = { state: 'missing' };
  }
  const profiles = asRecord(
    asRecord(resources.state === 'read' ? resources.value : undefined)?.profiles,
  );
  const named = Object.values(profiles ?? {}).map((profile) =>
    asString(asRecord(asRecord(profile)?.skillMetadata)?.src),
  );
  return [...named.filter((src): src is string => src !== undefined), v2PackageFolder];
}

function notFound(given: string): SkillPackageError {
  return new SkillPackageError(
    manifestFile,
    `No skill.json in ${given}: looked for ${join(given, manifestFile)} (a skill package, or an ASK CLI v1 project) and ${join(given, v2PackageFolder, manifestFile)} (an ASK CLI v2 project). Point the check at the folder that holds skill.json, usually skill-package/.`,
  );
}

function layoutOf(real: string, foundInProject: boolean, folder: string): PackageLayout {
  if (foundInProject || isFolderInside(real, 'interactionModels')) return 'ask-cli-v2';
  if (isFolderInside(real, 'models')) return 'ask-cli-v1';
  return basename(folder) === v2PackageFolder ? 'ask-cli-v2' : 'ask-cli-v1';
}

/**
 * Finds the skill package in the folder given: the folder itself when it holds skill.json (a
 * v2 skill-package folder, or a v1 project), else the package folder of a v2 project.
 */
export function openSkillPackage(given: string): SkillPackage {
  const root = resolve(given);
  const realRoot = realFolder(root);
  if (realRoot === undefined) {
    throw new SkillPackageError(
      given,
      `${given} is not a folder: give the skill package folder (the one with skill.json) or the skill project folder.`,
    );
  }
  let folder = root;
  let real = realRoot;
  const here = resolveInside(realRoot, manifestFile);
  if (here === undefined) {
    const found = v2Candidates(realRoot)
      .map((candidate) => ({ candidate, real: resolveInside(realRoot, candidate) }))
      .find(
        ({ real: inside }) =>
          inside !== undefined &&
          inside !== 'outside' &&
          resolveInside(inside, manifestFile) !== undefined,
      );
    if (found === undefined) throw notFound(given);
    folder = join(root, found.candidate);
    real = found.real as string;
  }
  const layout = layoutOf(real, folder !== root, folder);
  return {
    folder,
    layout,
    modelFile: (locale) =>
      layout === 'ask-cli-v1' ? `models/${locale}.json` : `interactionModels/custom/${locale}.json`,
    read: (file) => readInside(real, file),
    list: (inner) => listInside(real, inner),
  };
}

/** Reads skill.json, which every package must have. */
export function readManifestFile(skillPackage: SkillPackage): unknown {
  const result = skillPackage.read(manifestFile);
  if (result.state === 'outside') {
    throw new SkillPackageError(
      manifestFile,
      'skill.json leads outside the skill package (through a symbolic link): the check reads nothing outside it.',
    );
  }
  if (result.state === 'missing')
    throw new SkillPackageError(manifestFile, 'skill.json is missing.');
  return result.value;
}
