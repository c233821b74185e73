import { XMLValidator } from 'fast-xml-parser';
import { promptKeys, supportedLocales, type PromptKey, type SupportedLocale } from '../../src';
import { PromptRenderer } from '../../src/prompts/renderer';
import { findSsmlProblem } from '../../src/prompts/ssml';
import { amazonPayErrorEnvelope, chargeDeclinedEnvelope } from '../../src/testing';
import { shippedTemplate } from '../support/prompt-text';
import { ssmlOf, testSkill } from '../support/skill';

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
  // after a noun ("der Shop Die Teekiste", "il negozio I Fratelli del Tè").
  const allowedBeforeName: Readonly<Partial<Record<SupportedLocale, readonly string[]>>> = {
    'de-DE': ['Shop'],
    'fr-FR': ['chez'],
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

// How each locale says that nothing was bought: one formula, the same everywhere.
const nothingBought: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /\bnothing's been bought\b/i,
  'en-GB': /\bnothing's been bought\b/i,
  'de-DE': /\b[Ee]s wurde (noch )?nichts gekauft\b/,
  'fr-FR': /\baucun achat n'a (donc |encore )?été effectué/i,
  'it-IT': /\bnon è stato (ancora )?acquistato nulla\b/i,
  'es-ES': /\b(todavía )?no se ha comprado nada\b/i,
  'ja-JP': /ご購入は完了して(いません|おらず)/,
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

/** Where a retry of this very purchase is the next step, the outcome says "not yet". */
const retryKeys: readonly PromptKey[] = [
  'afterAmazonPaySpoke.nothingBought',
  'afterAmazonPaySpoke.paymentMethodNeedsUpdate',
  'voiceCodeOffer.askToTryAgain',
];
// Japanese まだ would suggest the purchase may still go through by itself: never said there.
const notYet: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /nothing's been bought yet/i,
  'en-GB': /nothing's been bought yet/i,
  'de-DE': /noch nichts gekauft/,
  'fr-FR': /n'a encore été effectué/,
  'it-IT': /non è stato ancora acquistato/i,
  'es-ES': /todavía no se ha comprado/i,
  'ja-JP': /まだ/,
};

/** Said only where Amazon Pay has just talked about the payment method or a decline. */
const notCharged: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /you haven't been charged/,
  'en-GB': /you haven't been charged/,
  'de-DE': /nichts berechnet/,
  'fr-FR': /rien ne vous a été prélevé/,
  'it-IT': /non ti è stato addebitato niente/,
  'es-ES': /no se te ha hecho ningún cargo/,
  'ja-JP': /料金も発生していません/,
};
const chargeKeys: readonly PromptKey[] = [
  'afterAmazonPaySpoke.paymentMethodNeedsUpdate',
  'afterAmazonPaySpoke.declined',
];

describe('one outcome, said the same way everywhere', () => {
  it.each(supportedLocales)('%s says "not yet" exactly where a retry comes next', (locale) => {
    const retried = locale === 'ja-JP' ? [] : retryKeys;
    for (const key of errorKeys)
      expect([key, notYet[locale].test(shippedTemplate(locale, key))]).toEqual([
        key,
        retried.includes(key),
      ]);
  });

  it.each(supportedLocales)(
    '%s says that nothing was charged only after the payment method or a decline',
    (locale) => {
      for (const key of promptKeys)
        expect([key, notCharged[locale].test(shippedTemplate(locale, key))]).toEqual([
          key,
          chargeKeys.includes(key),
        ]);
    },
  );

  it('says the German outcome in a sentence of its own', () => {
    const outcome =
      /^(Tut mir leid, |Alles klar, )?[Ee]s wurde (noch )?nichts gekauft( und nichts berechnet)?\.$/;
    for (const key of errorKeys)
      expect([
        key,
        sentencesOf(shippedTemplate('de-DE', key)).some((s) => outcome.test(s)),
      ]).toEqual([key, true]);
  });
});

// Spoken sentences stay short: a listener cannot scroll back.
describe('short spoken sentences', () => {
  it.each(supportedLocales.filter((locale) => locale !== 'ja-JP'))(
    '%s says no sentence of more than 22 words',
    (locale) => {
      for (const key of promptKeys)
        for (const sentence of sentencesOf(shippedTemplate(locale, key)))
          expect([key, sentence.split(/\s+/).length <= 22]).toEqual([key, true]);
    },
  );

  it('ja-JP says no sentence of more than 75 characters', () => {
    for (const key of promptKeys)
      for (const sentence of sentencesOf(shippedTemplate('ja-JP', key)))
        expect([
          key,
          sentence.replace('{{amazonSite}}', 'Amazonのウェブサイト').length <= 75,
        ]).toEqual([key, true]);
  });
});

// A shop's own setup fault is not fixed by waiting: the customer hears that the shop can't take
// payments, that nothing was bought and that nothing is asked of them, never to try again later.
const tryAgain: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /try again|later|a few minutes/i,
  'en-GB': /try again|later|a few minutes/i,
  'de-DE': /versuch|später|Minuten/i,
  'fr-FR': /réessay|plus tard|quelques instants/i,
  'it-IT': /riprov|più tardi|qualche minuto/i,
  'es-ES': /intent|más tarde|unos minutos/i,
  'ja-JP': /お試し|時間をおいて|数分/,
};
const nothingToDo: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /you don't need to do anything/i,
  'en-GB': /you don't need to do anything/i,
  'de-DE': /du musst nichts weiter tun/i,
  'fr-FR': /vous n'avez rien (d'autre )?à faire/i,
  'it-IT': /da parte tua non serve fare altro/i,
  'es-ES': /no hace falta que hagas nada/i,
  'ja-JP': /お客様のほうで何かしていただく必要はありません/,
};
const shopFaultKeys: readonly PromptKey[] = [
  'error.shopCannotTakePayments',
  'fps.shopCannotTakePayment',
  'afterAmazonPaySpoke.shopCannotTakeOrders',
];

describe('every message has closure', () => {
  it.each(supportedLocales)('%s: a shop that cannot take payments, said one way', (locale) => {
    expect(shippedTemplate(locale, 'fps.shopCannotTakePayment')).toBe(
      shippedTemplate(locale, 'error.shopCannotTakePayments'),
    );
    for (const key of shopFaultKeys) {
      const template = shippedTemplate(locale, key);

      expect([key, template]).toEqual([key, expect.not.stringMatching(tryAgain[locale])]);
      expect([key, template]).toEqual([key, expect.stringMatching(nothingToDo[locale])]);
    }
  });

  it.each(supportedLocales)('%s: a pending payment asks nothing of the customer', (locale) => {
    const pending = shippedTemplate(locale, 'pending.charge');

    expect(pending).toMatch(nothingToDo[locale]);
    expect(pending).toContain('Amazon Pay');
    expect(pending).not.toMatch(/e-?mail|courriel|correo|メール/i);
  });

  // The permission is the customer's, given to the skill: where the card is, where else to
  // give it, and what to do then.
  it.each([
    ['en-US', [/Alexa app/, /card/, /permission settings/, /needs your permission/, /try again/]],
    ['en-GB', [/Alexa app/, /card/, /permission settings/, /needs your permission/, /try again/]],
    ['de-DE', [/Alexa-App/, /Karte/, /Einstellungen des Skills/, /Erlaubnis/, /noch einmal/]],
    [
      'fr-FR',
      [/application Alexa/, /carte/, /paramètres de la skill/, /autorisation/, /réessayer/],
    ],
    ['it-IT', [/app Alexa/, /scheda/, /impostazioni della skill/, /autorizzazione/, /riprovare/]],
    ['es-ES', [/app de Alexa/, /tarjeta/, /ajustes de la skill/, /permiso/, /volver a intentarlo/]],
    ['ja-JP', [/Alexaアプリ/, /カード/, /権限/, /許可/, /もう一度お試しください/]],
  ] as const)(
    '%s asks for the permission with a card, and says what comes after',
    (locale, said) => {
      const request = shippedTemplate(locale, 'permission.request');

      for (const wording of said) expect(request).toMatch(wording);
      expect(request).not.toMatch(
        /turn on Amazon Pay|Amazon Pay aktivieren|activer Amazon Pay|attivare Amazon Pay|activar Amazon Pay|オンにして/,
      );
    },
  );

  // Amazon Pay has just sent the customer to the Alexa app to look up or reset the voice code.
  it.each([
    ['en-US', /\bcode\b/],
    ['en-GB', /\bcode\b/],
    ['de-DE', /[Cc]ode\b/],
    ['fr-FR', /\bcode\b/],
    ['it-IT', /\bcodice\b/],
    ['es-ES', /\bcódigo\b/],
    ['ja-JP', /コード/],
  ] as const)('%s ties the offer to try again to the voice code', (locale, code) => {
    expect(shippedTemplate(locale, 'voiceCodeOffer.askToTryAgain')).toMatch(code);
    expect(shippedTemplate(locale, 'voiceCodeOffer.askToTryAgainReprompt')).toMatch(code);
  });
});

describe('through a real skill, in every locale', () => {
  const skill = testSkill();
  const shopFaults = [
    ['Setup', 'InvalidSellerId'],
    ['Charge', 'ProviderNotAuthorized'],
    ['Charge', 'DuplicateRequest'],
    ['Setup', 'InvalidAccountStatus'],
  ] as const;
  const shopFaultCases = supportedLocales.flatMap((locale) =>
    shopFaults.map(([operation, code]) => [locale, operation, code] as const),
  );
  const declineCases = supportedLocales.flatMap((locale) =>
    ['AmazonRejected', 'InvalidPaymentMethod'].map((reason) => [locale, reason] as const),
  );

  it.each(shopFaultCases)(
    '%s: after a shop fault (%s %s) nothing is bought, nothing is asked, no retry is offered',
    async (locale, operation, code) => {
      const speech = ssmlOf(
        await skill.invoke(amazonPayErrorEnvelope(operation, code, {}, { locale })),
      );

      expect(speech).toMatch(nothingBought[locale]);
      expect(speech).toMatch(nothingToDo[locale]);
      expect(speech).not.toMatch(tryAgain[locale]);
      expect(speech).not.toMatch(notCharged[locale]);
    },
  );

  it.each(declineCases)(
    '%s: after a decline (%s) nothing is bought and nothing was charged',
    async (locale, reason) => {
      const speech = ssmlOf(await skill.invoke(chargeDeclinedEnvelope(reason, {}, { locale })));

      expect(speech).toMatch(nothingBought[locale]);
      expect(speech).toMatch(notCharged[locale]);
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
  // Only what is true and helps: no update that "should" fix a device, no limit the customer
  // could change, no reason a website would give, no chained "so nothing was bought".
  ['en-US', 'all', /sorted|should help|change the limit|find out why|in a little while/],
  ['en-GB', 'all', /should help|change the limit|find out why|in a little while/],
  ['de-DE', 'all', /deshalb|sollte helfen|anscheinend|Limit kannst du|woran das liegt|erreichbar/],
  ['fr-FR', 'all', /débité|devrait arranger|modifier ce plafond|la raison|d'ici quelques/],
  ['it-IT', 'all', /dovrebbe risolvere|modificare il limite|scoprire il motivo/],
  ['es-ES', 'all', /debería solucionarlo|cambiar el límite|consultar el motivo/],
  ['ja-JP', 'all', /行われて|お手続き|しばらく|少し時間|ただいま|数分ほど|変更できます/],
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

  it.each(supportedLocales)(
    '%s sends nobody to their own Amazon website for a U.S. requirement',
    (locale) => {
      expect(shippedTemplate(locale, 'fps.addVerifiedPaymentMethod')).not.toContain(
        '{{amazonSite}}',
      );
    },
  );

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

  it('joins the Japanese error sentences with ため rather than saying 購入 twice', () => {
    for (const key of errorKeys.filter((k) => /^(error|fps)\./.test(k))) {
      const template = shippedTemplate('ja-JP', key);

      expect([key, template]).toEqual([key, expect.stringMatching(/ため、ご購入は/)]);
      expect([key, template.split('購入').length - 1]).toEqual([key, 1]);
    }
  });

  it('closes Japanese prompts in one register', () => {
    const goodbyes = promptKeys.filter((key) =>
      /またの|また.*ご利用/.test(shippedTemplate('ja-JP', key)),
    );
    const retries = promptKeys
      .map((key) => shippedTemplate('ja-JP', key))
      .flatMap((template) => template.match(/[^、。？]*お試し[^。？]*[。？]/g) ?? []);

    expect(goodbyes).toEqual(['afterAmazonPaySpoke.declined', 'voiceCodeOffer.customerSaidNo']);
    for (const key of goodbyes)
      expect(shippedTemplate('ja-JP', key)).toMatch(/ご利用(ください|をお待ちしております)。$/);
    expect(retries.length).toBeGreaterThan(8);
    for (const retry of retries)
      expect(retry).toMatch(
        /^(もう一度|あらためて|来月あらためて)お試し(ください。|になりますか？)$/,
      );
  });
});
