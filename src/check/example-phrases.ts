import type { Phrasing } from './invocation-phrasing';

/** A sample utterance as a pattern: words, and `null` where a slot takes one or more words. */
type Pattern = readonly (string | null)[];

/** What the check knows of a locale's interaction model, to read example phrases against. */
export interface UtteranceModel {
  readonly invocationName: string | undefined;
  readonly samples: readonly string[];
}

/** The verdict on one example phrase. */
export type PhraseVerdict =
  | { readonly matches: true }
  | {
      readonly matches: false;
      /** The part of the phrase that should have been a sample utterance. */
      readonly request: string;
      /** Whether the phrase wakes Alexa without naming the skill's invocation name. */
      readonly wakesWithoutInvocationName: boolean;
    };

const slot = /\{[^{}]*\}/g;
// Example phrases are a few words long; a longer one is no phrase any sample could be.
const longestPhrase = 300;

/** Words as compared: case, width and punctuation set aside; characters for unspaced languages. */
function wordsOf(text: string, spaced: boolean): string[] {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}\p{M}'\s-]/gu, ' ');
  return spaced
    ? plain.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
    : [...plain.replace(/[\s'-]+/g, '')];
}

function patternOf(sample: string, spaced: boolean): Pattern {
  const literals = sample.split(slot);
  return literals.flatMap((literal, index) => [
    ...wordsOf(literal, spaced),
    ...(index < literals.length - 1 ? [null] : []),
  ]);
}

/** Whether the words are exactly the pattern, each slot standing for one or more words. */
function fits(pattern: Pattern, words: readonly string[]): boolean {
  if (
    pattern.length > words.length ||
    (!pattern.includes(null) && pattern.length !== words.length)
  ) {
    return false;
  }
  // ends[w]: the pattern read so far can end just before word w.
  let ends = words.map((_, w) => w === 0).concat(words.length === 0);
  for (const part of pattern) {
    const previous = ends;
    let slotOpen = false;
    ends = previous.map((_, w) => {
      if (w === 0) return false;
      if (part !== null) return previous[w - 1] === true && words[w - 1] === part;
      slotOpen ||= previous[w - 1] === true;
      return slotOpen;
    });
  }
  return ends[words.length] === true;
}

const startsWith = (words: readonly string[], prefix: readonly string[], at = 0): boolean =>
  prefix.length > 0 && prefix.every((word, index) => words[at + index] === word);

/** Whether the words are only joining words ("ask", "to", "で", "を開いて"...). */
function onlyJoining(words: readonly string[], joining: readonly (readonly string[])[]): boolean {
  const reachable = [true, ...words.map(() => false)];
  for (let at = 0; at < words.length; at += 1) {
    if (!reachable[at]) continue;
    for (const word of joining) if (startsWith(words, word, at)) reachable[at + word.length] = true;
  }
  return reachable[words.length] === true;
}

/**
 * Reads an example phrase the way certification does: it either opens the skill by its
 * invocation name ("Alexa, open Tea House"), or carries a request that is one of the model's
 * sample utterances (or a built-in intent's), alone ("buy tea") or joined to the invocation
 * name ("Alexa, ask Tea House to buy tea", "アレクサ、ティーハウスでお茶を買いたい").
 */
export function judgeExamplePhrase(
  phrase: string,
  model: UtteranceModel,
  phrasing: Phrasing,
): PhraseVerdict {
  const words = (text: string) => wordsOf(text, phrasing.spaced);
  if (phrase.length > longestPhrase) {
    return { matches: false, request: phrase, wakesWithoutInvocationName: false };
  }
  const patterns = model.samples.map((sample) => patternOf(sample, phrasing.spaced));
  const isSample = (request: readonly string[]) =>
    patterns.some((pattern) => fits(pattern, request));
  const joining = phrasing.joiningWords.map(words);
  const said = words(phrase);
  const wake = phrasing.wakeWords.map(words).find((wakeWord) => startsWith(said, wakeWord));
  const rest = said.slice(wake?.length ?? 0);
  const name = words(model.invocationName ?? '');
  const join = (request: readonly string[]) => request.join(phrasing.spaced ? ' ' : '');

  const named = rest.flatMap((_, at) => (startsWith(rest, name, at) ? [at] : []));
  const cuts = (side: readonly string[]) =>
    Array.from({ length: side.length + 1 }, (_, cut) => cut);
  // Before the name: a request (or nothing), then joining words; after it, the other way round.
  const beforeFits = (side: readonly string[]) =>
    cuts(side).some((cut) => {
      const request = side.slice(0, cut);
      return onlyJoining(side.slice(cut), joining) && (cut === 0 || isSample(request));
    });
  const afterFits = (side: readonly string[]) =>
    cuts(side).some((cut) => {
      const request = side.slice(cut);
      return (
        onlyJoining(side.slice(0, cut), joining) && (request.length === 0 || isSample(request))
      );
    });
  if (
    named.some((at) => beforeFits(rest.slice(0, at)) && afterFits(rest.slice(at + name.length)))
  ) {
    return { matches: true };
  }
  if (named.length === 0) {
    // A sample may itself begin with a wake word ("echo ..."): the phrase as said counts too.
    return isSample(rest) || isSample(said)
      ? { matches: true }
      : { matches: false, request: join(rest), wakesWithoutInvocationName: wake !== undefined };
  }
  // The request as the customer would hear it: what follows the name and the one joining
  // word after it ("to", "で"), or else what precedes the name and the one joining word before it.
  const at = named[0] as number;
  const after = rest.slice(at + name.length);
  const before = rest.slice(0, at);
  const longestJoining = (side: readonly string[], fromEnd: boolean): number =>
    Math.max(
      0,
      ...joining
        .filter((word) => startsWith(side, word, fromEnd ? side.length - word.length : 0))
        .map((word) => word.length),
    );
  const request = onlyJoining(after, joining)
    ? before.slice(0, before.length - longestJoining(before, true))
    : after.slice(longestJoining(after, false));
  return { matches: false, request: join(request), wakesWithoutInvocationName: false };
}
