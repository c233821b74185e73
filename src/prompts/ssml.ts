import { escapeXmlCharacters } from 'ask-sdk-core';

/** Characters XML 1.0 does not allow anywhere, lone surrogates included. */
const forbiddenXmlCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const forbiddenXmlCharacters = new RegExp(forbiddenXmlCharacter.source, 'gu');

/**
 * Makes any value safe to put between SSML tags: drops what XML forbids, then escapes
 * markup (`Fish & Chips <Ltd>` is spoken as written, not parsed).
 */
export function toSsmlText(value: unknown): string {
  return escapeXmlCharacters(String(value).replace(forbiddenXmlCharacters, ''));
}

/** The SSML tags a prompt may use; `speak` is added by the renderer. */
const allowedTags: ReadonlySet<string> = new Set([
  'amazon:domain',
  'amazon:effect',
  'amazon:emotion',
  'audio',
  'break',
  'emphasis',
  'lang',
  'p',
  'phoneme',
  'prosody',
  's',
  'say-as',
  'sub',
  'voice',
  'w',
]);

const tagPattern = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const entityPattern = /&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/y;

/**
 * Checks that a prompt is a well-formed SSML fragment: only known tags, every tag closed,
 * no bare `<` or `&`. Returns what is wrong, or `undefined` when it is fine. Small on
 * purpose: it runs when a middleware is created and must not weigh on cold starts.
 */
export function findSsmlProblem(fragment: string): string | undefined {
  if (forbiddenXmlCharacter.test(fragment)) return 'contains a character XML does not allow';
  const open: string[] = [];
  for (let at = 0; at < fragment.length;) {
    const char = fragment[at];
    if (char === '<') {
      tagPattern.lastIndex = at;
      const tag = tagPattern.exec(fragment);
      if (tag === null) return `has a malformed tag at character ${at}`;
      const [whole, closing, name = '', , selfClosing] = tag;
      if (!allowedTags.has(name)) return `uses the tag <${name}>, which is not SSML Alexa speaks`;
      if (closing && selfClosing) return `has a malformed tag at character ${at}`;
      if (closing) {
        if (open.pop() !== name) return `closes <${name}> without opening it`;
      } else if (!selfClosing) {
        open.push(name);
      }
      at += whole.length;
    } else if (char === '&') {
      entityPattern.lastIndex = at;
      const entity = entityPattern.exec(fragment);
      if (entity === null) return `has a bare "&" at character ${at} (write &amp;)`;
      at += entity[0].length;
    } else {
      at += 1;
    }
  }
  return open.length === 0 ? undefined : `leaves <${open[open.length - 1]}> open`;
}
