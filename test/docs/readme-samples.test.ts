import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

// Every ts sample of the README, compiled as a module of its own against the sources, with
// the names a sample takes from its surroundings declared once, here.
const root = join(__dirname, '..', '..');
const folder = join(root, '.readme-snippets');

const surroundings = `
import type { ErrorHandler, HandlerInput, RequestHandler, Skill } from 'ask-sdk-core';
import type { AmazonPayMiddleware } from 'ask-sdk-amazon-pay-middleware';
import type { i18n } from 'i18next';
declare global {
  const handlerInput: HandlerInput;
  const amazonPay: AmazonPayMiddleware;
  const skill: Skill;
  const LaunchHandler: RequestHandler;
  const BuyHandler: RequestHandler;
  const myCustomers: Set<string>;
  const PaymentResultHandler: RequestHandler;
  const HelpHandler: RequestHandler;
  const MyErrorHandler: ErrorHandler;
  const myI18n: i18n;
  function agreementIdOf(input: HandlerInput): string;
  function newOrderId(): string;
}
`;

const samples = [
  ...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g),
].map(([, code]) => code ?? '');

beforeAll(() => mkdirSync(folder, { recursive: true }));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the README samples', () => {
  it('are there', () => {
    expect(samples.length).toBeGreaterThanOrEqual(8);
  });

  it('all compile', () => {
    const files = samples.map((code, i) => {
      const file = join(folder, `sample-${i + 1}.ts`);
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    const ambient = join(folder, 'surroundings.d.ts');
    writeFileSync(ambient, `${surroundings}\nexport {};\n`);
    const program = ts.createProgram([...files, ambient], {
      module: ts.ModuleKind.Node16,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      types: ['node', 'jest'],
      typeRoots: [join(root, 'node_modules', '@types')],
      paths: {
        'ask-sdk-amazon-pay-middleware': [join(root, 'src', 'index.ts')],
        'ask-sdk-amazon-pay-middleware/testing': [join(root, 'src', 'testing', 'index.ts')],
        'ask-sdk-amazon-pay-middleware/check': [join(root, 'src', 'check', 'index.ts')],
      },
    });

    const problems = ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) =>
          `${d.file === undefined ? '' : d.file.fileName.replace(folder, '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );

    expect(problems).toEqual([]);
  });
});
