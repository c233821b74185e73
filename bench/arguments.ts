import type { Figure } from './figure';
import { chosenFigures } from './figures';
import { requestedMajor } from './runtime';

/** What `npm run bench` was asked for. */
export interface BenchRequest {
  /** The Node.js major version to measure under (`--node 24`), when one was named. */
  readonly major: string | undefined;
  /** The figures to measure, in the table's order. */
  readonly figures: readonly Figure[];
  /**
   * Whether the run replaces `bench/results/node-<major>.json`: only a run of the whole table
   * does, so that the docs never mix figures of several runs.
   */
  readonly writesResults: boolean;
}

const options = ['--node', '--only'];

/**
 * Reads `npm run bench`'s arguments: `--node <major>` and `--only <figure,figure>`, each with its
 * value. Anything else is refused, so that a mistyped `--only` never measures, and then writes,
 * the whole table.
 */
export function readBenchArguments(args: readonly string[]): BenchRequest {
  for (let at = 0; at < args.length; at += 2) {
    if (!options.includes(args[at] as string))
      throw new Error(
        `npm run bench takes --node <major> and --only <figure,figure>, not ${args[at]}`,
      );
  }
  const { figures, partial } = chosenFigures(args);
  return { major: requestedMajor(args), figures, writesResults: !partial };
}
