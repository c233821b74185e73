/** How bad a finding is: an error fails the check (exit 1); a warning is worth a look. */
export type Severity = 'error' | 'warning';

/**
 * What a finding would break: `runtime`, something customers would meet (a payment that
 * fails, an answer that reaches no intent); `certification`, a requirement Amazon checks
 * before it publishes the skill.
 */
export type FindingKind = 'runtime' | 'certification';

/** How the skill package is laid out: ASK CLI v1 (`models/`) or v2 (`interactionModels/custom/`). */
export type PackageLayout = 'ask-cli-v1' | 'ask-cli-v2';

/** One thing the check found in a skill package. */
export interface Finding {
  readonly severity: Severity;
  readonly kind: FindingKind;
  /** The catalog code it would cause at run time, or the name of the check. */
  readonly check: string;
  /**
   * The file it is in: relative to the report's `packageFolder` for the package's own files,
   * absolute for the payment defaults file (`path.resolve(packageFolder, file)` finds either).
   */
  readonly file: string;
  /** Where in the file, as a dotted JSON path; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /** For a certification finding: the requirement it comes from, and where Amazon states it. */
  readonly rule?: string;
}

export interface CheckReport {
  /** True when no finding is an error (warnings allowed). */
  readonly ok: boolean;
  /** The absolute path of the folder that holds skill.json: finding files are relative to it. */
  readonly packageFolder: string;
  readonly layout: PackageLayout;
  readonly findings: readonly Finding[];
}

/**
 * The skill package cannot be checked at all: a missing folder or file, or JSON that does
 * not parse. `file` names it.
 */
export class SkillPackageError extends Error {
  override readonly name = 'SkillPackageError';

  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

type FindingFields = Omit<Finding, 'severity' | 'kind' | 'rule'>;

export const runtimeError = (fields: FindingFields): Finding => ({
  severity: 'error',
  kind: 'runtime',
  ...fields,
});

export const runtimeWarning = (fields: FindingFields): Finding => ({
  severity: 'warning',
  kind: 'runtime',
  ...fields,
});

export const certificationError = (fields: FindingFields, rule: string): Finding => ({
  severity: 'error',
  kind: 'certification',
  ...fields,
  rule,
});

/** Text from a skill package, quoted for a message: bounded, on one line. */
export function quoted(text: string, limit = 120): string {
  const oneLine = text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ');
  return JSON.stringify(oneLine.length > limit ? `${oneLine.slice(0, limit)}…` : oneLine);
}
