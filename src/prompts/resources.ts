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
