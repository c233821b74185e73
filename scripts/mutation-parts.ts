import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The whole mutation run takes hours on two cores; run folder by folder, as time allows, and
// add the parts up: each part's report is kept, and the score is computed over all of them.

const partsFolder = join('reports', 'mutation', 'parts');
const report = join('reports', 'mutation', 'mutation.json');

/** A Stryker JSON report, as far as the score reads it: each mutant's status by file. */
export interface MutationReport {
  readonly files: Readonly<Record<string, { readonly mutants: readonly { status: string }[] }>>;
}

export interface MutationScore {
  readonly detected: number;
  readonly undetected: number;
  /** Detected mutants per hundred of those that count: Stryker's own "mutation score". */
  readonly score: number;
}

/** Adds up reports; a file reported twice counts once, as its last report says. */
export function combinedScore(reports: readonly MutationReport[]): MutationScore {
  const files = new Map(reports.flatMap((each) => Object.entries(each.files)));
  let detected = 0;
  let undetected = 0;
  for (const { mutants } of files.values())
    for (const { status } of mutants) {
      if (status === 'Killed' || status === 'Timeout') detected += 1;
      if (status === 'Survived' || status === 'NoCoverage') undetected += 1;
    }
  const counted = detected + undetected;
  return { detected, undetected, score: counted === 0 ? 0 : (100 * detected) / counted };
}

/**
 * The files of one folder of `src` (`top` for the files directly in it), with the exclusions of
 * the configuration kept.
 */
export function mutatePatterns(part: string, configured: readonly string[]): string {
  const files = part === 'top' ? 'src/*.ts' : `src/${part}/**/*.ts`;
  return [files, ...configured.filter((pattern) => pattern.startsWith('!'))].join(',');
}

if (require.main === module) {
  const parts = process.argv.slice(2);
  const config = JSON.parse(readFileSync('stryker.config.json', 'utf8')) as { mutate: string[] };
  mkdirSync(partsFolder, { recursive: true });
  for (const part of parts) {
    const run = spawnSync(
      'npx',
      ['stryker', 'run', '--mutate', mutatePatterns(part, config.mutate)],
      {
        stdio: 'inherit',
      },
    );
    if (run.status !== 0 || !existsSync(report)) process.exit(run.status ?? 1);
    copyFileSync(report, join(partsFolder, `${part.replaceAll('/', '-')}.json`));
  }
  const kept = readdirSync(partsFolder).filter((name) => name.endsWith('.json'));
  const score = combinedScore(
    kept.map((name) => JSON.parse(readFileSync(join(partsFolder, name), 'utf8')) as MutationReport),
  );
  process.stdout.write(
    `Parts: ${kept.map((name) => name.replace(/\.json$/, '')).join(', ')}\n` +
      `Mutation score: ${score.score.toFixed(2)}% (${score.detected} detected, ${score.undetected} not)\n`,
  );
}
