import { firstForbiddenXmlCharacter, isXmlCharacter } from './xml-characters';

/** The SSML tags a prompt may use; `speak` is added by the renderer. */
export const ssmlTags = [
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
] as const;

const allowedTags: ReadonlySet<string> = new Set(ssmlTags);

// XML 1.0's productions as its specification writes them: S, NameStartChar, NameChar, Name.
const space = '[ \\t\\r\\n]';
const nameStartChar =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF' +
  '\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD' +
  '\\u{10000}-\\u{EFFFF}';
// The combining marks come first: after another character a linter would take them for one.
const nameChar = `\\u0300-\\u036F${nameStartChar}\\-.0-9\\u00B7\\u203F-\\u2040`;
const name = `[${nameStartChar}][${nameChar}]*`;

const tagStart = new RegExp(`<(/?)(${name})`, 'uy');
const attribute = new RegExp(`${space}+(${name})${space}*=${space}*(?:"([^"]*)"|'([^']*)')`, 'uy');
const tagEnd = new RegExp(`${space}*(/?)>`, 'y');
const reference = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
const bareAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/g;
const longestSuggestion = 100;

/** The entity or character reference that starts at `at`, or `undefined` for a bare `&`. */
function referenceAt(text: string, at: number): string | undefined {
  reference.lastIndex = at;
  return reference.exec(text)?.[0];
}

/** Whether a reference stands for a character XML allows (the five entities always do). */
function isAllowedReference(found: string): boolean {
  if (found[1] !== '#') return true;
  const hexadecimal = found[2] === 'x';
  return isXmlCharacter(
    Number.parseInt(found.slice(hexadecimal ? 3 : 2, -1), hexadecimal ? 16 : 10),
  );
}

const badReference = (found: string, at: number): string =>
  `has the character reference "${found}" at character ${at}, which stands for a character XML does not allow`;

/**
 * What is wrong with the value of an attribute, which runs from `from` to `to` in `text`;
 * `shown` is the text as its author wrote it, for the suggestion.
 */
function valueProblem(
  text: string,
  shown: string,
  from: number,
  to: number,
  attributeName: string,
  tag: string,
): string | undefined {
  const where = `in the ${attributeName} attribute of <${tag}>`;
  for (let at = from; at < to; at += 1) {
    if (text[at] === '<') return `has a "<" ${where} at character ${at}: write &lt;`;
    if (text[at] !== '&') continue;
    const found = referenceAt(text, at);
    if (found === undefined) {
      const fixed = shown.slice(from, to).replace(bareAmpersand, '&amp;');
      const suggestion =
        fixed.length > longestSuggestion ? `${fixed.slice(0, longestSuggestion - 1)}…` : fixed;
      return `has a bare "&" ${where} at character ${at}: write &amp; (${suggestion})`;
    }
    if (!isAllowedReference(found)) return badReference(found, at);
  }
  return undefined;
}

/** Reads the tag at `at`: where it ends, or what is wrong with it. */
function readTag(text: string, shown: string, at: number, open: string[]): number | string {
  if (text[at + 1] === '!' || text[at + 1] === '?')
    return `has a comment, CDATA section or processing instruction at character ${at}; a prompt holds only SSML tags and text`;
  tagStart.lastIndex = at;
  const start = tagStart.exec(text);
  if (start === null)
    return `has a malformed tag at character ${at}: write &lt; for a less-than sign`;
  const [, closing, tag = ''] = start;
  if (!allowedTags.has(tag)) return `uses the tag <${tag}>, which is not SSML Alexa speaks`;
  let end = tagStart.lastIndex;
  const names = new Set<string>();
  for (;;) {
    attribute.lastIndex = end;
    const found = closing === '' ? attribute.exec(text) : null;
    if (found === null) break;
    const [, attributeName = '', doubleQuoted, singleQuoted = ''] = found;
    if (names.has(attributeName))
      return `repeats the ${attributeName} attribute of <${tag}> at character ${at}`;
    names.add(attributeName);
    end = attribute.lastIndex;
    const value = doubleQuoted ?? singleQuoted;
    const problem = valueProblem(text, shown, end - 1 - value.length, end - 1, attributeName, tag);
    if (problem !== undefined) return problem;
  }
  tagEnd.lastIndex = end;
  const close = tagEnd.exec(text);
  const selfClosing = close?.[1] === '/';
  if (close === null || (closing === '/' && selfClosing))
    return `has a malformed tag at character ${at}`;
  if (closing === '/') {
    if (open.pop() !== tag) return `closes <${tag}> without opening it`;
  } else if (!selfClosing) {
    open.push(tag);
  }
  return tagEnd.lastIndex;
}

/**
 * Checks that a prompt is a well-formed SSML fragment as a conformant XML parser reads it
 * inside `<speak>`: only the SSML tags Alexa speaks, each closed in order, each attribute once,
 * only the references XML knows and for characters it allows, no `]]>` in text, no comments or
 * processing instructions. Returns what is wrong, or `undefined` when it is fine. It runs once,
 * when a middleware is created. `shown` is the fragment as its author wrote it, of the same
 * length (placeholders and all), for suggestions.
 */
export function findSsmlProblem(fragment: string, shown = fragment): string | undefined {
  const forbidden = firstForbiddenXmlCharacter(fragment);
  if (forbidden >= 0) return `has a character XML does not allow at character ${forbidden}`;
  const open: string[] = [];
  for (let at = 0; at < fragment.length;) {
    let next: number | string = at + 1;
    if (fragment[at] === '<') next = readTag(fragment, shown, at, open);
    else if (fragment[at] === '&') {
      const found = referenceAt(fragment, at);
      if (found === undefined)
        return `has a bare "&" at character ${at}: write &amp; (XML knows only &amp; &lt; &gt; &quot; &apos; and character references)`;
      next = isAllowedReference(found) ? at + found.length : badReference(found, at);
    } else if (fragment.startsWith(']]>', at))
      return `has "]]>" in its text at character ${at}, which XML does not allow: write ]]&gt;`;
    if (typeof next === 'string') return next;
    at = next;
  }
  return open.length === 0 ? undefined : `leaves <${open[open.length - 1]}> open`;
}
