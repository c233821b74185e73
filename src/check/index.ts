/**
 * The pre-deployment check of a skill package:
 * `import { checkSkillPackage } from 'ask-sdk-amazon-pay-middleware/check'`.
 */
export { checkSkillPackage } from './check-skill-package';
export type { CheckOptions } from './check-skill-package';
export { SkillPackageError } from './findings';
export type { CheckReport, Finding, FindingKind, PackageLayout, Severity } from './findings';
export type { PaymentDefaults } from './payment-defaults-findings';
export type { SellerNameOption } from './seller-name';
export { main } from './cli';
export type { About, Output } from './cli';
export { renderTable } from './render-table';
