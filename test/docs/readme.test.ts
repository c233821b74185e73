import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readOptions } from '../../scripts/options-table';
import { documents, readDocument, root, samplesOf } from '../support/doc-samples';

const readme = readDocument('README.md');
const headings = (text: string) =>
  [...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => heading ?? '');

/** GitHub's anchor for a heading. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory()
      ? item.name === 'node_modules'
        ? []
        : filesUnder(join(folder, item.name))
      : [join(folder, item.name)],
  );
}

describe('the README', () => {
  it('is a front door: at most 300 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(300);
  });

  it('says near the top that Amazon Pay for Alexa payments were disabled and no sandbox remains', () => {
    const top = readme.split('\n').slice(0, 20).join('\n');

    expect(top).toMatch(/disabled/);
    expect(top).toMatch(/2022-12-31/);
    expect(top).toMatch(/2023-03-12/);
    expect(top).toMatch(/no live sandbox/);
  });

  it('has its sections in a new user’s order', () => {
    const sections = headings(readme).slice(1);

    expect(sections).toEqual([
      'Install',
      'Register in a skill',
      'The whole flow',
      'Test it',
      'Ordering',
      'What the customer hears',
      'Options',
      'Commands',
      'Documentation',
    ]);
  });

  it('has a row in its options table for every option of the options type, and no other', () => {
    const table = readme.slice(
      readme.indexOf('<!-- options:start'),
      readme.indexOf('<!-- options:end'),
    );
    const rows = [...table.matchAll(/^\| `([\w.]+)` \|/gm)].map(([, name]) => name);

    expect(rows).toEqual(readOptions(root).map((option) => option.name));
    expect(rows).toEqual(
      expect.arrayContaining(['tokenSecret', 'tokenTtlSeconds', 'persistenceAdapter', 'retry']),
    );
  });

  it('reads the token secret from the environment in its first sample, and says why', () => {
    const [first] = samplesOf('README.md');

    expect(first?.code).toContain('tokenSecret: process.env.AMAZON_PAY_TOKEN_SECRET');
    expect(first?.code).toMatch(/\/\/ .*Without it[\s\S]*forge/);
  });

  it('gives the two commands, and leaves serving the example to the example', () => {
    expect(readme).toContain('npm ci && npm test');
    expect(readme).toMatch(/^npm start /m);
    expect(readme).not.toContain('npm run serve');
    expect(readme).not.toContain('curl');
    expect(readme).toContain('](examples/demo-store/)');
  });

  it('links every page of docs/ and CONTRIBUTING.md', () => {
    for (const page of documents().filter((document) => document !== 'README.md'))
      expect(readme).toContain(`](${page})`);
  });
});

describe('the README, docs/ and CONTRIBUTING.md', () => {
  it('name the seller id and the token secret by one environment variable each, as the example does', () => {
    const texts = [
      ...documents().map(readDocument),
      ...filesUnder(join(root, 'examples'))
        .filter((file) => /\.(ts|md|json)$/.test(file))
        .map((file) => readFileSync(file, 'utf8')),
    ].join('\n');
    const names = (pattern: RegExp) => [...new Set(texts.match(pattern))];

    expect(names(/\b[A-Z0-9_]*SELLER_ID\b/g)).toEqual(['AMAZON_PAY_SELLER_ID']);
    expect(names(/\b[A-Z0-9_]*SECRET\b/g)).toEqual(['AMAZON_PAY_TOKEN_SECRET']);
  });

  it('link only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const document of documents()) {
      const text = readDocument(document);
      for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [path = '', anchor] = target.split('#');
        const file = path === '' ? join(root, document) : join(root, dirname(document), path);
        if (!existsSync(file)) {
          broken.push(`${document}: ${target}`);
          continue;
        }
        if (anchor === undefined || statSync(file).isDirectory()) continue;
        if (!headings(readFileSync(file, 'utf8')).map(slug).includes(anchor))
          broken.push(`${document}: ${target} (no such heading in ${relative(root, file)})`);
      }
    }

    expect(broken).toEqual([]);
  });

  it('run only npm scripts the package has', () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: object }).scripts,
    );
    const mentioned = documents().flatMap((document) =>
      [...readDocument(document).matchAll(/\bnpm run ([\w:-]+)/g)].map(([, name]) => name),
    );

    expect(mentioned.length).toBeGreaterThan(0);
    expect(mentioned.filter((name) => !scripts.includes(name ?? ''))).toEqual([]);
  });
});
