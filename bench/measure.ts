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
  /** Microseconds per request of each side, in its fastest block. */
  readonly microseconds: ReadonlyMap<string, number>;
  /** The first side's fastest block divided by the second's. */
  readonly ratio: number;
}

/**
 * Compares two sides in the same process: every request gets a fresh envelope, garbage is
 * collected before each block, and the order of the sides alternates from round to round.
 * Each side keeps its fastest block: on a shared machine, the least disturbed block is the one
 * that measures the code rather than its neighbours (medians drift by tens of percent from run
 * to run here, minimums by a few).
 */
export async function compare(
  [first, second]: readonly [Side, Side],
  envelope: () => unknown,
  { rounds = 21, perBlock = 3000 }: { rounds?: number; perBlock?: number } = {},
): Promise<Comparison> {
  const samples = new Map([first, second].map((side) => [side.name, [] as number[]]));
  for (const side of [first, second]) for (let i = 0; i < 1000; i += 1) await side.run(envelope()); // warm up
  for (let round = 0; round < rounds; round += 1) {
    const times = new Map<string, number>();
    for (const side of round % 2 === 0 ? [first, second] : [second, first]) {
      // Each envelope is built just before its request, as Lambda parses each event just
      // before the skill sees it: the skill reads a fresh object that is still in the cache.
      collectGarbage();
      let elapsed = 0n;
      for (let i = 0; i < perBlock; i += 1) {
        const fresh = envelope();
        const started = process.hrtime.bigint();
        await side.run(fresh);
        elapsed += process.hrtime.bigint() - started;
      }
      times.set(side.name, Number(elapsed) / 1000 / perBlock);
    }
    for (const [name, time] of times) samples.get(name)?.push(time);
  }
  const fastest = new Map([...samples].map(([name, values]) => [name, Math.min(...values)]));
  return {
    microseconds: fastest,
    ratio: (fastest.get(first.name) as number) / (fastest.get(second.name) as number),
  };
}

/** Milliseconds a fresh process takes to run a script to its end. */
export function processMilliseconds(script: string, cwd: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [script], { cwd });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr.toString()}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export interface PairedStarts {
  /** The median of the per-pair ratios, measured / floor. */
  readonly ratio: number;
  /** The median milliseconds of each side. */
  readonly measured: number;
  readonly floor: number;
}

/**
 * Starts a process running each script, `pairs` times, the two in alternating order, and keeps
 * the median of the pairs' ratios: both sides of a pair meet nearly the same machine, so a
 * neighbour's burst of work moves a pair's ratio far less than its times.
 */
export function pairedStarts(
  measuredScript: string,
  floorScript: string,
  pairs: number,
  cwd: string,
): PairedStarts {
  const ratios: number[] = [];
  const measured: number[] = [];
  const floor: number[] = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    let withIt: number;
    let without: number;
    if (pair % 2 === 0) {
      withIt = processMilliseconds(measuredScript, cwd);
      without = processMilliseconds(floorScript, cwd);
    } else {
      without = processMilliseconds(floorScript, cwd);
      withIt = processMilliseconds(measuredScript, cwd);
    }
    ratios.push(withIt / without);
    measured.push(withIt);
    floor.push(without);
  }
  return { ratio: median(ratios), measured: median(measured), floor: median(floor) };
}
