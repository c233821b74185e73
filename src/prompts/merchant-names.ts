import { AmazonPayConfigurationError } from '../errors/configuration-error';
import { parseLocale, type ParsedLocale } from './locale';
import { withoutForbiddenXmlCharacters } from './xml-characters';

/**
 * The shop's name in each locale (`ja-JP`) or language (`ja`) where customers know it by
 * another name, and the name everywhere else under `default`.
 */
export type MerchantNamesByLocale = { readonly default: string } & {
  readonly [localeOrLanguage: string]: string;
};

/** The shop's name: one for every locale, or a name per locale with a `default`. */
export type MerchantName = string | MerchantNamesByLocale;

const maxMerchantNameLength = 100;

function checkName(option: string, name: unknown): string {
  // Spoken, the name loses what XML forbids (escaping it would only lengthen it).
  if (typeof name !== 'string' || withoutForbiddenXmlCharacters(name).trim() === '') {
    throw new AmazonPayConfigurationError(option, 'must be the non-empty name of the shop');
  }
  if (name.length > maxMerchantNameLength) {
    throw new AmazonPayConfigurationError(
      option,
      `must be at most ${maxMerchantNameLength} characters`,
    );
  }
  return name;
}

/** The checked names of a shop, and which one a request hears. */
export class MerchantNames {
  private constructor(
    private readonly fallback: string,
    /** By normalised locale (`ja-JP`) or language (`ja`). */
    private readonly byTag: ReadonlyMap<string, string>,
  ) {}

  /**
   * Checks the `merchantName` option once, when a middleware is created. Throws an
   * {@link AmazonPayConfigurationError} naming the offending key (`merchantName.ja-JP`).
   */
  static check(value: unknown): MerchantNames {
    if (typeof value !== 'object' || value === undefined) {
      return new MerchantNames(checkName('merchantName', value), new Map());
    }
    if (value === null || Array.isArray(value)) {
      throw new AmazonPayConfigurationError(
        'merchantName',
        "must be a string or an object of names by locale with a 'default'",
      );
    }
    const byTag = new Map<string, string>();
    for (const [key, name] of Object.entries(value)) {
      if (key === 'default') continue;
      const locale = parseLocale(key);
      if (locale === undefined) {
        throw new AmazonPayConfigurationError(
          `merchantName.${key}`,
          "is neither a locale (ja-JP), a language (ja) nor 'default'",
        );
      }
      if (byTag.has(locale.tag)) {
        throw new AmazonPayConfigurationError(
          `merchantName.${key}`,
          `repeats the locale ${locale.tag}`,
        );
      }
      byTag.set(locale.tag, checkName(`merchantName.${key}`, name));
    }
    if (!Object.hasOwn(value, 'default')) {
      throw new AmazonPayConfigurationError(
        'merchantName.default',
        'is missing: a map of names needs a default for every other locale',
      );
    }
    return new MerchantNames(
      checkName('merchantName.default', (value as Record<string, unknown>).default),
      byTag,
    );
  }

  /** The name for a locale: its own, else its language's, else the default. */
  nameFor(locale: ParsedLocale | undefined): string {
    if (locale === undefined) return this.fallback;
    return this.byTag.get(locale.tag) ?? this.byTag.get(locale.language) ?? this.fallback;
  }
}
