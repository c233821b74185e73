import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { readBenchArguments } from './arguments';
import type { FigureResult } from './figure';
import { root } from './paths';
import { runUnder } from './runtime';

const verdict = (result: FigureResult) =>
  result.met === undefined ? '(information)' : `${result.target} ${result.met ? 'ok' : 'MISSED'}`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const { major, figures, writesResults } = readBenchArguments(args);
  if (major !== undefined && major !== process.versions.node.split('.')[0]) {
    process.exitCode = runUnder(major, __filename, args);
    return;
  }
  if ((globalThis as { gc?: unknown }).gc === undefined)
    throw new Error('run with node --expose-gc (npm run bench does)');
  console.log(`Measuring ${figures.length} figures in fresh processes (a few minutes)...`);
  const results: Record<string, FigureResult> = {};
  for (const figure of figures) results[figure.key] = await figure.measure();

  const machine = {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  const date = new Date().toISOString().slice(0, 10);
  const file = `node-${process.versions.node.split('.')[0]}.json`;

  const rows = Object.values(results).map((r) => [r.label, r.measured, r.headline, verdict(r)]);
  const widths = [1, 2].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  console.log(
    `\nask-sdk-amazon-pay-middleware benchmark (${date}): ${machine.cpu}, ${machine.cores} cores, Node.js ${machine.node}\n`,
  );
  for (const [label, measured, headline, status] of rows) {
    console.log(label);
    console.log(
      `    ${measured?.padEnd(widths[0] ?? 0)}   ${headline?.padEnd(widths[1] ?? 0)}   ${status}`,
    );
  }
  if (!writesResults) {
    console.log(`\nbench/results/${file} left as it was: --only measures part of the table`);
    return;
  }
  const folder = join(root, 'bench', 'results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, file),
    `${JSON.stringify({ date, machine, figures: results }, null, 2)}\n`,
  );
  console.log(`\nwrote bench/results/${file}`);
}

void main();
