import { parseLocale } from '../prompts/locale';
import { isRecord } from '../outcome/read';

/** The seller name customers know: one for every locale, or by locale (`ja-JP`) or language (`ja`), with a `default`. */
export type SellerNameOption = string | Readonly<Record<string, string>>;

/** The seller name that applies to a locale, if any. */
export type SellerNameFor = (locale: string) => string | undefined;

const isName = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * Checks the `sellerName` option once and returns its lookup: exact locale, then language,
 * then `default`. Throws a TypeError naming the option for anything else.
 */
export function readSellerName(option: unknown): SellerNameFor | undefined {
  if (option === undefined) return undefined;
  if (typeof option === 'string') {
    if (!isName(option)) throw new TypeError('sellerName must not be empty.');
    return () => option;
  }
  if (!isRecord(option)) {
    throw new TypeError('sellerName must be a name, or a map of locale or language to name.');
  }
  const byKey = new Map<string, string>();
  for (const [key, name] of Object.entries(option)) {
    const tag = key === 'default' ? key : parseLocale(key)?.tag;
    if (tag === undefined) {
      throw new TypeError(
        `sellerName has the key ${JSON.stringify(key.slice(0, 40))}, which is neither a locale (ja-JP), a language (ja) nor default.`,
      );
    }
    if (!isName(name))
      throw new TypeError(`sellerName[${JSON.stringify(key)}] must be a non-empty string.`);
    byKey.set(tag, name);
  }
  return (locale) => {
    const parsed = parseLocale(locale);
    return (
      byKey.get(parsed?.tag ?? locale) ?? byKey.get(parsed?.language ?? '') ?? byKey.get('default')
    );
  };
}

const articles: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'a', 'an']),
  de: new Set(['der', 'die', 'das']),
  fr: new Set(['le', 'la', 'les', 'l']),
  es: new Set(['el', 'la', 'los', 'las']),
  it: new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'l']),
};

const andWords: Readonly<Record<string, string>> = {
  en: 'and',
  de: 'und',
  fr: 'et',
  es: 'y',
  it: 'e',
};

/** A name's words as spoken: case and punctuation set aside, `&` said, initials ("a. b. c.") run together. */
function spokenWords(name: string, language: string): string[] {
  const and = Object.hasOwn(andWords, language) ? andWords[language] : '';
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ` ${and} `)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word !== '');
  const spoken: string[] = [];
  let afterInitial = false;
  for (const word of words) {
    const initial = word.length === 1;
    if (initial && afterInitial) spoken[spoken.length - 1] += word;
    else spoken.push(word);
    afterInitial = initial;
  }
  return spoken;
}

// Invocation names spell numbers out ("seven eleven" for 7-Eleven), in whatever way suits the
// language: a number in the seller name stands for one to four spoken words.
const isNumber = (word: string): boolean => /^\p{N}+$/u.test(word);
const maxWordsForANumber = 4;

/** The length of `named` from `at` that speaks `pattern` in full, if it does. */
function spokenLength(named: readonly string[], at: number, pattern: readonly string[]): number[] {
  const [first, ...rest] = pattern;
  if (first === undefined) return [0];
  const heads = isNumber(first)
    ? Array.from({ length: maxWordsForANumber }, (_, index) => index + 1).filter(
        (length) => at + length <= named.length && !named.slice(at, at + length).some(isNumber),
      )
    : named[at] === first
      ? [1]
      : [];
  if (isNumber(first) && named[at] === first) heads.unshift(1);
  return heads.flatMap((head) =>
    spokenLength(named, at + head, rest).map((length) => head + length),
  );
}

const containsRun = (named: readonly string[], pattern: readonly string[]): boolean =>
  named.some((_, at) => spokenLength(named, at, pattern).length > 0);

const speaksWhole = (named: readonly string[], pattern: readonly string[]): boolean =>
  spokenLength(named, 0, pattern).includes(named.length);

/** The seller name as written, matched word for word (see invocationMatchesSeller). */
function matchesSellerWords(
  named: readonly string[],
  sellerWords: readonly string[],
  language: string,
): boolean {
  const [namedText, sellerText] = [named.join(''), sellerWords.join('')];
  // Languages written without spaces compare as text; so do names that differ only in spacing.
  if (
    namedText === sellerText ||
    (language === 'ja' && (namedText.includes(sellerText) || sellerText.startsWith(namedText)))
  ) {
    return true;
  }
  // Without its article ("tea house" for The Tea House); and its start, when that keeps most of
  // it ("tea house" for Tea House Ltd., never "the" for The Tea House).
  const bare = articles[language]?.has(sellerWords[0] ?? '') ? sellerWords.slice(1) : sellerWords;
  return [sellerWords, bare].some((words) => {
    const start = words.slice(0, Math.max(named.length, Math.ceil(words.length / 2)));
    // A number alone would stand for any word: a start must keep a word of its own.
    const startSays = start.some((word) => !isNumber(word)) && speaksWhole(named, start);
    return words.length > 0 && (containsRun(named, words) || startSays);
  });
}

/**
 * The seller name's words with each number inside a word spoken on its own ("7", "eleven" for
 * 7Eleven, "a", "1", "books" for A1 Books), or `undefined` when no word mixes the two.
 */
function numbersSpokenApart(sellerWords: readonly string[]): string[] | undefined {
  const split = sellerWords.flatMap((word) =>
    word.split(/(?<=\p{N})(?=[\p{L}\p{M}])|(?<=[\p{L}\p{M}])(?=\p{N})/u),
  );
  return split.length === sellerWords.length ? undefined : split;
}

/**
 * Whether an invocation name matches the seller name: the same words, or the seller name
 * within it ("tea house shop" for Tea House), or it the start of the seller name ("tea
 * house" for Tea House Ltd.). A number written inside a word ("seven eleven" for 7Eleven) is
 * heard only in an invocation name that says the whole seller name: cut there, a name would
 * keep too little of its own.
 */
export function invocationMatchesSeller(
  invocation: string,
  seller: string,
  language: string,
): boolean {
  const named = spokenWords(invocation, language);
  const sellerWords = spokenWords(seller, language);
  if (named.length === 0 || sellerWords.length === 0) return false;
  if (matchesSellerWords(named, sellerWords, language)) return true;
  const apart = numbersSpokenApart(sellerWords);
  return apart !== undefined && speaksWhole(named, apart);
}
