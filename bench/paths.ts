import { join } from 'node:path';

/** The project's root folder, from the compiled benchmark in dist/bench. */
export const root = join(__dirname, '..', '..');
/** The compiled benchmark's own folder. */
export const compiledBench = __dirname;
