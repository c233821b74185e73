import { basename, dirname } from 'node:path';

/**
 * The project's root folder: the benchmark runs compiled, from dist/bench, and its argument
 * handling is tested from its sources, in bench.
 */
export const root =
  basename(dirname(__dirname)) === 'dist' ? dirname(dirname(__dirname)) : dirname(__dirname);
/** The compiled benchmark's own folder. */
export const compiledBench = __dirname;
