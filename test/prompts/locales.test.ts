import { XMLValidator } from 'fast-xml-parser';
import { promptKeys, promptResources, supportedLocales } from '../../src';
import { PromptRenderer } from '../../src/prompts/renderer';
import { findSsmlProblem } from '../../src/prompts/ssml';
import { everyLocaleAndKey, leafKeys, shippedTemplate } from '../support/prompt-text';

describe('the locale files', () => {
  it.each(supportedLocales)('%s has every prompt key and no other', (locale) => {
    expect(leafKeys(promptResources[locale].amazonpay).sort()).toEqual([...promptKeys].sort());
  });

  it.each(everyLocaleAndKey)(
    '%s %s uses only the two placeholders and is well-formed SSML',
    (locale, key) => {
      const template = shippedTemplate(locale, key);
      const placeholders = [...template.matchAll(/\{\{([^}]*)\}\}/g)].map(([, name]) => name);

      expect(placeholders.every((name) => name === 'merchantName' || name === 'amazonSite')).toBe(
        true,
      );
      expect(findSsmlProblem(template)).toBeUndefined();
    },
  );

  // Words that would betray a sentence left in English. Brand names (Amazon Pay, Alexa) and
  // loanwords the languages use themselves (Italian "account") are fine.
  const englishWords =
    /\b(the|your|you|please|nothing|bought|purchase|payment|sorry|again|thank|card)\b/i;

  it.each(everyLocaleAndKey.filter(([locale]) => !locale.startsWith('en-')))(
    '%s %s is not left in English',
    (locale, key) => {
      const template = shippedTemplate(locale, key);

      expect(template).not.toBe(shippedTemplate('en-US', key));
      expect(template).not.toMatch(englishWords);
    },
  );

  it.each(supportedLocales)(
    '%s renders every prompt to well-formed SSML with nothing left over',
    (locale) => {
      const renderer = new PromptRenderer({ merchantName: 'Fish & Chips <Ltd>' });

      for (const key of promptKeys) {
        const ssml = renderer.speak(key, locale);

        expect(XMLValidator.validate(ssml)).toBe(true);
        expect(ssml).toMatch(/^<speak>.+<\/speak>$/s);
        expect(ssml).not.toMatch(/\{\{|\}\}/);
        if (shippedTemplate(locale, key).includes('{{merchantName}}'))
          expect(ssml).toContain('Fish &amp; Chips &lt;Ltd&gt;');
      }
    },
  );

  it.each([
    // German, Italian and Spanish speak to the customer informally, French formally, Japanese politely.
    ['de-DE', /\b(Sie|Ihr|Ihre|Ihnen)\b/],
    ['it-IT', /\b(Lei|Suo|Sua)\b/],
    ['es-ES', /\b(usted|su cuenta)\b/i],
    ['fr-FR', /\b(tu|ton|ta|tes|toi)\b/i],
    ['ja-JP', /(だ|である|する|しない)。/],
  ] as const)('%s keeps the register Alexa uses', (locale, wrongRegister) => {
    for (const key of promptKeys) expect(shippedTemplate(locale, key)).not.toMatch(wrongRegister);
  });

  it('ends every Japanese sentence politely', () => {
    for (const key of promptKeys) {
      const sentences = shippedTemplate('ja-JP', key)
        .split(/(?<=[。？])/)
        .filter(Boolean);

      for (const sentence of sentences)
        expect(sentence).toMatch(/(ます|ません|です|でした|ください|ました)か?[。？]$/);
    }
  });

  it('uses British spelling and words in en-GB where a British speaker would notice', () => {
    const british = promptKeys.map((key) => shippedTemplate('en-GB', key)).join(' ');

    expect(british).not.toMatch(/\b(U\.S\.|e-mail|any time|Okay)\b/);
    expect(british).toMatch(/\bemail\b/);
  });

  it('freezes the shipped resources', () => {
    expect(Object.isFrozen(promptResources)).toBe(true);
    expect(Object.isFrozen(promptResources['de-DE'].amazonpay.error)).toBe(true);
  });
});
