import { isAbsolute, resolve } from 'node:path';
import { findPayloadProblems } from '../directives/validate-payload';
import { asRecord, asString, isRecord, type UnknownRecord } from '../outcome/read';
import { supportedLocales } from '../prompts/resources';
import { parseLocale } from '../prompts/locale';
import type { CheckReport, Finding } from './findings';
import { assertFolder, readGivenJson, readPackageJson } from './read-json';

export interface CheckOptions {
  /**
   * Setup and Charge defaults to check with the directive helpers' own validation: a JSON
   * file (`{ "setup": {...}, "charge": {...} }`) or the object itself. Fields a skill fills
   * in per request (the billing agreement, the reference id, the amount) may be left out.
   * @default none
   */
  readonly paymentDefaults?: string | { readonly setup?: unknown; readonly charge?: unknown };
}

const permission = 'payments:autopay_consent';
const manifestFile = 'skill.json';
const marketplaces: readonly string[] = supportedLocales;

const error = (finding: Omit<Finding, 'severity'>): Finding => ({ severity: 'error', ...finding });
const warning = (finding: Omit<Finding, 'severity'>): Finding => ({
  severity: 'warning',
  ...finding,
});

function permissionFindings(manifest: UnknownRecord): Finding[] {
  const permissions = manifest.permissions;
  const declared =
    Array.isArray(permissions) &&
    permissions.some((each) => isRecord(each) && each.name === permission);
  if (declared) return [];
  return [
    error({
      check: 'FORBIDDEN',
      file: manifestFile,
      path: 'manifest.permissions',
      message: `The skill does not declare the ${permission} permission: every Setup and Charge answers FORBIDDEN.`,
      fix: `Add { "name": "${permission}" } to manifest.permissions and deploy the skill again.`,
    }),
  ];
}

function purchaseFindings(manifest: UnknownRecord): Finding[] {
  if (asRecord(manifest.privacyAndCompliance)?.allowsPurchases === true) return [];
  return [
    error({
      check: 'allows-purchases',
      file: manifestFile,
      path: 'manifest.privacyAndCompliance.allowsPurchases',
      message: 'The skill does not say that it allows purchases.',
      fix: 'Set manifest.privacyAndCompliance.allowsPurchases to true: a skill that sells with Amazon Pay must.',
    }),
  ];
}

function localeFindings(folder: string, manifest: UnknownRecord): Finding[] {
  const published = asRecord(asRecord(manifest.publishingInformation)?.locales);
  const privacy = asRecord(asRecord(manifest.privacyAndCompliance)?.locales);
  if (published === undefined || Object.keys(published).length === 0) {
    return [
      error({
        check: 'published-locales',
        file: manifestFile,
        path: 'manifest.publishingInformation.locales',
        message: 'The skill publishes in no locale.',
        fix: 'Add the locales the skill is published in, with their names and descriptions.',
      }),
    ];
  }
  return Object.keys(published).flatMap((locale): Finding[] => {
    const findings: Finding[] = [];
    const url = asString(asRecord(privacy?.[locale])?.privacyPolicyUrl);
    if (url === undefined || !/^https:\/\/\S+$/.test(url)) {
      findings.push(
        error({
          check: 'privacy-policy-url',
          file: manifestFile,
          path: `manifest.privacyAndCompliance.locales.${locale}.privacyPolicyUrl`,
          message: `${locale} has no privacy policy URL${url === undefined ? '' : ' that starts with https://'}: Amazon Pay's permission flow fails without one.`,
          fix: `Add the https:// address of your privacy policy for ${locale}.`,
        }),
      );
    }
    const model = `interactionModels/custom/${locale}.json`;
    if (readPackageJson(folder, model, false) === undefined) {
      findings.push(
        error({
          check: 'interaction-model',
          file: model,
          path: '',
          message: `${locale} is published but has no interaction model.`,
          fix: `Add ${model}, or stop publishing in ${locale}.`,
        }),
      );
    }
    if (!marketplaces.includes(locale)) {
      const answeredIn = parseLocale(locale)?.language;
      findings.push(
        warning({
          check: 'amazon-pay-marketplace',
          file: manifestFile,
          path: `manifest.publishingInformation.locales.${locale}`,
          message: `${locale} is not an Amazon Pay for Alexa marketplace (${marketplaces.join(', ')}).`,
          fix: `Customers there may not be able to pay. The middleware answers them in ${answeredIn === undefined ? 'the default locale' : `a ${answeredIn} locale if it has one, else the default`}; add prompts for ${locale} with the prompts option if you keep it.`,
        }),
      );
    }
    return findings;
  });
}

function defaultsFindings(defaults: NonNullable<CheckOptions['paymentDefaults']>): Finding[] {
  const file = typeof defaults === 'string' ? defaults : 'payment defaults';
  const value = typeof defaults === 'string' ? readGivenJson(defaults) : defaults;
  const record = asRecord(value);
  if (record === undefined) {
    return [
      error({
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
          error({
            check: problem.code,
            file,
            path: problem.field === '' ? key : `${key}.${problem.field}`,
            message: problem.message,
            fix: `Correct ${key}.${problem.field}: Amazon Pay would answer ${problem.code}.`,
          }),
        ),
  );
}

/**
 * Checks an ASK CLI skill package for the Amazon Pay mistakes that would otherwise reach
 * customers: the permission not declared, a published locale without a privacy policy URL
 * or an interaction model, a locale outside Amazon Pay for Alexa's marketplaces (a warning),
 * and payment defaults Amazon Pay would refuse. Throws a `SkillPackageError` naming the file
 * when the package cannot be read at all.
 *
 * @example
 * const report = checkSkillPackage('skill-package', { paymentDefaults: 'amazon-pay-defaults.json' });
 * expect(report.findings).toEqual([]);
 */
export function checkSkillPackage(folder: string, options: CheckOptions = {}): CheckReport {
  const root = isAbsolute(folder) ? folder : resolve(folder);
  assertFolder(root, folder);
  const manifestFileContent = asRecord(readPackageJson(root, manifestFile, true));
  const manifest = asRecord(manifestFileContent?.manifest);
  const findings: Finding[] =
    manifest === undefined
      ? [
          error({
            check: 'manifest',
            file: manifestFile,
            path: 'manifest',
            message: 'skill.json has no manifest object.',
            fix: 'Start from the skill.json that `ask new` writes.',
          }),
        ]
      : [
          ...permissionFindings(manifest),
          ...purchaseFindings(manifest),
          ...localeFindings(root, manifest),
        ];
  if (options.paymentDefaults !== undefined)
    findings.push(...defaultsFindings(options.paymentDefaults));
  return { findings, ok: findings.every((finding) => finding.severity !== 'error') };
}
