import { asRecord, asString, type UnknownRecord } from '../outcome/read';
import { parseLocale, resolveLocale } from '../prompts/locale';
import { supportedLocales } from '../prompts/resources';
import { carriesSentence, certificationRules, requiredSentenceFor } from './certification-rules';
import { certificationError, runtimeWarning, type Finding } from './findings';
import { manifestFile } from './skill-package';

const marketplaces: readonly string[] = supportedLocales;
// The middleware's own default, unless a skill sets defaultLocale.
const defaultLocale = 'en-US';

function privacyFindings(locale: string, privacy: UnknownRecord | undefined): Finding[] {
  const url = asString(asRecord(privacy?.[locale])?.privacyPolicyUrl);
  if (url !== undefined && /^https:\/\/\S+$/.test(url)) return [];
  return [
    certificationError(
      {
        check: 'privacy-policy-url',
        file: manifestFile,
        path: `manifest.privacyAndCompliance.locales.${locale}.privacyPolicyUrl`,
        message: `${locale} has no privacy policy URL${url === undefined || url === '' ? '' : ' that starts with https://'}: a skill that takes payments needs one in every locale it is published in to pass certification.`,
        fix: `Add the https:// address of the skill's privacy policy for ${locale}.`,
      },
      certificationRules.privacyPolicy,
    ),
  ];
}

function marketplaceFindings(locale: string): Finding[] {
  if (marketplaces.includes(locale)) return [];
  const answeredIn = resolveLocale(parseLocale(locale), marketplaces, defaultLocale);
  const prompts =
    answeredIn.slice(0, 2) === locale.slice(0, 2)
      ? `its ${answeredIn} prompts`
      : `the prompts of its default locale (${defaultLocale} unless the defaultLocale option names another)`;
  return [
    runtimeWarning({
      check: 'amazon-pay-marketplace',
      file: manifestFile,
      path: `manifest.publishingInformation.locales.${locale}`,
      message: `${locale} is not one of Amazon Pay for Alexa's locales (${marketplaces.join(', ')}): its customers may not be able to pay. The middleware answers them with ${prompts}.`,
      fix: `Stop publishing in ${locale}, or keep it knowingly and give it prompts of its own with the middleware's prompts option.`,
    }),
  ];
}

function descriptionFindings(locale: string, published: UnknownRecord | undefined): Finding[] {
  const sentence = requiredSentenceFor(locale.slice(0, 2));
  const description = asString(published?.description) ?? '';
  if (sentence === undefined || carriesSentence(description, sentence)) return [];
  return [
    certificationError(
      {
        check: 'description-sentence',
        file: manifestFile,
        path: `manifest.publishingInformation.locales.${locale}.description`,
        message: `The ${locale} description does not say, in Amazon's words for its language, that the skill uses Amazon Pay and how to set a voice code.`,
        fix: `Add this sentence to the ${locale} description: ${sentence}`,
      },
      certificationRules.descriptionSentence,
    ),
  ];
}

/** The findings of one published locale (a checked locale key) in the manifest itself. */
export function localeManifestFindings(locale: string, manifest: UnknownRecord): Finding[] {
  const published = asRecord(asRecord(asRecord(manifest.publishingInformation)?.locales)?.[locale]);
  const privacy = asRecord(asRecord(manifest.privacyAndCompliance)?.locales);
  return [
    ...privacyFindings(locale, privacy),
    ...marketplaceFindings(locale),
    ...descriptionFindings(locale, published),
  ];
}
