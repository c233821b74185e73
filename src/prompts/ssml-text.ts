import { escapeXmlCharacters } from 'ask-sdk-core';
import { withoutForbiddenXmlCharacters } from './xml-characters';

/**
 * Makes any value safe to put between SSML tags: drops what XML forbids, then escapes
 * markup (`Fish & Chips <Ltd>` is spoken as written, not parsed).
 */
export function toSsmlText(value: unknown): string {
  return escapeXmlCharacters(withoutForbiddenXmlCharacters(String(value)));
}
