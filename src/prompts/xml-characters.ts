// Plain code-point checks rather than a regular expression: a /u class with astral ranges takes
// a skill's start-up a fraction of a millisecond to compile, and the merchant name is checked
// at start-up.

/** Whether XML 1.0 allows the character with this code point. */
export const isXmlCharacter = (code: number): boolean =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/**
 * The index (in UTF-16 code units) of the first character of `text` from `from` on that XML 1.0
 * does not allow, a lone surrogate among them; -1 when there is none.
 */
export function firstForbiddenXmlCharacter(text: string, from = 0): number {
  for (let at = from; at < text.length; at += 1) {
    const code = text.codePointAt(at) as number;
    if (!isXmlCharacter(code)) return at;
    if (code > 0xffff) at += 1;
  }
  return -1;
}

/** The text without the characters XML forbids. */
export function withoutForbiddenXmlCharacters(text: string): string {
  let kept = '';
  let from = 0;
  for (
    let at = firstForbiddenXmlCharacter(text);
    at >= 0;
    at = firstForbiddenXmlCharacter(text, from)
  ) {
    kept += text.slice(from, at);
    from = at + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}
