import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SkillPackageError } from './findings';

/** A JSON file, parsed; `undefined` when it does not exist and may be missing. */
function readJsonFile(path: string, name: string, required: boolean): unknown {
  if (!existsSync(path) || !statSync(path).isFile()) {
    if (required) throw new SkillPackageError(name, `${name} is missing.`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SkillPackageError(name, `${name} is not valid JSON: ${reason}`);
  }
}

/** A JSON file of the skill package, named relative to it. */
export const readPackageJson = (folder: string, file: string, required: boolean): unknown =>
  readJsonFile(join(folder, file), file, required);

/** A JSON file given by its own path (the payment defaults), named as given. */
export const readGivenJson = (path: string): unknown => readJsonFile(path, path, true);

/** Checks that the skill package folder exists. */
export function assertFolder(folder: string, name: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new SkillPackageError(
      name,
      `${name} is not a folder: give the skill package folder, the one with skill.json.`,
    );
  }
}
