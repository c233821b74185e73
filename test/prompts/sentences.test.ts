import { XMLValidator } from 'fast-xml-parser';
import { promptKeys, supportedLocales, type PromptKey, type SupportedLocale } from '../../src';
import { PromptRenderer } from '../../src/prompts/renderer';
import { findSsmlProblem } from '../../src/prompts/ssml';
import { shippedTemplate } from '../support/prompt-text';

// Names of every shape a shop can have: with an article, plural, elided, a common noun, in
// Japanese, with markup characters, with the characters that end a sentence.
const merchantNames = [
  'Die Teekiste',
  'Le Palais des Thés',
  'お茶の山田屋',
  'Fish & Chips <Ltd>',
  'Die Teebrüder',
  'Les Frères du Thé',
  'L\'Atelier "Thé & Co"',
  'Kaffeebar',
  'I Fratelli del Tè',
  'El Rincón del Té',
  'Why Not? Tea!',
] as const;

const spokenText = (ssml: string): string =>
  ssml
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

const regexEscape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentences of a template, split after a full stop, question or exclamation mark. */
const sentencesOf = (template: string): string[] =>
  template.split(/(?<=[.!?。？！])\s*(?=\S)/u).filter((sentence) => sentence.trim() !== '');

describe('every prompt with every shape of merchant name', () => {
  const cases = merchantNames.flatMap((name) =>
    supportedLocales.map((locale) => [name, locale] as const),
  );

  it.each(cases)(
    '%j in %s: well-formed SSML, the name exactly as given in every sentence that names the shop',
    (name, locale) => {
      const renderer = new PromptRenderer({ merchantName: name });

      for (const key of promptKeys) {
        const ssml = renderer.speak(key, locale);
        const spoken = spokenText(ssml);
        const template = shippedTemplate(locale, key);

        expect(XMLValidator.validate(ssml)).toBe(true);
        expect(findSsmlProblem(ssml.replace(/^<speak>|<\/speak>$/g, ''))).toBeUndefined();
        expect(spoken).not.toMatch(/\{\{|\}\}/);
        for (const sentence of sentencesOf(template)) {
          if (!sentence.includes('{{merchantName}}')) continue;
          const pattern = sentence
            .split(/(\{\{merchantName\}\}|\{\{amazonSite\}\})/)
            .map((part) =>
              part === '{{merchantName}}'
                ? regexEscape(name)
                : part === '{{amazonSite}}'
                  ? '\\S+'
                  : regexEscape(part),
            )
            .join('');
          expect(spoken).toMatch(new RegExp(pattern, 'u'));
        }
        expect(spoken.split(name).length - 1).toBe(template.split('{{merchantName}}').length - 1);
      }
    },
  );
});

/** The word written right before each `{{merchantName}}` of a template ('' at the start). */
const wordsBeforeName = (template: string): string[] =>
  [...template.matchAll(/(?:^|(\S+)\s+)\{\{merchantName\}\}/gu)].map(([, word]) =>
    (word ?? '').replace(/^[„“"'«(]+/u, ''),
  );

describe('names that stay grammatical', () => {
  // A name after a preposition or an article breaks when it carries an article of its own or
  // is a common noun ("zu Die Teekiste", "bei Kaffeebar").
  const germanPrepositionsAndArticles = new Set(
    (
      'an am ans auf aufs aus bei beim bis durch für gegen hinter im in ins mit nach neben ohne ' +
      'seit über um unter von vom vor zu zum zur zwischen wegen während ' +
      'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner ' +
      'dein deine deinen deinem deiner mein meine unser unsere dieser diese diesem diesen'
    ).split(' '),
  );

  it('no de-DE prompt puts the merchant name straight after a preposition or an article', () => {
    for (const key of promptKeys) {
      for (const word of wordsBeforeName(shippedTemplate('de-DE', key)))
        expect(germanPrepositionsAndArticles.has(word.toLowerCase())).toBe(false);
    }
  });

  // Where an article merges with a preposition ("à le" is "au", "a el" is "al", "su il" is
  // "sul"), or a verb agrees with its subject, a name that carries an article or is plural
  // breaks the sentence. So these languages name the shop only after "chez" or in apposition
  // after a noun ("der Shop Die Teekiste", "la boutique Les Frères du Thé").
  const allowedBeforeName: Readonly<Partial<Record<SupportedLocale, readonly string[]>>> = {
    'de-DE': ['Shop'],
    'fr-FR': ['chez', 'boutique'],
    'it-IT': ['negozio'],
    'es-ES': ['tienda'],
  };

  it.each(Object.entries(allowedBeforeName))(
    '%s names the shop only in apposition after a noun (or after "chez")',
    (locale, allowed) => {
      for (const key of promptKeys)
        for (const word of wordsBeforeName(shippedTemplate(locale as SupportedLocale, key)))
          expect([key, word, allowed.includes(word)]).toEqual([key, word, true]);
    },
  );
});

// How each locale says that nothing was bought.
const nothingBought: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /nothing('s been| was| has been) bought/i,
  'en-GB': /nothing('s| has) been bought/i,
  'de-DE': /nichts gekauft/,
  'fr-FR': /aucun achat n'a/i,
  'it-IT': /non è stato (ancora )?acquistato nulla/i,
  'es-ES': /no se ha comprado nada/i,
  'ja-JP': /購入は(まだ)?行われて(いません|おらず)/,
};

/** Sentences for a payment that failed: each says that nothing was bought. */
const errorKeys = promptKeys.filter(
  (key) =>
    /^(afterAmazonPaySpoke|error|fps)\./.test(key) ||
    key === 'voiceCodeOffer.askToTryAgain' ||
    key === 'voiceCodeOffer.customerSaidNo',
);
/** Sentences for a payment that went through, is under way, or has not started: never. */
const otherKeys = promptKeys.filter((key) => !errorKeys.includes(key));

describe('saying only what is true', () => {
  it('sorts every key into one group or the other', () => {
    expect(errorKeys.length).toBeGreaterThan(15);
    expect(otherKeys).toEqual(
      expect.arrayContaining(['success.setup', 'success.charge', 'pending.charge'] as PromptKey[]),
    );
  });

  it.each(supportedLocales)('every error sentence in %s says that nothing was bought', (locale) => {
    for (const key of errorKeys)
      expect([key, shippedTemplate(locale, key)]).toEqual([
        key,
        expect.stringMatching(nothingBought[locale]),
      ]);
  });

  it.each(supportedLocales)(
    'no sentence for a payment that went through, is under way or has not started in %s says that nothing was bought',
    (locale) => {
      for (const key of otherKeys)
        expect([key, shippedTemplate(locale, key)]).toEqual([
          key,
          expect.not.stringMatching(nothingBought[locale]),
        ]);
    },
  );
});

// One name for the customer's account in each locale: the other words may only be a bank
// account, never the customer's account by another name.
const accountNames: Readonly<Record<SupportedLocale, { one: RegExp; other: RegExp }>> = {
  'en-US': { one: /Amazon Pay account|bank account/g, other: /account|Amazon Payments/i },
  'en-GB': { one: /Amazon Pay account|bank account/g, other: /account|Amazon Payments/i },
  'de-DE': { one: /Amazon-Pay-Kontos?|Bankkonto/g, other: /konto|Amazon Payments/i },
  'fr-FR': { one: /compte Amazon Pay|compte bancaire/g, other: /compte|Amazon Payments/i },
  'it-IT': { one: /account Amazon Pay|conto bancario/g, other: /account|conto|Amazon Payments/i },
  'es-ES': { one: /cuenta de Amazon Pay|cuenta bancaria/g, other: /cuenta|Amazon Payments/i },
  'ja-JP': { one: /Amazon Payアカウント|銀行口座/g, other: /アカウント|口座|Amazon Payments/ },
};

describe('one name for the account', () => {
  it.each(supportedLocales)('%s calls the customer’s account one thing', (locale) => {
    const { one, other } = accountNames[locale];
    const all = promptKeys.map((key) => shippedTemplate(locale, key)).join('\n');

    expect(all).toMatch(one);
    expect(all.replace(one, '')).not.toMatch(other);
  });
});

/** What a native listener found, per locale and key: the shipped sentence must not match. */
const fixedFindings: readonly (readonly [SupportedLocale | 'all', PromptKey | 'all', RegExp])[] = [
  ['en-US', 'pending.charge', /\bstill\b/],
  ['en-GB', 'pending.charge', /\bstill\b/],
  ['en-GB', 'all', /e-mail|U\.S\.|\bany time\b|\bOkay\b/],
  ['en-US', 'voiceCodeOffer.askToTryAgain', /once more\?$/],
  ['en-US', 'voiceCodeOffer.askToTryAgainReprompt', /^[^.?]*\? Yes or no\?$/],
  ['en-GB', 'voiceCodeOffer.askToTryAgainReprompt', /^[^.?]*\? Yes or no\?$/],
  ['de-DE', 'all', /Entschuldige|\bUS-/],
  ['fr-FR', 'all', /factur|à \{\{merchantName\}\}|C'est prêt|Une fois que ce sera fait/],
  ['fr-FR', 'all', /achat plus petit/],
  ['it-IT', 'all', /acquisto più piccolo/],
  ['es-ES', 'all', /compra más pequeña/],
  ['es-ES', 'permission.request', /allí/],
  ['ja-JP', 'all', /お越し|案内/],
  ['ja-JP', 'pending.charge', /まだ/],
  // After Amazon Pay said the shop can't take orders now, nothing invites the customer back any time.
  ['en-US', 'afterAmazonPaySpoke.shopCannotTakeOrders', /any time|come back/i],
  ['en-GB', 'afterAmazonPaySpoke.shopCannotTakeOrders', /whenever|come back/i],
  ['de-DE', 'afterAmazonPaySpoke.shopCannotTakeOrders', /jederzeit|wieder/],
  ['fr-FR', 'afterAmazonPaySpoke.shopCannotTakeOrders', /quand vous|revenir/],
  ['it-IT', 'afterAmazonPaySpoke.shopCannotTakeOrders', /quando vuoi|tornare/],
  ['es-ES', 'afterAmazonPaySpoke.shopCannotTakeOrders', /cuando quieras|volver/],
  ['ja-JP', 'afterAmazonPaySpoke.shopCannotTakeOrders', /いつでも|ご利用/],
  // A bare imperative is blunt in Italian and Spanish: suggest instead.
  ['it-IT', 'all', /(^|[.?!] )(Torna|Riprova|Controlla|Aggiungi|Verifica)\b/],
  ['es-ES', 'all', /(^|[.?!] )(Vuelve|Inténtalo|Revísalo|Añade|Verifica)\b/],
];

describe('what a native listener found stays fixed', () => {
  it.each(fixedFindings)('%s %s does not say %s', (locale, key, finding) => {
    for (const l of locale === 'all' ? supportedLocales : [locale])
      for (const k of key === 'all' ? promptKeys : [key])
        expect([l, k, shippedTemplate(l, k)]).toEqual([l, k, expect.not.stringMatching(finding)]);
  });

  // "a U.S. credit card, or a verified U.S. bank account": not "a card, then verify a bank account".
  it.each([
    ['en-US', /a U\.S\. credit card or a verified U\.S\. bank account/],
    ['en-GB', /a US credit card or a verified US bank account/],
    ['de-DE', /eine amerikanische Kreditkarte oder ein bestätigtes amerikanisches Bankkonto/],
    ['fr-FR', /carte de crédit américaine ou d'un compte bancaire américain vérifié/],
    ['it-IT', /carta di credito statunitense o un conto bancario statunitense verificato/],
    ['es-ES', /tarjeta de crédito estadounidense o una cuenta bancaria estadounidense verificada/],
    ['ja-JP', /米国のクレジットカードか、確認済みの米国の銀行口座/],
  ] as const)('%s asks for a U.S. card or a verified U.S. bank account', (locale, wording) => {
    expect(shippedTemplate(locale, 'fps.addVerifiedPaymentMethod')).toMatch(wording);
  });

  it.each(supportedLocales)('%s gives a next step after a closed account', (locale) => {
    expect(shippedTemplate(locale, 'fps.accountClosed')).toContain('{{amazonSite}}');
  });

  it.each(supportedLocales)(
    '%s says the spending limit would be exceeded, in the conditional',
    (locale) => {
      const conditional: Readonly<Record<SupportedLocale, RegExp>> = {
        'en-US': /\bwould\b/,
        'en-GB': /\bwould\b/,
        'de-DE': /\bwürde/,
        'fr-FR': /dépasserait/,
        'it-IT': /supereresti/,
        'es-ES': /superarías/,
        'ja-JP': /超える/,
      };
      expect(shippedTemplate(locale, 'fps.limitsExceeded')).toMatch(conditional[locale]);
    },
  );

  it('keeps the sentence for a payment method that needs attention short in English', () => {
    for (const locale of ['en-US', 'en-GB'] as const)
      expect(
        shippedTemplate(locale, 'error.paymentMethodNeedsAttention').split(/\s+/).length,
      ).toBeLessThanOrEqual(22);
  });

  it('tells the Japanese customer that a card with a button was sent, and where else to turn Amazon Pay on', () => {
    const request = shippedTemplate('ja-JP', 'permission.request');

    expect(request).toMatch(/Alexaアプリ/);
    expect(request).toMatch(/カード/);
    expect(request).toMatch(/ボタン/);
    expect(request).toMatch(/権限/);
  });

  it('joins the Japanese error sentences with ため rather than saying 購入 twice', () => {
    for (const key of errorKeys.filter((k) => /^(error|fps)\./.test(k))) {
      const template = shippedTemplate('ja-JP', key);

      expect([key, template]).toEqual([key, expect.stringMatching(/ため、購入は/)]);
      expect([key, template.split('購入').length - 1]).toEqual([key, 1]);
    }
  });

  it('closes Japanese follow-ups in one register', () => {
    const closings = promptKeys
      .map((key) => shippedTemplate('ja-JP', key))
      .filter((template) => /またの|また.*ご利用/.test(template));

    expect(closings.length).toBeGreaterThan(2);
    for (const closing of closings)
      expect(closing).toMatch(/ご利用(ください|をお待ちしております)。/);
  });
});
