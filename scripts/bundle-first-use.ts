import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';

/**
 * What a skill needs only once it meets a payment, by the file the CommonJS build keeps it in
 * and its source module: the payment path (see src/payment-path.ts), the error catalog and the
 * prompt tables. Each is required on first use, so a skill starts without parsing or running it.
 */
export const firstUseFiles = {
  'payment-path': 'payment-path',
  'data/error-catalog': 'catalog/error-catalog',
  'data/prompt-tables': 'prompts/prompt-tables',
} as const;
type FirstUseFile = keyof typeof firstUseFiles;

/**
 * The modules the main entry re-exports from a file loaded on first use. Its re-exports of them
 * read through getters that require that file on the first read.
 */
const reExportedOnFirstUse: Readonly<Record<string, FirstUseFile>> = {
  'buyer-id/get-buyer-id': 'payment-path',
  'catalog/billing-agreement-states': 'payment-path',
  'catalog/lookup': 'payment-path',
  'catalog/types': 'payment-path',
  'directives/amazon-pay-limits': 'payment-path',
  'directives/validate-payload': 'payment-path',
  'errors/fps-answer': 'payment-path',
  'middleware/permissions': 'payment-path',
  'outcome/classify': 'payment-path',
  'outcome/unconfirmed': 'payment-path',
  'prompts/prompt-keys': 'payment-path',
  'catalog/error-catalog': 'data/error-catalog',
  'prompts/prompt-tables': 'data/prompt-tables',
};

/** How a reference to a file loaded on first use reads until the build knows where it is. */
const placeholder = '@first-use/';
const placeholders = /"@first-use\/([\w/-]+)"/g;

/** The way from one built file to another, as `require` takes it. */
function pathFrom(file: string, to: string): string {
  const path = relative(dirname(file), to).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Resolves every `require` of a module kept in a file loaded on first use (and, from `entry`,
 * every import of a module re-exported from one) to that file. `locate` says how the reference
 * reads in the output.
 */
function firstUseReferences(
  src: string,
  entry: string | undefined,
  locate: (file: FirstUseFile) => string,
): Plugin {
  const required = new Map(
    Object.entries(firstUseFiles).map(([file, module]) => [join(src, module), file]),
  );
  const reExported = new Map(
    Object.entries(reExportedOnFirstUse).map(([module, file]) => [join(src, module), file]),
  );
  return {
    name: 'first-use-references',
    setup(plugin) {
      plugin.onResolve({ filter: /^\.{1,2}\// }, ({ path, resolveDir, importer, kind }) => {
        const module = join(resolveDir, path);
        const file =
          kind === 'require-call'
            ? required.get(module)
            : importer === entry
              ? reExported.get(module)
              : undefined;
        return file === undefined
          ? undefined
          : { path: locate(file as FirstUseFile), external: true };
      });
    },
  };
}

/**
 * For the entries built on their own (`/testing`, `/check`): their requires of a file loaded on
 * first use go to the main entry's copy of it, `prefix` being the way there, so that every entry
 * point shares one catalog and one payment path.
 */
export function firstUseFilesApart(src: string, prefix: string): Plugin {
  return firstUseReferences(src, undefined, (file) => `${prefix}${file}.js`);
}

/**
 * esbuild writes `require` as `__require` in ES module output, its shim in a chunk of its own.
 * These files become CommonJS, where `require` is Node's own: they call it and leave the shim's
 * chunk out (it is not written).
 */
function callNodeRequire(text: string, file: string, shimChunks: ReadonlySet<string>): string {
  const imports = /^import (?:\{\s*__require\s*\} from )?"([^"]+)";\n/gm;
  return text
    .replace(imports, (statement, path: string) =>
      shimChunks.has(join(dirname(file), path)) ? '' : statement,
    )
    .replace(/\b__require\(/g, 'require(');
}

/**
 * In the main entry, a top-level require of a file loaded on first use (what esbuild makes of a
 * re-export) becomes an object that requires the file on its first read, and keeps it.
 */
function deferTopLevelRequires(text: string, file: string, firstUse: ReadonlySet<string>) {
  const deferred = new Set<string>();
  const eager = /^var (import_[\w$]+) = require\("([^"]+)"\);$/gm;
  const code = text.replace(eager, (statement, name: string, path: string) => {
    const target = join(dirname(file), path);
    if (!firstUse.has(target)) return statement;
    deferred.add(target);
    const required = `require(${JSON.stringify(path)})`;
    return `var ${name} = new Proxy({}, { get(_, key) { return (this.module ??= ${required})[key]; } });`;
  });
  return { code, deferred };
}

/**
 * esbuild's CommonJS output exports a copy of the module's export object, each property a getter
 * reading the original through one shared function (`__copyProps`): copying costs start-up time,
 * and every read of an export then goes through a getter that sees every name. These files
 * export the object itself, whose getters are one per name; `__esModule` is set as the copy had it.
 */
function exportObjectItself(code: string, file: string): string {
  const steps: [RegExp, string][] = [
    [/^var __getOwnPropDesc = .*\n^var __getOwnPropNames = .*\n^var __hasOwnProp = .*\n/m, ''],
    [/^var __copyProps = [\s\S]*?^};\n/m, ''],
    [/^var __toCommonJS = .*\n/m, ''],
    [
      /^module\.exports = __toCommonJS\((\w+)\);$/m,
      '__defProp($1, "__esModule", { value: true });\nmodule.exports = $1;',
    ],
  ];
  return steps.reduce((text, [pattern, replacement]) => {
    if (!pattern.test(text)) throw new Error(`${file}: esbuild's export helpers have changed`);
    return text.replace(pattern, replacement);
  }, code);
}

/** A shared chunk the main entry holds: the variable that holds its exports there, and their key. */
interface HeldChunk {
  readonly name: string;
  /**
   * The key under which the entry's export object keeps the chunk's, for the files loaded on
   * first use. A symbol: the entry's names stay the public surface and nothing else.
   */
  readonly key: string;
}

/**
 * The shared chunks the main entry requires at its top level: what a skill would load at
 * start-up besides the entry itself, so the entry holds them.
 */
function chunksRequiredAtStart(
  out: string,
  entryCode: string,
  entryFile: string,
  chunks: ReadonlySet<string>,
): ReadonlyMap<string, HeldChunk> {
  const held = new Map<string, HeldChunk>();
  for (const [, name, path] of entryCode.matchAll(
    /^var (import_[\w$]+) = require\("([^"]+)"\);$/gm,
  )) {
    const chunk = join(dirname(entryFile), path as string);
    if (!chunks.has(chunk)) continue;
    const id = `ask-sdk-amazon-pay-middleware/${relative(out, chunk).split('\\').join('/')}`;
    held.set(chunk, { name: name as string, key: `Symbol.for(${JSON.stringify(id)})` });
  }
  return held;
}

/**
 * The code of a shared chunk, as the main entry holds it: run in a scope of its own where the
 * chunk's `module.exports` is a local object, then kept on the entry's export object for the
 * files loaded on first use. Its requires are made from the entry's folder, so it may require
 * only built-ins and the files loaded on first use.
 */
function heldChunk({ name, key }: HeldChunk, code: string, chunk: string): string {
  // What esbuild adds for Node's ES module loader, which never reads this code as a file.
  const annotation =
    /^\/\/ Annotate the CommonJS export names for ESM import in node:\n0 && \(module\.exports = \{[^}]*\}\);\n$/m;
  if (!annotation.test(code)) throw new Error(`${chunk}: esbuild's export annotation has changed`);
  return [
    `var ${name} = (() => {`,
    '  const module = { exports: {} };',
    code.replace(annotation, '').trimEnd(),
    '  return module.exports;',
    '})();',
    `Object.defineProperty(module.exports, ${key}, { value: ${name} });`,
  ].join('\n');
}

/**
 * Builds the main entry as CommonJS in several files, one copy of every module: the entry, which
 * holds everything a skill needs at start-up (one file to find, read and compile), and each file
 * loaded on first use. esbuild splits code only in ES module output, so the files are built as
 * ES modules, split (the code the entry shares with the payment path goes to a chunk), then each
 * turned into CommonJS, and the chunk the entry requires at start-up is moved into the entry.
 */
export async function buildMainEntry(
  common: BuildOptions,
  src: string,
  out: string,
): Promise<void> {
  const entry = join(src, 'index.ts');
  const entryFile = join(out, 'index.js');
  const firstUse = new Set(Object.keys(firstUseFiles).map((file) => join(out, `${file}.js`)));
  const { outputFiles } = await build({
    ...common,
    entryPoints: [
      { in: entry, out: 'index' },
      ...Object.entries(firstUseFiles).map(([file, module]) => ({
        in: join(src, `${module}.ts`),
        out: file,
      })),
    ],
    format: 'esm',
    splitting: true,
    chunkNames: 'shared/[name]-[hash]',
    outdir: out,
    write: false,
    plugins: [firstUseReferences(src, entry, (file) => `${placeholder}${file}`)],
  });
  const isShim = (text: string) =>
    /^var __require = /m.test(text) && /^export \{\s*__require\s*\};$/m.test(text);
  const shimChunks = new Set(outputFiles.filter((f) => isShim(f.text)).map((f) => f.path));
  const built = new Map<string, string>();
  for (const { path: file, text } of outputFiles) {
    if (shimChunks.has(file)) continue;
    // The lines naming each module's source are kept as legal comments, which survive.
    const esm = callNodeRequire(text, file, shimChunks).replace(/^\/\/ src\//gm, '//! src/');
    const cjs = await transform(esm, {
      format: 'cjs',
      platform: 'node',
      target: common.target,
      charset: 'utf8',
      legalComments: 'inline',
      sourcefile: relative(out, file),
    });
    built.set(file, exportObjectItself(cjs.code, file).replace(/^\/\/! src\//gm, '// src/'));
  }

  const chunks = new Set(
    [...built.keys()].filter((file) => file !== entryFile && !firstUse.has(file)),
  );
  const held = chunksRequiredAtStart(out, built.get(entryFile) as string, entryFile, chunks);
  for (const chunk of held.keys())
    if (/\brequire\("\.{1,2}\//.test(built.get(chunk) as string))
      throw new Error(`${chunk}: a chunk the main entry holds requires a file of its own`);
  // Files loaded on first use are required by their place in the output, from wherever.
  const located = (code: string, file: string) =>
    code.replace(placeholders, (_, name: string) =>
      JSON.stringify(pathFrom(file, join(out, `${name}.js`))),
    );
  const deferred = new Set<string>();
  for (const [file, text] of built) {
    if (held.has(file)) continue;
    let code = located(text, file);
    for (const [chunk, holder] of held) {
      const required = `require(${JSON.stringify(pathFrom(file, chunk))})`;
      code =
        file === entryFile
          ? code.replace(`var ${holder.name} = ${required};`, () =>
              heldChunk(holder, located(built.get(chunk) as string, file), chunk),
            )
          : code.replace(
              required,
              () => `require(${JSON.stringify(pathFrom(file, entryFile))})[${holder.key}]`,
            );
    }
    if (file === entryFile) {
      const result = deferTopLevelRequires(code, file, firstUse);
      code = result.code;
      for (const target of result.deferred) deferred.add(target);
    }
    if (code.includes('__require') || code.includes(placeholder))
      throw new Error(`${file}: a require was left as esbuild wrote it`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, code);
  }
  const expected = new Set(Object.values(reExportedOnFirstUse).map((f) => join(out, `${f}.js`)));
  if ([...expected].some((file) => !deferred.has(file)))
    throw new Error('the main entry should read every re-export loaded on first use lazily');
}
