import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { amazonPayErrorEnvelope } from 'ask-sdk-amazon-pay-middleware/testing';
import { measureAttempts } from './attempts';
import type { ScenarioName } from './compare-worker';
import { coldStarts, collectGarbage, median } from './measure';
import { constantSentenceSkill, typicalSkillWithMiddleware, type Invocable } from './skills';

const root = join(__dirname, '..', '..');
const targets = {
  nonPayment: 1.25,
  paymentError: 2,
  i18nextSpeedup: 100,
  coldStart: 1.1,
  heapGrowthMb: 1,
};
const processesPerComparison = 5;

interface WorkerResult {
  readonly ratio: number;
  readonly microseconds: Readonly<Record<string, number>>;
}

/** Runs a comparison in several fresh processes, interleaved, and keeps the median of each figure. */
function compareAcrossProcesses(names: readonly ScenarioName[]): Map<ScenarioName, WorkerResult> {
  const results = new Map<ScenarioName, WorkerResult[]>(names.map((name) => [name, []]));
  for (let run = 0; run < processesPerComparison; run += 1) {
    for (const name of names) {
      const worker = spawnSync(
        process.execPath,
        ['--expose-gc', join(__dirname, 'compare-worker.js'), name],
        { cwd: root, encoding: 'utf8' },
      );
      if (worker.status !== 0) throw new Error(`${name}: ${worker.stderr}`);
      results.get(name)?.push(JSON.parse(worker.stdout) as WorkerResult);
    }
  }
  return new Map(
    [...results].map(([name, runs]) => {
      const sides = Object.keys(runs[0]?.microseconds ?? {});
      return [
        name,
        {
          ratio: median(runs.map((each) => each.ratio)),
          microseconds: Object.fromEntries(
            sides.map((sideName) => [
              sideName,
              median(runs.map((each) => each.microseconds[sideName] ?? NaN)),
            ]),
          ),
        },
      ];
    }),
  );
}

/** Heap retained by `requests` payment requests after a warm-up, in MB. */
async function heapGrowth(skill: Invocable, requests: number): Promise<number> {
  const envelope = () =>
    amazonPayErrorEnvelope('Charge', 'InvalidSellerId', {}, { locale: 'de-DE' }) as RequestEnvelope;
  const serve = async (count: number) => {
    for (let done = 0; done < count; done += 5000) {
      const block = Array.from({ length: 5000 }, envelope);
      for (const each of block) await skill.invoke(each as never);
    }
  };
  const settledHeap = () => {
    for (let i = 0; i < 4; i += 1) collectGarbage();
    return process.memoryUsage().heapUsed;
  };
  await serve(20_000); // compiled code, caches and rendered prompts settle first
  const before = settledHeap();
  await serve(requests);
  return (settledHeap() - before) / 1024 / 1024;
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const µs = (value: number | undefined) => `${(value ?? NaN).toFixed(2)} µs`;

async function main(): Promise<void> {
  if ((globalThis as { gc?: unknown }).gc === undefined)
    throw new Error('run with node --expose-gc (npm run bench does)');
  console.log(
    'Measuring: comparisons in fresh processes, cold starts, then the heap (about two minutes)...',
  );
  const compared = compareAcrossProcesses(['non-payment', 'payment-error', 'i18next-per-request']);
  const cold = coldStarts(
    {
      'ask-sdk-core only': join(root, 'bench', 'cold-start', 'ask-sdk-core-only.js'),
      'with the middleware': join(root, 'bench', 'cold-start', 'with-middleware.js'),
    },
    40,
    root,
  );
  const heapMb = await heapGrowth(typicalSkillWithMiddleware(), 100_000);
  const heapFloorMb = await heapGrowth(constantSentenceSkill(), 100_000);
  const attempts = await measureAttempts();

  const nonPayment = compared.get('non-payment') as WorkerResult;
  const paymentError = compared.get('payment-error') as WorkerResult;
  const perRequest = compared.get('i18next-per-request') as WorkerResult;
  const coreOnly = cold.get('ask-sdk-core only') as number;
  const withMiddleware = cold.get('with the middleware') as number;
  const figures = {
    nonPayment: {
      ...nonPayment,
      target: `at most ${targets.nonPayment}x`,
      met: nonPayment.ratio <= targets.nonPayment,
    },
    paymentError: {
      ...paymentError,
      target: `at most ${targets.paymentError}x`,
      met: paymentError.ratio <= targets.paymentError,
    },
    i18nextPerRequest: {
      ...perRequest,
      target: `at least ${targets.i18nextSpeedup}x faster`,
      met: perRequest.ratio >= targets.i18nextSpeedup,
    },
    coldStart: {
      milliseconds: { 'ask-sdk-core only': coreOnly, 'with the middleware': withMiddleware },
      ratio: withMiddleware / coreOnly,
      target: `at most ${targets.coldStart}x`,
      met: withMiddleware / coreOnly <= targets.coldStart,
    },
    heap: {
      retainedMb: heapMb,
      constantSentenceSkillRetainedMb: heapFloorMb,
      target: `under ${targets.heapGrowthMb} MB`,
      met: heapMb < targets.heapGrowthMb,
    },
    ...attempts.figures,
  };
  const machine = {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(
    join(root, 'bench', 'last-run.json'),
    `${JSON.stringify({ date, machine, figures }, null, 2)}\n`,
  );

  const rows: string[][] = [
    [
      'non-payment request, with / without middleware',
      `${µs(nonPayment.microseconds['with middleware'])} / ${µs(nonPayment.microseconds.without)}`,
      `${nonPayment.ratio.toFixed(2)}x`,
      `${figures.nonPayment.target} ${verdict(figures.nonPayment.met)}`,
    ],
    [
      'payment error, middleware / constant sentence',
      `${µs(paymentError.microseconds.middleware)} / ${µs(paymentError.microseconds['constant sentence'])}`,
      `${paymentError.ratio.toFixed(2)}x`,
      `${figures.paymentError.target} ${verdict(figures.paymentError.met)}`,
    ],
    [
      'payment error, i18next per request / middleware',
      `${µs(perRequest.microseconds['i18next per request'])} / ${µs(perRequest.microseconds.middleware)}`,
      `${perRequest.ratio.toFixed(0)}x faster`,
      `${figures.i18nextPerRequest.target} ${verdict(figures.i18nextPerRequest.met)}`,
    ],
    [
      'cold start, with middleware / ask-sdk-core only',
      `${withMiddleware.toFixed(1)} / ${coreOnly.toFixed(1)} ms`,
      `${figures.coldStart.ratio.toFixed(3)}x`,
      `${figures.coldStart.target} ${verdict(figures.coldStart.met)}`,
    ],
    [
      'heap retained after 100,000 payment requests',
      `${heapMb.toFixed(2)} MB (constant skill ${heapFloorMb.toFixed(2)} MB)`,
      '',
      `${figures.heap.target} ${verdict(figures.heap.met)}`,
    ],
    ...attempts.rows,
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  console.log(
    `\nask-sdk-amazon-pay-middleware benchmark (${date}): ${machine.cpu}, ${machine.cores} cores, Node.js ${machine.node}\n`,
  );
  for (const row of rows)
    console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('   '));
  console.log('\nwrote bench/last-run.json');
}

void main();
