import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { findPayloadProblems } from '../directives/validate-payload';
import { asRecord } from '../outcome/read';
import { runtimeError, SkillPackageError, type Finding } from './findings';
import { readJsonFile } from './read-inside';

/** Setup and Charge defaults: a JSON file (`{ "setup": {...}, "charge": {...} }`) or the object itself. */
export type PaymentDefaults = string | { readonly setup?: unknown; readonly charge?: unknown };

/** The defaults file the developer names: outside the package, read where they say it is. */
function readDefaultsFile(file: string): unknown {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new SkillPackageError(file, `${file} is missing or not a file.`);
  }
  return readJsonFile(file, file);
}

/** Payment defaults Amazon Pay would refuse, found with the directive helpers' own validation. */
export function paymentDefaultsFindings(defaults: PaymentDefaults): Finding[] {
  const file = typeof defaults === 'string' ? resolve(defaults) : 'payment defaults';
  const record = asRecord(typeof defaults === 'string' ? readDefaultsFile(file) : defaults);
  if (record === undefined) {
    return [
      runtimeError({
        check: 'payment-defaults',
        file,
        path: '',
        message: 'The payment defaults are not an object.',
        fix: 'Write { "setup": {...}, "charge": {...} }.',
      }),
    ];
  }
  const sections = [
    ['setup', 'Setup'],
    ['charge', 'Charge'],
  ] as const;
  return sections.flatMap(([key, operation]) =>
    record[key] === undefined
      ? []
      : findPayloadProblems(operation, record[key], { partial: true }).map((problem) =>
          runtimeError({
            check: problem.code,
            file,
            path: problem.field === '' ? key : `${key}.${problem.field}`,
            message: problem.message,
            fix: `Correct ${key}.${problem.field}: Amazon Pay would answer ${problem.code}.`,
          }),
        ),
  );
}
