/**
 * The pre-deployment check of a skill package:
 * `import { checkSkillPackage } from 'ask-sdk-amazon-pay-middleware/check'`.
 */
export { checkSkillPackage } from './check-skill-package';
export type { CheckOptions } from './check-skill-package';
export { SkillPackageError } from './findings';
export type { CheckReport, Finding, Severity } from './findings';
export { main, renderTable } from './cli';
export type { Output } from './cli';
