import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths';

/** The exact Node.js versions the project tests, by major version: `{ "24": "24.21.0" }`. */
export function testedNodeVersions(): Readonly<Record<string, string>> {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    config: { nodeVersions: Record<string, string> };
  };
  return manifest.config.nodeVersions;
}

/** The Node.js major version asked for with `--node <major>`, if any. */
export function requestedMajor(args: readonly string[]): string | undefined {
  const at = args.indexOf('--node');
  if (at < 0) return undefined;
  const major = args[at + 1];
  const versions = testedNodeVersions();
  if (major === undefined || versions[major] === undefined)
    throw new Error(`--node takes one of ${Object.keys(versions).join(', ')}`);
  return major;
}

/**
 * Runs this same script under another Node.js, from the npm registry's `node` package, with the
 * same arguments (`--node` included: that Node.js finds itself asked for), and returns its exit
 * code.
 */
export function runUnder(major: string, script: string, args: readonly string[]): number {
  const version = testedNodeVersions()[major] as string;
  console.log(`Running under Node.js ${version} (npx node@${version})...`);
  const run = spawnSync('npx', ['-y', `node@${version}`, '--expose-gc', script, ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  return run.status ?? 1;
}
