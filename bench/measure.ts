import { spawnSync } from 'node:child_process';

/** Runs garbage collection when node was started with --expose-gc. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export interface Side {
  readonly name: string;
  /** Answers one request; the envelope is fresh for every call. */
  run(envelope: unknown): Promise<unknown>;
}

export interface Comparison {
  /** Median microseconds per request of each side. */
  readonly microseconds: ReadonlyMap<string, number>;
  /** Median, over the rounds, of the first side's time divided by the second's in that round. */
  readonly ratio: number;
}

/**
 * Compares two sides in the same process: every block uses fresh envelopes, garbage is
 * collected before each timed block, the order of the sides alternates from round to round,
 * and the ratio is taken within each round (so that the machine's drift cancels out), then
 * the median of the rounds is kept.
 */
export async function compare(
  [first, second]: readonly [Side, Side],
  envelope: () => unknown,
  { rounds = 21, perBlock = 3000 }: { rounds?: number; perBlock?: number } = {},
): Promise<Comparison> {
  const samples = new Map([first, second].map((side) => [side.name, [] as number[]]));
  const ratios: number[] = [];
  for (const side of [first, second]) for (let i = 0; i < 1000; i += 1) await side.run(envelope()); // warm up
  for (let round = 0; round < rounds; round += 1) {
    const times = new Map<string, number>();
    for (const side of round % 2 === 0 ? [first, second] : [second, first]) {
      const envelopes = Array.from({ length: perBlock }, envelope);
      collectGarbage();
      const started = process.hrtime.bigint();
      for (const each of envelopes) await side.run(each);
      times.set(side.name, Number(process.hrtime.bigint() - started) / 1000 / perBlock);
    }
    for (const [name, time] of times) samples.get(name)?.push(time);
    ratios.push((times.get(first.name) as number) / (times.get(second.name) as number));
  }
  return {
    microseconds: new Map([...samples].map(([name, values]) => [name, median(values)])),
    ratio: median(ratios),
  };
}

/**
 * Milliseconds to start a process running each script, interleaved, the minimum of each:
 * the least disturbed run is the one that measures the work and not the machine.
 */
export function coldStarts(
  scripts: Readonly<Record<string, string>>,
  runs = 40,
  cwd = process.cwd(),
): Map<string, number> {
  const best = new Map<string, number>();
  const names = Object.keys(scripts);
  for (let run = 0; run < runs; run += 1) {
    for (const name of run % 2 === 0 ? names : [...names].reverse()) {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [scripts[name] as string], { cwd });
      if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr.toString()}`);
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      best.set(name, Math.min(best.get(name) ?? Infinity, elapsed));
    }
  }
  return best;
}
