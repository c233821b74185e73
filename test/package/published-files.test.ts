import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packFolders, type Tarball } from '../support/tarballs';

// What `npm publish` would ship, checked by the tools a user would point at it.
const root = join(__dirname, '..', '..');
let work: string;
let packed: Tarball;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'published-'));
  [packed] = packFolders([root], work) as [Tarball];
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const runTool = (bin: string, args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules', ...bin.split('/')), ...args], {
    cwd: work,
    encoding: 'utf8',
  });

describe('the published package', () => {
  it('resolves every entry point, with its types, under node10, node16 and bundler resolution', () => {
    const attw = runTool('@arethetypeswrong/cli/dist/index.js', [
      packed.tarball,
      '--format',
      'json',
      '--no-definitely-typed',
    ]);
    const { analysis } = JSON.parse(attw.stdout) as {
      analysis: { entrypoints: Record<string, unknown>; problems: unknown[] };
    };

    expect(Object.keys(analysis.entrypoints).sort()).toEqual([
      '.',
      './check',
      './package.json',
      './testing',
    ]);
    expect(analysis.problems).toEqual([]);
    expect(attw.status).toBe(0);
  });

  it('passes publint, warnings included', () => {
    const publint = runTool('publint/src/cli.js', ['run', packed.tarball, '--strict']);

    expect(publint.stdout).toContain('All good!');
    expect(publint.status).toBe(0);
  });

  it('ships readable bundles and no source map pointing at sources it does not ship', () => {
    const bundles = packed.files.filter((file) => /\.m?js$/.test(file) && file.startsWith('dist/'));

    expect(packed.files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(packed.files.filter((file) => file.startsWith('src/'))).toEqual([]);
    expect(bundles.length).toBeGreaterThanOrEqual(6);
    for (const bundle of bundles) {
      const lines = readFileSync(join(root, bundle), 'utf8').split('\n');
      const longest = Math.max(...lines.map((line) => line.length));
      expect([bundle, longest < 400]).toEqual([bundle, true]);
    }
  });

  it('prints a few lines, not the package, when a skill fails at start-up', () => {
    const crash = spawnSync(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(join(root, 'dist', 'bundle', 'index.js'))}).createAmazonPayMiddleware({ merchantName: 'Tea House', tokenSecret: '' });`,
      ],
      { encoding: 'utf8' },
    );

    expect(crash.stderr).toMatch(/AmazonPayConfigurationError: .*tokenSecret/);
    expect(crash.stderr.length).toBeLessThan(3000);
  });
});
