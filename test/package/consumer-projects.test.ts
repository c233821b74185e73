import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync, type BuildOptions } from 'esbuild';
import ts from 'typescript';
import { expectedSpeech } from '../support/prompt-text';
import { packFolders } from '../support/tarballs';

// The packed tarball, installed offline into throwaway projects of each kind a skill developer
// starts from, each running a skill: what a user gets from `npm install`, not what the
// repository happens to contain.
const root = join(__dirname, '..', '..');
let work: string;
let projects: string;

const skillBody = `
const middleware = createAmazonPayMiddleware({
  merchantName: 'Tea House',
  tokenSecret: 'a secret of thirty-two characters',
  onError: () => undefined,
});
const skill = middleware
  .register(SkillBuilders.custom())
  .addRequestHandlers({
    canHandle: () => true,
    handle: async (input) =>
      input.responseBuilder
        .addDirective(
          await middleware.chargeDirective(input, {
            sellerId: 'A2SELLER',
            billingAgreementId: 'B01-0000000-0000000',
            paymentAction: 'AuthorizeAndCapture',
            authorizeAttributes: {
              authorizationReferenceId: 'order-1',
              authorizationAmount: { amount: '4.50', currencyCode: 'USD' },
            },
          }),
        )
        .getResponse(),
  })
  .create();

const declined = await skill.invoke(amazonPayErrorEnvelope('Charge', 'InvalidSellerId', {}, { locale: 'de-DE' }));
const launched = await skill.invoke(launchRequestEnvelope());
console.log(
  JSON.stringify({
    speech: JSON.stringify(declined.response?.outputSpeech),
    directives: JSON.stringify(launched.response?.directives),
    check: typeof checkSkillPackage,
    code: lookupErrorCode('invalid_token')?.code,
  }),
);
`;

/** A TypeScript skill: typed imports, and a deliberate type error that real types must catch. */
const typeScriptSkill = (imports: string) => `${imports}
import type { PaymentOutcome } from 'ask-sdk-amazon-pay-middleware';
export const kind: PaymentOutcome['kind'] = 'decline';
// @ts-expect-error merchantName is a string or a map, never a number
export const neverCalled = () => createAmazonPayMiddleware({ merchantName: 42 });
async function main(): Promise<void> {${skillBody.replace('(input) =>', '(input: HandlerInput) =>')}}
void main();
`;
const esImports = `import { SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import { createAmazonPayMiddleware, lookupErrorCode } from 'ask-sdk-amazon-pay-middleware';
import { amazonPayErrorEnvelope, launchRequestEnvelope } from 'ask-sdk-amazon-pay-middleware/testing';
import { checkSkillPackage } from 'ask-sdk-amazon-pay-middleware/check';`;

function write(folder: string, files: Record<string, string>): string {
  const path = join(projects, folder);
  mkdirSync(path, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(path, name), text);
  return path;
}

/** Compiles a TypeScript project as `tsc` would, failing on any diagnostic. */
function compile(folder: string, file: string, options: ts.CompilerOptions): void {
  const program = ts.createProgram([join(folder, file)], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    outDir: join(folder, 'out'),
    types: [],
    // As most projects do; the declarations themselves are checked when they are built.
    skipLibCheck: true,
    ...options,
  });
  const emitted = program.emit();
  const problems = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
  expect(problems).toEqual([]);
}

const runNode = (args: string[], cwd: string) => {
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, string>;
};

/** The banner docs/bundlers.md gives for ES module bundles, as written there. */
const documentedBanner = (): string => {
  const page = readFileSync(join(root, 'docs', 'bundlers.md'), 'utf8');
  const banner = /<!-- bundler-banner -->\s*```sh\n[^`]*"--banner:js=([^"]+)"/.exec(page)?.[1];
  if (banner === undefined) throw new Error('docs/bundlers.md gives no banner');
  return banner;
};

/** Bundles an ES module skill with esbuild, as a skill's Lambda build would. */
function bundleEsmSkill(name: string, outfile: string, options: BuildOptions): void {
  const folder = write(name, {
    'skill.mjs': `${esImports.replace(', type HandlerInput', '')}\n${skillBody}`,
  });
  buildSync({
    entryPoints: [join(folder, 'skill.mjs')],
    absWorkingDir: folder,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    ...options,
  });
}

function expectASkillThatWorks(output: Record<string, string>): void {
  expect(JSON.parse(output.speech ?? '')).toEqual({
    type: 'SSML',
    ssml: expectedSpeech('de-DE', 'error.shopCannotTakePayments'),
  });
  expect(output.directives).toMatch(/^\[\{"type":"Connections.SendRequest","name":"Charge"/);
  expect(output.check).toBe('function');
  expect(output.code).toBe('InvalidToken');
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'bundle', 'esm', 'index.mjs')))
    throw new Error('build first: npm run build');
  work = mkdtempSync(join(tmpdir(), 'consumers-'));
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  // Every package comes from a tarball made here: the peers from this project's own
  // node_modules, so that the install needs neither the network nor the npm cache.
  const installed = ['ask-sdk-core', 'ask-sdk-runtime', 'ask-sdk-model', 'i18next'];
  const dependencies = Object.fromEntries(
    packFolders([root, ...installed.map((name) => join(root, 'node_modules', name))], tarballs).map(
      ({ name, tarball }) => [name, `file:${tarball}`],
    ),
  );
  projects = join(work, 'projects');
  write('', { 'package.json': JSON.stringify({ private: true, dependencies }) });
  execFileSync(
    'npm',
    ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: projects, encoding: 'utf8' },
  );
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package, installed offline into a new project', () => {
  it.each([
    [
      'node10',
      {
        module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        ignoreDeprecations: '6.0',
      },
    ],
    ['node16', { module: ts.ModuleKind.Node16 }],
  ])('runs a TypeScript CommonJS skill resolved under %s', (name, options) => {
    const folder = write(`ts-commonjs-${name}`, {
      'package.json': JSON.stringify({ type: 'commonjs' }),
      'skill.ts': typeScriptSkill(esImports),
    });

    compile(folder, 'skill.ts', options);

    expectASkillThatWorks(runNode(['out/skill.js'], folder));
  });

  it('runs a TypeScript ES module skill under nodenext', () => {
    const folder = write('ts-esm-nodenext', {
      'package.json': JSON.stringify({ type: 'module' }),
      'skill.ts': typeScriptSkill(esImports),
    });

    compile(folder, 'skill.ts', { module: ts.ModuleKind.NodeNext });

    expectASkillThatWorks(runNode(['out/skill.js'], folder));
  });

  it('runs a plain JavaScript skill', () => {
    const folder = write('javascript', {
      'skill.js': `const { SkillBuilders } = require('ask-sdk-core');
const { createAmazonPayMiddleware, lookupErrorCode } = require('ask-sdk-amazon-pay-middleware');
const { amazonPayErrorEnvelope, launchRequestEnvelope } = require('ask-sdk-amazon-pay-middleware/testing');
const { checkSkillPackage } = require('ask-sdk-amazon-pay-middleware/check');
(async () => {${skillBody}})();`,
    });

    expectASkillThatWorks(runNode(['skill.js'], folder));
  });

  it('runs as an esbuild ES module bundle from a folder with no node_modules', () => {
    const lambda = join(work, 'lambda');

    bundleEsmSkill('esbuild-esm', join(lambda, 'skill.mjs'), {
      // ask-sdk-core requires node built-ins: an ES module bundle needs a require to do it.
      banner: { js: documentedBanner() },
    });

    expect(existsSync(join(lambda, 'node_modules'))).toBe(false);
    expectASkillThatWorks(runNode(['skill.mjs'], lambda));
  });

  it('runs as an esbuild ES module bundle without a require of its own, ask-sdk-core in a layer', () => {
    // As on Lambda with ask-sdk-core in a layer: the function's folder holds only the bundle,
    // and nothing in the bundle may count on the skill to provide `require`.
    const layer = join(work, 'layer');
    const lambda = join(layer, 'function');
    mkdirSync(join(layer, 'node_modules'), { recursive: true });
    for (const name of ['ask-sdk-core', 'ask-sdk-runtime', 'ask-sdk-model'])
      symlinkSync(join(projects, 'node_modules', name), join(layer, 'node_modules', name), 'dir');

    bundleEsmSkill('esbuild-esm-layer', join(lambda, 'skill.mjs'), {
      external: ['ask-sdk-core', 'ask-sdk-model'],
    });

    expectASkillThatWorks(runNode(['skill.mjs'], lambda));
  });
});
