import deDE from '../../locales/de-DE/amazonpay.json';
import enGB from '../../locales/en-GB/amazonpay.json';
import enUS from '../../locales/en-US/amazonpay.json';
import esES from '../../locales/es-ES/amazonpay.json';
import frFR from '../../locales/fr-FR/amazonpay.json';
import itIT from '../../locales/it-IT/amazonpay.json';
import jaJP from '../../locales/ja-JP/amazonpay.json';
import type { PromptTable, SupportedLocale } from './resources';

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
