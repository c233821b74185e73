import {
  promptKeys,
  promptResources,
  supportedLocales,
  type PromptKey,
  type SupportedLocale,
} from '../../src';

/** The raw template of a shipped prompt, read from the resources by its dotted key. */
export function shippedTemplate(locale: SupportedLocale, key: PromptKey): string {
  let node: unknown = promptResources[locale].amazonpay;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no ${key} in ${locale}`);
  return node;
}

/** Every dotted key path that leads to a string in a nested table. */
export function leafKeys(table: unknown, prefix = ''): string[] {
  return Object.entries(table as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

export const everyLocaleAndKey = supportedLocales.flatMap((locale) =>
  promptKeys.map((key) => [locale, key] as const),
);

/** How a Japanese prompt names the Amazon website: in words, never an address read out. */
export const amazonSiteInJapanese = 'Amazonのウェブサイト';

/** The SSML the middleware should speak for a shipped prompt, for the Tea House test shop. */
export function expectedSpeech(
  locale: SupportedLocale,
  key: PromptKey,
  amazonSite = locale === 'ja-JP' ? amazonSiteInJapanese : 'amazon.com',
): string {
  const text = shippedTemplate(locale, key)
    .replaceAll('{{merchantName}}', 'Tea House')
    .replaceAll('{{amazonSite}}', amazonSite);
  return `<speak>${text}</speak>`;
}
