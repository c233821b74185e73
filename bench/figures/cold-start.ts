import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { atMost, ms, type Figure } from '../figure';
import { median, pairedStarts } from '../measure';
import { root } from '../paths';

const script = (name: string) => join(root, 'bench', 'cold-start', name);
const pairs = 21;

export const coldStart: Figure = {
  key: 'coldStart',
  measure() {
    const starts = pairedStarts(
      script('with-middleware.js'),
      script('ask-sdk-core-only.js'),
      pairs,
      root,
    );
    return {
      label: `Cold start of a process: ask-sdk-core and the middleware created / ask-sdk-core alone (median of ${pairs} interleaved pairs)`,
      measured: `${ms(starts.measured)} / ${ms(starts.floor)}`,
      ...atMost(starts.ratio, 1.05),
    };
  },
};

export const coldStartEsModule: Figure = {
  key: 'coldStartEsModule',
  measure() {
    const starts = pairedStarts(
      script('with-middleware.mjs'),
      script('ask-sdk-core-only.mjs'),
      pairs,
      root,
    );
    return {
      label: 'The same cold start for an ES module skill, which imports the ES module build',
      measured: `${ms(starts.measured)} / ${ms(starts.floor)}`,
      headline: `${starts.ratio.toFixed(3)}x`,
    };
  },
};

/** What a fresh process pays for what it did not load at start-up, on its first payment requests. */
export const firstPaymentRequest: Figure = {
  key: 'firstPaymentRequest',
  measure() {
    const runs = Array.from({ length: 9 }, () => {
      const run = spawnSync(process.execPath, [script('first-payment-request.js')], {
        cwd: root,
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`first-payment-request.js: ${run.stderr}`);
      return JSON.parse(run.stdout) as { error: number; directive: number; second: number };
    });
    const of = (name: 'error' | 'directive' | 'second') => median(runs.map((run) => run[name]));
    return {
      label: "A fresh process's first payment error, answered with what it loads on first use",
      measured: `then its first Charge directive: ${ms(of('directive'))}; its second payment error: ${(of('second') * 1000).toFixed(0)} µs`,
      headline: ms(of('error')),
    };
  },
};
