import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { buildMainEntry, firstUseFilesApart } from './bundle-first-use';
import { writeExamplePackage } from './example-package';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const out = join(dist, 'bundle');
/** The package's entry points, by subpath. */
const entries = { '.': 'index', './testing': 'testing/index', './check': 'check/index' } as const;

const src = join(root, 'src');
const source = (module: string) => join(src, `${module}.ts`);

const common: BuildOptions = {
  entryPoints: Object.values(entries).map(source),
  outbase: src,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Peers and i18next come from the skill's own node_modules (or its bundle).
  external: ['ask-sdk-core', 'ask-sdk-model', 'i18next'],
  // Readable output: a start-up error prints a few lines, not the whole package.
  minify: false,
  charset: 'utf8',
  logLevel: 'warning',
};

/** In the ES module build, i18next is imported statically, where a bundler can follow it. */
const staticI18next: Plugin = {
  name: 'static-i18next',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/i18next-module$/ }, (args) => ({
      path: join(args.resolveDir, 'i18next-module.static.ts'),
    }));
  },
};

/**
 * Node's built-ins are required lazily, when the first token is signed (they cost cold start
 * milliseconds); an ES module has no `require` of its own, so each file makes one.
 */
const createRequireBanner =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  await buildMainEntry(common, src, out);
  // The other entry points are built on their own (a skill rarely loads them), and share the
  // main entry's files loaded on first use.
  for (const entry of [entries['./testing'], entries['./check']]) {
    await build({
      ...common,
      entryPoints: [source(entry)],
      format: 'cjs',
      outdir: out,
      plugins: [firstUseFilesApart(src, '../')],
    });
  }
  await build({
    ...common,
    format: 'esm',
    outdir: join(out, 'esm'),
    splitting: true,
    chunkNames: 'shared/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    banner: { js: createRequireBanner },
    plugins: [staticI18next],
  });
  // The ES module entries' types: the same declarations, read as an ES module's.
  for (const entry of Object.values(entries)) {
    const file = join(out, 'esm', `${entry}.d.mts`);
    const declarations = relative(dirname(file), join(dist, 'src', `${entry}.js`));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `export * from '${declarations.split('\\').join('/')}';\n`);
  }
  writeExamplePackage(dist, 'ask-sdk-amazon-pay-middleware', entries);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
