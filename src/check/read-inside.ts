import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';
import { SkillPackageError } from './findings';

/** What reading a file of a folder found: the file is never read when it leads outside. */
export type ReadResult =
  | { readonly state: 'read'; readonly value: unknown }
  | { readonly state: 'missing' }
  | { readonly state: 'outside' };

// Interaction models of real skills stay well under a megabyte; anything this big is not one.
const maxFileBytes = 16 * 1024 * 1024;

const isInside = (folder: string, path: string): boolean =>
  path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/** The real path of a folder, the boundary every read inside it keeps to. */
export function realFolder(folder: string): string | undefined {
  try {
    const real = realpathSync(folder);
    return statSync(real).isDirectory() ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where `relative` leads inside `folder` (a real path), following symbolic links: `undefined`
 * when nothing is there, `'outside'` when it leads out of the folder. `relative` is built
 * from checked parts only, but an absolute path or `..` is refused all the same.
 */
export function resolveInside(folder: string, relative: string): string | 'outside' | undefined {
  if (isAbsolute(relative) || relative.split(/[\\/]/).includes('..')) return 'outside';
  let real: string;
  try {
    real = realpathSync(join(folder, relative));
  } catch {
    return undefined;
  }
  return isInside(folder, real) ? real : 'outside';
}

/** Why JSON.parse refused a file, without the text around the mistake (it may be a secret). */
function parseProblem(error: unknown): string {
  const at = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return at === null ? 'it does not parse' : `it does not parse at character ${at[1]}`;
}

/** Reads a JSON file found by {@link resolveInside}; `name` is how messages call it. */
export function readJsonFile(path: string, name: string): unknown {
  const stats = statSync(path);
  if (stats.size > maxFileBytes) {
    throw new SkillPackageError(name, `${name} is larger than a skill package file can be.`);
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new SkillPackageError(name, `${name} is not valid JSON: ${parseProblem(error)}.`);
  }
}

/** A JSON file of the folder, named by its path relative to it; never read outside it. */
export function readInside(folder: string, relative: string): ReadResult {
  const found = resolveInside(folder, relative);
  if (found === 'outside') return { state: 'outside' };
  if (found === undefined || !statSync(found).isFile()) return { state: 'missing' };
  return { state: 'read', value: readJsonFile(found, relative) };
}

/** Whether `relative` is a folder inside `folder` (links followed, never out of it). */
export function isFolderInside(folder: string, relative: string): boolean {
  const found = resolveInside(folder, relative);
  return found !== undefined && found !== 'outside' && statSync(found).isDirectory();
}

/** The names in a folder inside `folder`; none when it is missing or leads outside. */
export function listInside(folder: string, relative: string): string[] {
  if (!isFolderInside(folder, relative)) return [];
  return readdirSync(join(folder, relative)).sort();
}
