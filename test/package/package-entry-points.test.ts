import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

// A consumer project in a temporary folder, with the package linked into its node_modules
// as npm would install it: checks the built entry points, not the sources.
const root = join(__dirname, '..', '..');
let consumer: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'src', 'index.js')))
    throw new Error('build first: npm run build');
  consumer = mkdtempSync(join(tmpdir(), 'consumer-'));
  mkdirSync(join(consumer, 'node_modules'));
  symlinkSync(root, join(consumer, 'node_modules', 'ask-sdk-amazon-pay-middleware'), 'dir');
});

afterAll(() => rmSync(consumer, { recursive: true, force: true }));

const run = (args: string[]) =>
  execFileSync(process.execPath, args, { cwd: consumer, encoding: 'utf8' });

describe('the published entry points', () => {
  it('load from CommonJS', () => {
    const output = run([
      '-e',
      `const root = require('ask-sdk-amazon-pay-middleware');
       const testing = require('ask-sdk-amazon-pay-middleware/testing');
       const outcome = root.classifyConnectionsResponse(testing.chargeDeclinedEnvelope('AmazonRejected').request);
       const german = root.promptResources['de-DE'].amazonpay.error.unexpected.slice(0, 12);
       if (typeof require('ask-sdk-amazon-pay-middleware/check').checkSkillPackage !== 'function') throw new Error('no check');
       console.log(root.errorCatalog.length, root.lookupErrorCode('invalid_token').code, outcome.kind, german);`,
    ]);

    expect(output.trim()).toMatch(/^\d+ InvalidToken decline Tut mir leid$/);
  });

  it('load from an ES module with named imports', () => {
    const output = run([
      '--input-type=module',
      '-e',
      `import { lookupErrorCode } from 'ask-sdk-amazon-pay-middleware';
       import { setupSuccessEnvelope } from 'ask-sdk-amazon-pay-middleware/testing';
       console.log(lookupErrorCode('FORBIDDEN').context, setupSuccessEnvelope().request.type);`,
    ]);

    expect(output.trim()).toBe('permission Connections.Response');
  });

  it.each([
    ['node20', ts.ModuleKind.Node20, undefined],
    ['nodenext', ts.ModuleKind.NodeNext, undefined],
    ['esnext with bundler resolution', ts.ModuleKind.ESNext, ts.ModuleResolutionKind.Bundler],
  ])('resolve their types for TypeScript (%s)', (_, module, moduleResolution) => {
    const file = join(consumer, 'consumer.ts');
    writeFileSync(
      file,
      `import { lookupErrorCode, type PaymentOutcome } from 'ask-sdk-amazon-pay-middleware';
       import { chargeSuccessEnvelope } from 'ask-sdk-amazon-pay-middleware/testing';
       const retriable: 'yes' | 'no' | 'after-fix' | undefined = lookupErrorCode('ServerError')?.retriable;
       const kind: PaymentOutcome['kind'] = 'decline';
       export const checks = [retriable, kind, chargeSuccessEnvelope().version];`,
    );
    const program = ts.createProgram([file], {
      module,
      moduleResolution,
      strict: true,
      noEmit: true,
      types: [],
    });

    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));

    expect(problems).toEqual([]);
  });

  it('run the check command as the package binary', () => {
    const bin = join(root, 'bin', 'ask-sdk-amazon-pay-middleware.js');
    const example = join(root, 'examples', 'demo-store', 'skill-package');

    const clean = execFileSync(process.execPath, [bin, 'check', example], { encoding: 'utf8' });
    const missing = spawnSync(process.execPath, [bin, 'check', join(consumer, 'no-such-package')], {
      encoding: 'utf8',
    });

    expect(clean.trim()).toBe('No Amazon Pay problems found.');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no-such-package is not a folder/);
  });
});
