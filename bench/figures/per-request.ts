import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ScenarioName } from '../compare-worker';
import { atMost, µs, type Figure } from '../figure';
import { median } from '../measure';
import { compiledBench, root } from '../paths';

const processesPerComparison = 5;

interface WorkerResult {
  readonly ratio: number;
  readonly microseconds: Readonly<Record<string, number>>;
}

/** Runs one comparison in several fresh processes and keeps the median of each figure. */
function compareAcrossProcesses(name: ScenarioName): WorkerResult {
  const runs: WorkerResult[] = [];
  for (let run = 0; run < processesPerComparison; run += 1) {
    const worker = spawnSync(
      process.execPath,
      ['--expose-gc', join(compiledBench, 'compare-worker.js'), name],
      { cwd: root, encoding: 'utf8' },
    );
    if (worker.status !== 0) throw new Error(`${name}: ${worker.stderr}`);
    runs.push(JSON.parse(worker.stdout) as WorkerResult);
  }
  const sides = Object.keys(runs[0]?.microseconds ?? {});
  return {
    ratio: median(runs.map((each) => each.ratio)),
    microseconds: Object.fromEntries(
      sides.map((side) => [side, median(runs.map((each) => each.microseconds[side] ?? NaN))]),
    ),
  };
}

const measuredPair = ({ microseconds }: WorkerResult, first: string, second: string) =>
  `${µs(microseconds[first])} / ${µs(microseconds[second])}`;

export const nonPayment: Figure = {
  key: 'nonPayment',
  measure() {
    const result = compareAcrossProcesses('non-payment-floor');
    return {
      label:
        "A request that is not a payment: with the middleware / the design's floor (a no-op request interceptor, a handler that never matches, a no-op response interceptor)",
      measured: measuredPair(result, 'with middleware', 'floor'),
      ...atMost(result.ratio, 1.05),
    };
  },
};

export const nonPaymentToBareSkill: Figure = {
  key: 'nonPaymentToBareSkill',
  measure() {
    const result = compareAcrossProcesses('non-payment-bare');
    return {
      label: 'The same request: with the middleware / the same skill without it',
      measured: measuredPair(result, 'with middleware', 'without'),
      headline: `${result.ratio.toFixed(2)}x`,
    };
  },
};

export const paymentError: Figure = {
  key: 'paymentError',
  measure() {
    const result = compareAcrossProcesses('payment-error');
    return {
      label:
        'A payment error: answered by the middleware / by a skill that speaks a constant sentence',
      measured: measuredPair(result, 'middleware', 'constant sentence'),
      ...atMost(result.ratio, 1.5),
    };
  },
};

export const i18nextPerRequest: Figure = {
  key: 'i18nextPerRequest',
  measure() {
    const result = compareAcrossProcesses('i18next-per-request');
    return {
      label: 'The same payment error: an i18next instance created per request / the middleware',
      measured: measuredPair(result, 'i18next per request', 'middleware'),
      headline: `${result.ratio.toFixed(0)}x faster`,
    };
  },
};
