import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface Tarball {
  readonly name: string;
  /** The tarball's absolute path. */
  readonly tarball: string;
  /** The paths of the files it holds. */
  readonly files: readonly string[];
}

/**
 * Packs folders as `npm publish` would, in one npm run (their lifecycle scripts are not run:
 * build first). Packing the project's installed packages needs no network and no npm cache.
 */
export function packFolders(folders: readonly string[], destination: string): Tarball[] {
  const packed = JSON.parse(
    execFileSync(
      'npm',
      ['pack', ...folders, '--pack-destination', destination, '--ignore-scripts', '--json'],
      { encoding: 'utf8' },
    ),
  ) as { name: string; filename: string; files: { path: string }[] }[];
  if (packed.length !== folders.length) throw new Error(`npm pack packed ${packed.length} folders`);
  return packed.map(({ name, filename, files }) => ({
    name,
    tarball: join(destination, filename),
    files: files.map(({ path }) => path),
  }));
}
