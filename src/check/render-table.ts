import type { CheckReport, Finding } from './findings';

const layoutNames = { 'ask-cli-v1': 'ASK CLI v1', 'ask-cli-v2': 'ASK CLI v2' } as const;

/** The findings as a table a person reads, under the package folder the files are relative to. */
export function renderTable(report: CheckReport): string {
  if (report.findings.length === 0) return 'No Amazon Pay problems found.';
  const rows: readonly (readonly string[])[] = [
    ['severity', 'kind', 'check', 'where', 'problem and fix'],
    ...report.findings.map((finding: Finding) => [
      finding.severity,
      finding.kind,
      finding.check,
      finding.path === '' ? finding.file : `${finding.file} ${finding.path}`,
      `${finding.message} Fix: ${finding.fix}${finding.rule === undefined ? '' : ` Rule: ${finding.rule}`}`,
    ]),
  ];
  const lastColumn = 4;
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  return [
    `Skill package: ${report.packageFolder} (${layoutNames[report.layout]}); files are relative to it.`,
    '',
    ...rows.map((row) =>
      row
        .map((cell, column) => (column < lastColumn ? cell.padEnd(widths?.[column] ?? 0) : cell))
        .join('  '),
    ),
    '',
    `${errors} error(s), ${report.findings.length - errors} warning(s).`,
  ].join('\n');
}
