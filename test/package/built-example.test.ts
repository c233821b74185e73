import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The built example imports the package by its name, as a skill would. Test tools load it
// with resolvers of their own that know node_modules folders but not package self-reference:
// a copy of the build with no package.json above it is resolved the same way.
const root = join(__dirname, '..', '..');
let copy: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'examples'))) throw new Error('build first: npm run build');
  copy = mkdtempSync(join(tmpdir(), 'built-example-'));
  cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
  // The skill's own dependencies, installed as a skill project would have them.
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the built example', () => {
  it('loads and answers without package self-reference', () => {
    const run = spawnSync(
      process.execPath,
      [
        '-e',
        `const { launchRequestEnvelope } = require('ask-sdk-amazon-pay-middleware/testing');
         require('./demo-store/src/index.js')
           .handler(launchRequestEnvelope())
           .then((answer) => console.log(answer.response.outputSpeech.ssml));`,
      ],
      {
        cwd: join(copy, 'dist', 'examples'),
        env: { ...process.env, AMAZON_PAY_TOKEN_SECRET: 'a secret of thirty-two characters' },
        encoding: 'utf8',
      },
    );

    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^<speak>.+<\/speak>\n$/);
  });
});
