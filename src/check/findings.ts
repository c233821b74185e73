/** How bad a finding is: an error would fail at run time; a warning is worth a look. */
export type Severity = 'error' | 'warning';

/** One thing the check found in a skill package. */
export interface Finding {
  readonly severity: Severity;
  /** The catalog code it would cause at run time, or the name of the check. */
  readonly check: string;
  /** The file it is in, relative to the skill package folder. */
  readonly file: string;
  /** Where in the file, as a dotted JSON path; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

export interface CheckReport {
  readonly findings: readonly Finding[];
  /** True when nothing would fail at run time (warnings allowed). */
  readonly ok: boolean;
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
