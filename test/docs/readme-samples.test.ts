import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { allSamples, assembledFiles, root, type DocSample } from '../support/doc-samples';

// Every ts sample of the README, CONTRIBUTING.md and docs/, compiled against the sources as a
// skill project would compile it. A sample with a file header (`// skill.ts`) is part of that
// file; a sample without one stands alone, with the names it takes from its surroundings
// declared once, here.
const folder = join(root, '.readme-snippets', 'compile');

const surroundings = `
import type { HandlerInput, Skill } from 'ask-sdk-core';
import type { AmazonPayMiddleware } from 'ask-sdk-amazon-pay-middleware';
import type { i18n } from 'i18next';
declare global {
  const handlerInput: HandlerInput;
  const amazonPay: AmazonPayMiddleware;
  const skill: Skill;
  const myCustomers: Set<string>;
  const myI18n: i18n;
}
`;

const samples = allSamples();

function compile(files: readonly string[]): string[] {
  const program = ts.createProgram(files, {
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
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file === undefined ? '' : d.file.fileName.replace(folder, '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

// ask-sdk-core's helpers that read an intent: each throws on any other request type, an Amazon
// Pay answer included.
const intentReaders = new Set(['getIntentName', 'getSlot', 'getSlotValue', 'getDialogState']);

/** The calls of a sample that read an intent without checking the request type first. */
function uncheckedIntentReads(sample: DocSample): string[] {
  const source = ts.createSourceFile('sample.ts', sample.code, ts.ScriptTarget.ES2022, true);
  const checked = (node: ts.Node): boolean => {
    for (let child = node, parent = node.parent; parent !== undefined;) {
      if (
        ts.isBinaryExpression(parent) &&
        parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
        parent.right === child &&
        /getRequestType\([^)]*\)\s*===\s*'IntentRequest'/.test(parent.left.getText())
      )
        return true;
      child = parent;
      parent = parent.parent;
    }
    return false;
  };
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
      if (intentReaders.has(name) && !checked(node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${sample.document}:${sample.line + line + 1}: ${node.getText()}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

beforeAll(() => mkdirSync(folder, { recursive: true }));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the samples of the README and the docs', () => {
  it('are there', () => {
    expect(samples.filter((sample) => sample.document === 'README.md').length).toBeGreaterThan(3);
    expect(samples.filter((sample) => sample.document !== 'README.md').length).toBeGreaterThan(8);
  });

  it('that stand alone all compile', () => {
    const files = samples
      .filter((sample) => sample.file === undefined)
      .map((sample) => {
        const name = `${sample.document.replace(/\W/g, '-')}-${sample.line}.ts`;
        writeFileSync(join(folder, name), `${sample.code}\nexport {};\n`);
        return join(folder, name);
      });
    const ambient = join(folder, 'surroundings.d.ts');
    writeFileSync(ambient, `${surroundings}\nexport {};\n`);

    expect(compile([...files, ambient])).toEqual([]);
  });

  it('that make up files compile together, with nothing declared for them', () => {
    const assembled = join(folder, 'assembled');
    mkdirSync(assembled, { recursive: true });
    const files = [...assembledFiles(samples)].map(([name, code]) => {
      writeFileSync(join(assembled, name), code);
      return join(assembled, name);
    });

    expect(files.length).toBeGreaterThan(0);
    expect(compile(files)).toEqual([]);
  });

  it('check the request type before they read an intent', () => {
    expect(samples.flatMap(uncheckedIntentReads)).toEqual([]);
  });
});
