/** Locale tags as Alexa sends them (`en-US`), also accepting `en_US` and any letter case. */
const localePattern = /^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|\d{3}))?$/;

export interface ParsedLocale {
  /** `en-US`, normalised; just the language (`fr`) when the tag names no region. */
  readonly tag: string;
  readonly language: string;
  readonly country: string | undefined;
}

// Alexa sends a handful of tags: each is read once. Bounded, so junk cannot fill it.
const parsed = new Map<string, ParsedLocale | undefined>();
const maxRemembered = 64;

/** Reads a locale tag; `undefined` for anything that is not one (never throws). */
export function parseLocale(locale: unknown): ParsedLocale | undefined {
  if (typeof locale !== 'string' || locale.length > 16) return undefined;
  const known = parsed.get(locale);
  if (known !== undefined || parsed.has(locale)) return known;
  const result = readLocale(locale);
  if (parsed.size < maxRemembered) parsed.set(locale, result);
  return result;
}

function readLocale(locale: string): ParsedLocale | undefined {
  const match = localePattern.exec(locale);
  if (match === null) return undefined;
  const language = (match[1] as string).toLowerCase();
  const country = match[2]?.toUpperCase();
  return Object.freeze({
    tag: country === undefined ? language : `${language}-${country}`,
    language,
    country,
  });
}

/** English-speaking countries whose customers expect British English rather than American. */
const britishEnglishCountries: ReadonlySet<string> = new Set(['GB', 'IE', 'AU', 'NZ', 'IN', 'ZA']);

/**
 * Picks the locale to answer in: the request's own locale when prompts exist for it; else
 * one of the same language (fr-CA gets fr-FR, es-MX and es-US get es-ES, en-AU gets en-GB,
 * en-CA gets en-US); else the default. Anything unreadable gets the default.
 */
export function resolveLocale(
  requested: ParsedLocale | undefined,
  available: readonly string[],
  defaultLocale: string,
): string {
  if (requested === undefined) return defaultLocale;
  if (available.includes(requested.tag)) return requested.tag;
  const sameLanguage = available.filter((locale) => locale.split('-')[0] === requested.language);
  // Only an English request can find both English locales among those of its language.
  if (sameLanguage.includes('en-GB') && sameLanguage.includes('en-US')) {
    return britishEnglishCountries.has(requested.country ?? '') ? 'en-GB' : 'en-US';
  }
  return sameLanguage[0] ?? defaultLocale;
}
