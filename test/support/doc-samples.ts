import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root. */
export const root = join(__dirname, '..', '..');

/** Every document a user or a contributor reads: the README, CONTRIBUTING.md and docs/*.md. */
export function documents(): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return [
    'README.md',
    ...(existsSync(join(root, 'CONTRIBUTING.md')) ? ['CONTRIBUTING.md'] : []),
    ...docs,
  ];
}

export const readDocument = (document: string) => readFileSync(join(root, document), 'utf8');

/** One ```ts block of a document. */
export interface DocSample {
  readonly document: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
  /**
   * The file the sample belongs to, named by its first line (`// skill.ts` or
   * `// index.ts: the Lambda entry point`); undefined for a sample that stands alone.
   */
  readonly file: string | undefined;
}

const fileHeader = /^\/\/ ([\w.-]+\.ts)(?:[: ].*)?$/;

/** The ```ts blocks of a document, in order. */
export function samplesOf(document: string): DocSample[] {
  const text = readDocument(document);
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => {
    const code = match[1] ?? '';
    const header = fileHeader.exec(code.split('\n', 1)[0] ?? '');
    return {
      document,
      line: text.slice(0, match.index).split('\n').length,
      code,
      file: header?.[1],
    };
  });
}

/** Every ```ts block of every document. */
export const allSamples = (): DocSample[] => documents().flatMap(samplesOf);

/**
 * The files the samples with a file header make: the blocks of one file joined in the order
 * they appear, the README's first. A file belongs to the document that starts it; another
 * document may add to the README's files (more tests of its skill), to no one else's.
 */
export function assembledFiles(samples: readonly DocSample[] = allSamples()): Map<string, string> {
  const files = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const sample of samples) {
    if (sample.file === undefined) continue;
    const owner = owners.get(sample.file) ?? sample.document;
    if (owner !== sample.document && owner !== 'README.md')
      throw new Error(
        `${sample.document}:${sample.line} adds to ${sample.file}, a file of ${owner}: name it otherwise`,
      );
    owners.set(sample.file, owner);
    files.set(sample.file, `${files.get(sample.file) ?? ''}${sample.code}\n`);
  }
  return files;
}
