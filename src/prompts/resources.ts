import deDE from '../../locales/de-DE/amazonpay.json';
import enGB from '../../locales/en-GB/amazonpay.json';
import enUS from '../../locales/en-US/amazonpay.json';
import esES from '../../locales/es-ES/amazonpay.json';
import frFR from '../../locales/fr-FR/amazonpay.json';
import itIT from '../../locales/it-IT/amazonpay.json';
import jaJP from '../../locales/ja-JP/amazonpay.json';
import type { PromptKey } from './prompt-keys';

/** The i18next namespace of the package's prompts. */
export const promptNamespace = 'amazonpay';

/** The locales the package ships prompts for: every Amazon Pay for Alexa marketplace. */
export const supportedLocales = [
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'it-IT',
  'es-ES',
  'ja-JP',
] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

type SectionOf<Key> = Key extends `${infer Section}.${string}` ? Section : never;
type NamesIn<Section extends string> = PromptKey extends infer Key
  ? Key extends `${Section}.${infer Name}`
    ? Name
    : never
  : never;

/** One locale's prompts, nested by key segment (`error.unexpected` is `error` then `generic`). */
export type PromptTable = {
  readonly [Section in SectionOf<PromptKey>]: { readonly [Name in NamesIn<Section>]: string };
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The package's prompts as an i18next resource object (`{ [locale]: { amazonpay: table } }`),
 * imported statically so that bundlers include them. Frozen; load a copy into your own
 * translation tooling with `i18next.addResourceBundle(locale, 'amazonpay', table)`.
 */
export const promptResources: Readonly<
  Record<SupportedLocale, { readonly amazonpay: PromptTable }>
> = deepFreeze({
  'en-US': { amazonpay: enUS },
  'en-GB': { amazonpay: enGB },
  'de-DE': { amazonpay: deDE },
  'fr-FR': { amazonpay: frFR },
  'it-IT': { amazonpay: itIT },
  'es-ES': { amazonpay: esES },
  'ja-JP': { amazonpay: jaJP },
} satisfies Record<SupportedLocale, { amazonpay: PromptTable }>);
