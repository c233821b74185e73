import { asRecord, type UnknownRecord } from '../outcome/read';
import { runtimeError, type CheckReport, type Finding } from './findings';
import { localeManifestFindings } from './locale-findings';
import { customApiFinding, isLocaleKey, skillFindings } from './manifest-findings';
import { localeModelFindings } from './model-findings';
import { paymentDefaultsFindings, type PaymentDefaults } from './payment-defaults-findings';
import { readSellerName, type SellerNameFor, type SellerNameOption } from './seller-name';
import {
  manifestFile,
  openSkillPackage,
  readManifestFile,
  type SkillPackage,
} from './skill-package';

export interface CheckOptions {
  /**
   * Setup and Charge defaults to check with the directive helpers' own validation: a JSON
   * file (`{ "setup": {...}, "charge": {...} }`) or the object itself. Fields a skill fills
   * in per request (the billing agreement, the reference id, the amount) may be left out.
   * @default none
   */
  readonly paymentDefaults?: PaymentDefaults;
  /**
   * The seller or brand name customers know, which each locale's invocation name must match
   * for certification: one name, or names by locale (`ja-JP`) or language (`ja`) with a
   * `default`. Without it the invocation name is not compared.
   * @default none
   * @example { default: 'Tea House', ja: 'ティーハウス' }
   */
  readonly sellerName?: SellerNameOption;
}

function manifestFindings(
  skillPackage: SkillPackage,
  manifest: UnknownRecord,
  sellerNameFor: SellerNameFor | undefined,
): Finding[] {
  const notCustom = customApiFinding(manifest);
  if (notCustom !== undefined) return [notCustom];
  const published = asRecord(asRecord(manifest.publishingInformation)?.locales) ?? {};
  const locales = Object.keys(published).filter(isLocaleKey);
  return [
    ...skillFindings(manifest, published),
    ...locales.flatMap((locale) => [
      ...localeManifestFindings(locale, manifest),
      ...localeModelFindings(skillPackage, locale, manifest, sellerNameFor),
    ]),
  ];
}

/**
 * Checks an ASK CLI skill package (v1 or v2, or the project folder of either) for the Amazon
 * Pay mistakes that would reach customers and the certification requirements visible in its
 * files. Reads nothing outside the package folder. Throws a `SkillPackageError` naming the
 * file when the package cannot be read at all, and a `TypeError` for a bad option.
 *
 * @example
 * const report = checkSkillPackage('skill-package', { paymentDefaults: 'amazon-pay-defaults.json' });
 * expect(report.findings).toEqual([]);
 */
export function checkSkillPackage(folder: string, options: CheckOptions = {}): CheckReport {
  const sellerNameFor = readSellerName(options.sellerName);
  const skillPackage = openSkillPackage(folder);
  const manifest = asRecord(asRecord(readManifestFile(skillPackage))?.manifest);
  const findings: Finding[] =
    manifest === undefined
      ? [
          runtimeError({
            check: 'manifest',
            file: manifestFile,
            path: 'manifest',
            message: 'skill.json has no manifest object.',
            fix: 'Start from the skill.json that `ask new` writes.',
          }),
        ]
      : manifestFindings(skillPackage, manifest, sellerNameFor);
  if (options.paymentDefaults !== undefined) {
    findings.push(...paymentDefaultsFindings(options.paymentDefaults));
  }
  return {
    ok: findings.every((finding) => finding.severity !== 'error'),
    packageFolder: skillPackage.folder,
    layout: skillPackage.layout,
    findings,
  };
}
