import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Makes the package importable by its name from everything built into `dist/` (the example,
 * the benchmarks) the plain way: a folder in `dist/node_modules` that forwards to the bundles.
 * Node finds it without package self-reference, which some test tools' resolvers cannot follow.
 */
export function writeExamplePackage(
  dist: string,
  name: string,
  entries: Readonly<Record<string, string>>,
): void {
  const folder = join(dist, 'node_modules', name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify({ name, private: true, main: 'index.js' }, null, 2)}\n`,
  );
  for (const entry of Object.values(entries)) {
    const file = join(folder, `${entry}.js`);
    mkdirSync(join(file, '..'), { recursive: true });
    const bundle = relative(join(file, '..'), join(dist, 'bundle', `${entry}.js`));
    writeFileSync(file, `module.exports = require('${bundle.split('\\').join('/')}');\n`);
  }
}
