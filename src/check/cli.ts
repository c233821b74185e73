import { checkSkillPackage } from './check-skill-package';
import type { CheckReport, Finding } from './findings';

const usage = `Usage: ask-sdk-amazon-pay-middleware check [skill-package-folder] [--defaults <file.json>] [--json]

Checks an ASK CLI skill package for Amazon Pay mistakes before customers meet them.
  skill-package-folder  the folder with skill.json (default: skill-package)
  --defaults <file>     also check Setup/Charge defaults: { "setup": {...}, "charge": {...} }
  --json                print the findings as JSON, for CI

Exit code: 0 when nothing would fail at run time, 1 when something would, 2 for bad usage.`;

export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The findings as a table a person reads. */
export function renderTable(report: CheckReport): string {
  if (report.findings.length === 0) return 'No Amazon Pay problems found.';
  const rows: readonly (readonly string[])[] = [
    ['severity', 'check', 'where', 'problem and fix'],
    ...report.findings.map((finding: Finding) => [
      finding.severity,
      finding.check,
      finding.path === '' ? finding.file : `${finding.file} ${finding.path}`,
      `${finding.message} Fix: ${finding.fix}`,
    ]),
  ];
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  return [
    ...rows.map((row) =>
      row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  '),
    ),
    '',
    `${errors} error(s), ${report.findings.length - errors} warning(s).`,
  ].join('\n');
}

/** Runs the command line; returns the exit code. Never throws for a bad package. */
export function main(
  args: readonly string[],
  output: Output = { out: console.log, err: console.error },
): number {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    output.out(usage);
    return 0;
  }
  if (command !== 'check') {
    output.err(
      `${command === undefined ? 'No command given.' : `Unknown command: ${command}.`}\n\n${usage}`,
    );
    return 2;
  }
  let folder: string | undefined;
  let defaults: string | undefined;
  let json = false;
  for (let at = 0; at < rest.length; at += 1) {
    const arg = rest[at] as string;
    if (arg === '--json') json = true;
    else if (arg === '--defaults' && rest[at + 1] !== undefined) defaults = rest[(at += 1)];
    else if (!arg.startsWith('-') && folder === undefined) folder = arg;
    else {
      output.err(`Unknown or incomplete argument: ${arg}\n\n${usage}`);
      return 2;
    }
  }
  try {
    const report = checkSkillPackage(folder ?? 'skill-package', { paymentDefaults: defaults });
    output.out(json ? JSON.stringify(report, null, 2) : renderTable(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof Error && error.name === 'SkillPackageError') {
      output.err(error.message);
      return 2;
    }
    throw error;
  }
}
