import { readFileSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

/**
 * The tables a skill reads only once it meets a payment (the error catalog, the prompts), by
 * module name, and their sources. The CommonJS build puts each in a file of its own under
 * `data/`, required on first use: a skill starts without parsing them.
 */
export const dataModules = {
  'error-catalog': 'catalog/error-catalog',
  'prompt-tables': 'prompts/prompt-tables',
} as const;

const dataImport = new RegExp(`(^|/)(${Object.keys(dataModules).join('|')})$`);

/** Resolves every import of a data module to its file, `prefix` being the way there. */
export function dataFilesApart(prefix: string): Plugin {
  return {
    name: 'data-files-apart',
    setup(plugin) {
      plugin.onResolve({ filter: dataImport }, (args) => ({
        path: `${prefix}data/${args.path.split('/').pop() ?? ''}.js`,
        external: true,
      }));
    },
  };
}

/**
 * esbuild requires a re-exported external module at load time. The public tables (`errorCatalog`,
 * `promptResources`) are read through getters: their file is required on the first read.
 * Returns how many such requires it deferred.
 */
export function deferDataReExports(bundle: string): number {
  const eager = /^var (import_[\w$]+) = require\("(\.{1,2}\/data\/[\w-]+\.js)"\);$/gm;
  let deferred = 0;
  const text = readFileSync(bundle, 'utf8').replace(eager, (_, name: string, path: string) => {
    deferred += 1;
    return `var ${name} = new Proxy({}, { get: (_, key) => require("${path}")[key] });`;
  });
  writeFileSync(bundle, text);
  return deferred;
}
