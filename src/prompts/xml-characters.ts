/** Characters XML 1.0 does not allow anywhere, lone surrogates included. */
export const forbiddenXmlCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const forbiddenXmlCharacters = new RegExp(forbiddenXmlCharacter.source, 'gu');

/** The text without the characters XML forbids. */
export function withoutForbiddenXmlCharacters(text: string): string {
  return text.replace(forbiddenXmlCharacters, '');
}
