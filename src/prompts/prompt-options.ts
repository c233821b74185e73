import { AmazonPayConfigurationError } from '../errors/configuration-error';
import { paymentPath } from '../on-first-use';
import { parseLocale } from './locale';
import { MerchantNames, type MerchantName } from './merchant-names';
import type { PromptOverrides } from './overrides';
import type { PromptKey } from './prompt-keys';
import { supportedLocales } from './resources';

export interface PromptRendererOptions {
  /** The shop's name as customers know it, or its names by locale; spoken in prompts. */
  readonly merchantName: MerchantName;
  /** Prompts to replace or locales to add, checked now. */
  readonly prompts?: PromptOverrides;
  /** The locale for requests in a language no prompt speaks. Default `en-US`. */
  readonly defaultLocale?: string;
}

/** The prompt options, checked. */
export interface CheckedPromptOptions {
  readonly merchantNames: MerchantNames;
  /** The overrides by normalised locale, then key. */
  readonly overrides: ReadonlyMap<string, ReadonlyMap<PromptKey, string>>;
  /** Every locale the prompts can answer in: the shipped ones and those the skill added. */
  readonly locales: readonly string[];
  readonly defaultLocale: string;
}

/**
 * Checks the options that shape what customers hear, once, when a middleware is created.
 * Throws an {@link AmazonPayConfigurationError} naming the option.
 */
export function checkPromptOptions(options: PromptRendererOptions): CheckedPromptOptions {
  const merchantNames = MerchantNames.check(options.merchantName);
  // Checking overrides takes an SSML parser, which comes with the payment path: a skill that
  // gives none starts without it.
  const overrides =
    options.prompts === undefined
      ? new Map<string, ReadonlyMap<PromptKey, string>>()
      : paymentPath.get().checkPromptOverrides(options.prompts);
  const locales = [
    ...supportedLocales,
    ...[...overrides.keys()].filter((l) => !supportedLocales.includes(l as never)),
  ];
  const given = options.defaultLocale ?? 'en-US';
  // Most skills keep the default: it needs no parsing at start-up.
  const defaultLocale = given === 'en-US' ? given : parseLocale(given)?.tag;
  if (defaultLocale === undefined || !locales.includes(defaultLocale)) {
    throw new AmazonPayConfigurationError(
      'defaultLocale',
      `must be one of the locales with prompts: ${locales.join(', ')}`,
    );
  }
  return { merchantNames, overrides, locales, defaultLocale };
}
