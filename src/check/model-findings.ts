import { asRecord, asString, isRecord, type UnknownRecord } from '../outcome/read';
import { certificationRules } from './certification-rules';
import { judgeExamplePhrase } from './example-phrases';
import { certificationError, quoted, runtimeError, type Finding } from './findings';
import { phrasingFor } from './invocation-phrasing';
import type { SellerNameFor } from './seller-name';
import { invocationMatchesSeller } from './seller-name';
import { manifestFile, type SkillPackage } from './skill-package';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((each): each is string => typeof each === 'string') : [];

const records = (value: unknown): UnknownRecord[] =>
  Array.isArray(value) ? value.filter(isRecord) : [];

function missingModel(
  skillPackage: SkillPackage,
  locale: string,
  published: readonly string[],
): Finding {
  const file = skillPackage.modelFile(locale);
  const folder = file.slice(0, file.lastIndexOf('/'));
  const unused = skillPackage
    .list(folder)
    .filter((name) => name.endsWith('.json') && !published.includes(name.slice(0, -'.json'.length)))
    .map((name) => name.replace(/\p{Cc}/gu, ' ').slice(0, 60));
  const named = unused.length > 5 ? [...unused.slice(0, 5), `${unused.length - 5} more`] : unused;
  return runtimeError({
    check: 'interaction-model',
    file,
    path: '',
    message: `${locale} is published but has no interaction model (${file}).${unused.length === 0 ? '' : ` ${folder}/ also holds ${named.join(', ')}, which no published locale uses.`}`,
    fix: `Add ${file}, or stop publishing in ${locale}.`,
  });
}

function yesNoFindings(file: string, locale: string, intents: readonly UnknownRecord[]): Finding[] {
  const names = new Set(intents.map((intent) => intent.name));
  const missing = ['AMAZON.YesIntent', 'AMAZON.NoIntent'].filter((name) => !names.has(name));
  if (missing.length === 0) return [];
  const named = missing.join(' and ');
  return [
    runtimeError({
      check: 'yes-no-intents',
      file,
      path: 'interactionModel.languageModel.intents',
      message: `The ${locale} model has no ${named}: after a failed voice code the middleware asks whether to try again and keeps the session open, and the customer's answer reaches no intent.`,
      fix: `Add ${named} to the intents of the ${locale} model.`,
    }),
  ];
}

function examplePhraseFindings(
  locale: string,
  published: UnknownRecord | undefined,
  invocationName: string | undefined,
  intents: readonly UnknownRecord[],
): Finding[] {
  const phrasing = phrasingFor(locale.slice(0, 2));
  if (phrasing === undefined) return [];
  const samples = intents.flatMap((intent) => [
    ...strings(intent.samples),
    ...records(intent.slots).flatMap((slot) => strings(slot.samples)),
    ...(typeof intent.name === 'string' && Object.hasOwn(phrasing.builtIns, intent.name)
      ? (phrasing.builtIns[intent.name] ?? [])
      : []),
  ]);
  const phrases = Array.isArray(published?.examplePhrases) ? published.examplePhrases : [];
  return phrases.flatMap((phrase: unknown, index): Finding[] => {
    if (typeof phrase !== 'string') return [];
    const verdict = judgeExamplePhrase(phrase, { invocationName, samples }, phrasing);
    if (verdict.matches) return [];
    const unnamed = verdict.wakesWithoutInvocationName && invocationName !== undefined;
    return [
      certificationError(
        {
          check: 'example-phrase',
          file: manifestFile,
          path: `manifest.publishingInformation.locales.${locale}.examplePhrases[${index}]`,
          message: `The ${locale} example phrase ${quoted(phrase)} matches no sample utterance of the ${locale} model: ${verdict.request === '' ? 'it says no request' : `${quoted(verdict.request)} is not one of them`}${unnamed ? `, and it does not name the invocation name ${quoted(invocationName)}` : ''}.`,
          fix: unnamed
            ? `Name the skill by its invocation name ${quoted(invocationName)}, joined to a sample utterance of the ${locale} model or to nothing.`
            : `Build the phrase around a sample utterance of the ${locale} model, or add ${quoted(verdict.request)} to the samples of the intent it should reach.`,
        },
        certificationRules.examplePhrases,
      ),
    ];
  });
}

function invocationFindings(
  file: string,
  locale: string,
  invocationName: string | undefined,
  sellerName: string | undefined,
): Finding[] {
  if (sellerName === undefined || invocationName === undefined) return [];
  if (invocationMatchesSeller(invocationName, sellerName, locale.slice(0, 2))) return [];
  return [
    certificationError(
      {
        check: 'invocation-name',
        file,
        path: 'interactionModel.languageModel.invocationName',
        message: `The ${locale} invocation name ${quoted(invocationName)} does not match the seller name ${quoted(sellerName)}.`,
        fix: `Use the seller or brand name as the ${locale} invocation name, or give the seller name customers know in ${locale} (--seller-name ${locale}=<name>).`,
      },
      certificationRules.invocationName,
    ),
  ];
}

/** The findings of one published locale's interaction model. */
export function localeModelFindings(
  skillPackage: SkillPackage,
  locale: string,
  manifest: UnknownRecord,
  sellerNameFor: SellerNameFor | undefined,
): Finding[] {
  const publishedLocales = asRecord(asRecord(manifest.publishingInformation)?.locales) ?? {};
  const file = skillPackage.modelFile(locale);
  const model = skillPackage.read(file);
  if (model.state === 'missing')
    return [missingModel(skillPackage, locale, Object.keys(publishedLocales))];
  if (model.state === 'outside') {
    return [
      runtimeError({
        check: 'outside-package',
        file,
        path: '',
        message: `${file} leads outside the skill package (through a symbolic link): the check reads nothing outside the package, so it did not check this file.`,
        fix: 'Put the file itself in the skill package, in place of the link.',
      }),
    ];
  }
  const languageModel = asRecord(asRecord(asRecord(model.value)?.interactionModel)?.languageModel);
  const intents = records(languageModel?.intents);
  const invocationName = asString(languageModel?.invocationName);
  return [
    ...yesNoFindings(file, locale, intents),
    ...examplePhraseFindings(locale, asRecord(publishedLocales[locale]), invocationName, intents),
    ...invocationFindings(file, locale, invocationName, sellerNameFor?.(locale)),
  ];
}
