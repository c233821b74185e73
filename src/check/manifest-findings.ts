import { asRecord, isRecord, type UnknownRecord } from '../outcome/read';
import { supportedLocales } from '../prompts/resources';
import { manifestFile } from './skill-package';
import { certificationRules } from './certification-rules';
import { certificationError, quoted, runtimeError, runtimeWarning, type Finding } from './findings';

const permission = 'payments:autopay_consent';

/** Alexa's locales look like en-US: nothing else becomes part of a file name. */
export const isLocaleKey = (key: string): boolean => /^[a-z]{2}-[A-Z]{2}$/.test(key);

/** Returns the one finding of a skill that has no custom API: nothing else applies to it. */
export function customApiFinding(manifest: UnknownRecord): Finding | undefined {
  const apis = asRecord(manifest.apis);
  if (isRecord(apis?.custom)) return undefined;
  const declared = Object.keys(apis ?? {});
  return runtimeError({
    check: 'custom-skill',
    file: manifestFile,
    path: 'manifest.apis.custom',
    message: `The manifest declares no custom skill API (it declares ${declared.length === 0 ? 'none' : declared.join(', ')}): only custom skills can use Amazon Pay for Alexa, so no interaction model is needed or checked.`,
    fix: 'Sell from a custom skill: declare manifest.apis.custom, with an interaction model for each published locale.',
  });
}

function permissionFindings(manifest: UnknownRecord): Finding[] {
  const permissions = manifest.permissions;
  const declared =
    Array.isArray(permissions) &&
    permissions.some((each) => isRecord(each) && each.name === permission);
  if (declared) return [];
  return [
    runtimeError({
      check: 'FORBIDDEN',
      file: manifestFile,
      path: 'manifest.permissions',
      message: `The skill does not declare the ${permission} permission: every Setup and Charge answers FORBIDDEN.`,
      fix: `Add { "name": "${permission}" } to manifest.permissions and deploy the skill again.`,
    }),
  ];
}

function complianceFindings(manifest: UnknownRecord): Finding[] {
  const compliance = asRecord(manifest.privacyAndCompliance);
  const findings: Finding[] = [];
  if (compliance?.allowsPurchases !== true) {
    findings.push(
      certificationError(
        {
          check: 'allows-purchases',
          file: manifestFile,
          path: 'manifest.privacyAndCompliance.allowsPurchases',
          message: 'The manifest does not declare that the skill allows purchases.',
          fix: 'Set manifest.privacyAndCompliance.allowsPurchases to true.',
        },
        certificationRules.allowsPurchases,
      ),
    );
  }
  if (compliance?.isChildDirected === true) {
    findings.push(
      certificationError(
        {
          check: 'child-directed',
          file: manifestFile,
          path: 'manifest.privacyAndCompliance.isChildDirected',
          message:
            'The manifest says the skill is directed at children: a skill directed at children may not take payments.',
          fix: 'If the skill is not directed at children, set manifest.privacyAndCompliance.isChildDirected to false; if it is, it cannot sell with Amazon Pay.',
        },
        certificationRules.childDirected,
      ),
    );
  }
  return findings;
}

// The locales automatic distribution adds for a language, where Amazon Pay for Alexa has none.
const furtherLocales: Readonly<Record<string, readonly string[]>> = {
  en: ['en-AU', 'en-CA', 'en-IN'],
  es: ['es-MX', 'es-US'],
  fr: ['fr-CA'],
};

function automaticDistributionFindings(
  manifest: UnknownRecord,
  published: readonly string[],
): Finding[] {
  const publishing = asRecord(manifest.publishingInformation);
  if (asRecord(publishing?.automaticDistribution)?.isActive !== true) return [];
  const languages = new Set(published.map((locale) => locale.slice(0, 2)));
  const added = [...languages]
    .flatMap((language) =>
      Object.hasOwn(furtherLocales, language) ? (furtherLocales[language] ?? []) : [],
    )
    .filter((locale) => !(supportedLocales as readonly string[]).includes(locale));
  return [
    runtimeWarning({
      check: 'automatic-distribution',
      file: manifestFile,
      path: 'manifest.publishingInformation.automaticDistribution.isActive',
      message:
        added.length === 0
          ? 'Automatic distribution publishes the skill in further locales of its languages, which may include locales Amazon Pay for Alexa does not serve.'
          : `Automatic distribution publishes the skill in further locales of its languages, among them ${added.join(', ')}, which are not Amazon Pay for Alexa's locales: their customers may not be able to pay.`,
      fix: 'Set manifest.publishingInformation.automaticDistribution.isActive to false and list the locales to publish in yourself.',
    }),
  ];
}

function localeKeyFindings(path: string, keys: readonly string[]): Finding[] {
  return keys
    .filter((key) => !isLocaleKey(key))
    .map((key) =>
      runtimeError({
        check: 'locale-key',
        file: manifestFile,
        path,
        message: `${path} has the key ${quoted(key, 60)}, which is not a locale: Alexa's locales look like en-US.`,
        fix: `Rename ${quoted(key, 60)} to the locale it stands for, such as en-US, or remove it.`,
      }),
    );
}

function publishedLocaleFindings(published: UnknownRecord): Finding[] {
  if (Object.keys(published).length > 0) return [];
  return [
    runtimeError({
      check: 'published-locales',
      file: manifestFile,
      path: 'manifest.publishingInformation.locales',
      message: 'The skill publishes in no locale, so no customer can reach it.',
      fix: 'Add the locales the skill is published in, with their names and descriptions.',
    }),
  ];
}

/** The findings about the manifest as a whole, before any locale is looked at. */
export function skillFindings(manifest: UnknownRecord, published: UnknownRecord): Finding[] {
  const privacy = asRecord(asRecord(manifest.privacyAndCompliance)?.locales) ?? {};
  return [
    ...permissionFindings(manifest),
    ...complianceFindings(manifest),
    ...automaticDistributionFindings(manifest, Object.keys(published).filter(isLocaleKey)),
    ...localeKeyFindings('manifest.publishingInformation.locales', Object.keys(published)),
    ...localeKeyFindings('manifest.privacyAndCompliance.locales', Object.keys(privacy)),
    ...publishedLocaleFindings(published),
  ];
}
