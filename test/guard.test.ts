import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? filesUnder(join(folder, item.name)) : [join(folder, item.name)],
  );
}

describe('the test folder', () => {
  it('holds only suites jest runs (*.test.ts) and helpers under test/support', () => {
    const root = join(__dirname, '..');
    const stray = filesUnder(__dirname)
      .map((file) => relative(root, file))
      .filter((file) => !file.endsWith('.test.ts') && !file.startsWith(join('test', 'support')));

    expect(stray).toEqual([]);
  });
});

describe('the mutation suite', () => {
  // Suites left out of mutation runs: they test the built package, the docs, the example or
  // the benchmark.
  const leftOut = [
    'bench/bench-arguments',
    'examples/demo-store',
    'docs/docs',
    'guard',
    'package/package-entry-points',
    'package/consumer-projects',
    'package/published-files',
    'package/first-use',
    'package/built-example',
    'prompts/prompt-concurrency',
    'docs/readme-samples',
    'docs/readme',
    'docs/doc-sample-tests',
    'examples/serve',
    'check/check-example',
    'examples/any-request',
    'examples/conversations',
    'examples/lambda-entry',
    'examples/order-table',
    'examples/purchase-paths',
    'examples/skill-package',
    'scripts/mutation-parts',
  ];

  it('imports every other suite, so that no suite is forgotten by mutation runs', () => {
    const suite = readFileSync(join(__dirname, 'support', 'mutation-suite.ts'), 'utf8');
    const imported = [...suite.matchAll(/import '\.\.\/(.+)\.test';/g)].map(([, name]) => name);
    // Every suite, in any folder under test/, named by its path as the mutation suite imports it.
    const suites = filesUnder(__dirname)
      .map((file) => relative(__dirname, file).split(sep).join('/'))
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => file.replace('.test.ts', ''));

    expect([...imported, ...leftOut].sort()).toEqual(suites.sort());
  });
});
