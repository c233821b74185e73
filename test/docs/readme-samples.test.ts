import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { allSamples, assembledFiles, root, type DocSample } from '../support/doc-samples';

// Every ts sample of the README, CONTRIBUTING.md and docs/, compiled against the sources as a
// skill project would compile it. A sample with a file header (`// skill.ts`) is part of that
// file; a sample without one stands alone, and imports the names it takes from its surroundings
// from a module declared once, here. Nothing is global, so that both kinds compile in one
// program and a file cannot lean on a name it never declared.
const folder = join(root, '.readme-snippets', 'compile');

const surroundings = `
import type { HandlerInput } from 'ask-sdk-core';
import type { AmazonPayMiddleware } from 'ask-sdk-amazon-pay-middleware';
import type { i18n } from 'i18next';
export declare const handlerInput: HandlerInput;
export declare const amazonPay: AmazonPayMiddleware;
export declare const myCustomers: Set<string>;
export declare const myI18n: i18n;
`;
const surroundingNames = ['handlerInput', 'amazonPay', 'myCustomers', 'myI18n'];

/** A standalone sample, with an import of each surrounding name it uses and does not declare. */
function standalone(code: string): string {
  const taken = surroundingNames.filter(
    (name) =>
      new RegExp(`\\b${name}\\b`).test(code) &&
      !new RegExp(`\\b(const|let|var|function|class)\\s+${name}\\b`).test(code),
  );
  const imports =
    taken.length === 0 ? '' : `import { ${taken.join(', ')} } from './surroundings';\n`;
  return `${imports}${code}\nexport {};\n`;
}

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

  it('all compile, those that make up files together, with nothing declared for them', () => {
    const assembled = join(folder, 'assembled');
    mkdirSync(assembled, { recursive: true });
    const files = [...assembledFiles(samples)].map(([name, code]) => {
      writeFileSync(join(assembled, name), code);
      return join(assembled, name);
    });
    const standalones = samples
      .filter((sample) => sample.file === undefined)
      .map((sample) => {
        const name = `${sample.document.replace(/\W/g, '-')}-${sample.line}.ts`;
        writeFileSync(join(folder, name), standalone(sample.code));
        return join(folder, name);
      });
    writeFileSync(join(folder, 'surroundings.ts'), surroundings);

    expect(files.length).toBeGreaterThan(0);
    expect(standalones.length).toBeGreaterThan(0);
    expect(compile([...files, ...standalones])).toEqual([]);
  });

  it('check the request type before they read an intent', () => {
    expect(samples.flatMap(uncheckedIntentReads)).toEqual([]);
  });
});
