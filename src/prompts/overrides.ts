import { AmazonPayConfigurationError } from '../errors/configuration-error';
import { parseLocale } from './locale';
import { promptKeys, type PromptKey } from './prompt-keys';
import { findSsmlProblem } from './ssml';

/** Prompts a skill replaces or adds, by locale and key: `{ 'de-DE': { 'error.unexpected': '...' } }`. */
export type PromptOverrides = Readonly<
  Record<string, Readonly<Partial<Record<PromptKey, string>>>>
>;

/** The only values a prompt can interpolate. */
export const promptPlaceholders = ['merchantName', 'amazonSite'] as const;

const knownKeys: ReadonlySet<string> = new Set(promptKeys);
const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;
const maxPromptLength = 6000;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkPrompt(option: string, text: unknown): void {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new AmazonPayConfigurationError(option, 'must be a non-empty string');
  }
  if (text.length > maxPromptLength) {
    throw new AmazonPayConfigurationError(option, `is longer than ${maxPromptLength} characters`);
  }
  for (const [, name] of text.matchAll(placeholderPattern)) {
    if (!(promptPlaceholders as readonly string[]).includes(name ?? '')) {
      throw new AmazonPayConfigurationError(
        option,
        `uses the placeholder {{${name}}}; prompts can use only {{merchantName}} and {{amazonSite}}`,
      );
    }
  }
  // Each placeholder stands as characters that are fine in text and in attribute values and
  // nowhere else (not in a name, a reference or a tag), so a name or a website put there later
  // cannot break the markup; they keep the length, so positions in messages stay true.
  const neutral = text.replace(placeholderPattern, (placeholder) => '$'.repeat(placeholder.length));
  if (neutral.includes('{{') || neutral.includes('}}')) {
    throw new AmazonPayConfigurationError(option, 'has an unmatched {{ or }}');
  }
  const problem = findSsmlProblem(neutral, text);
  if (problem !== undefined)
    throw new AmazonPayConfigurationError(option, `is not valid SSML: it ${problem}`);
}

/**
 * Checks prompt overrides once, when a middleware is created, and returns them keyed by
 * normalised locale (`de-de` becomes `de-DE`). Throws an {@link AmazonPayConfigurationError}
 * naming the locale and key of the first problem.
 */
export function checkPromptOverrides(
  overrides: unknown,
): ReadonlyMap<string, ReadonlyMap<PromptKey, string>> {
  const checked = new Map<string, Map<PromptKey, string>>();
  if (overrides === undefined) return checked;
  if (!isPlainObject(overrides)) {
    throw new AmazonPayConfigurationError('prompts', 'must be an object of prompts by locale');
  }
  for (const [locale, prompts] of Object.entries(overrides)) {
    const parsed = parseLocale(locale);
    if (parsed?.country === undefined) {
      throw new AmazonPayConfigurationError(
        `prompts.${locale}`,
        'is not a locale such as en-US or de-DE',
      );
    }
    if (checked.has(parsed.tag)) {
      throw new AmazonPayConfigurationError(
        `prompts.${locale}`,
        `repeats the locale ${parsed.tag}`,
      );
    }
    if (!isPlainObject(prompts)) {
      throw new AmazonPayConfigurationError(
        `prompts.${locale}`,
        'must be an object of prompts by key',
      );
    }
    const byKey = new Map<PromptKey, string>();
    for (const [key, text] of Object.entries(prompts)) {
      if (!knownKeys.has(key)) {
        throw new AmazonPayConfigurationError(
          `prompts.${locale}.${key}`,
          `is not a prompt key; the keys are ${promptKeys.join(', ')}`,
        );
      }
      checkPrompt(`prompts.${locale}.${key}`, text);
      byKey.set(key as PromptKey, text as string);
    }
    checked.set(parsed.tag, byKey);
  }
  return checked;
}
