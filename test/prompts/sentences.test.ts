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

/**
 * The sentences of a template, split after a full stop, question or exclamation mark (followed by
 * a space, so that "amazon.com" stays one word; Japanese puts no space after 。).
 */
const sentencesOf = (template: string): string[] =>
  template.split(/(?<=[.!?])\s+|(?<=[。？！])/u).filter((sentence) => sentence.trim() !== '');

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
  // breaks the sentence. So these languages name the shop only after "chez", as the object of
  // "contactez", or in apposition after a noun ("der Shop Die Teekiste", "il negozio I Fratelli
  // del Tè").
  const allowedBeforeName: Readonly<Partial<Record<SupportedLocale, readonly string[]>>> = {
    'de-DE': ['Shop'],
    'fr-FR': ['chez', 'contactez'],
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
  'de-DE': /\b[Ee]s wurde nichts gekauft\b/,
  'fr-FR': /\baucun achat n'a (donc )?été effectué/i,
  'it-IT': /\bnon è stato effettuato nessun acquisto\b/i,
  'es-ES': /\bla compra no se ha completado\b/i,
  'ja-JP': /ご購入は完了して(いません|おらず)/,
};

/**
 * Sentences for a payment that failed: each says that nothing was bought. The permission request
 * after a refused Setup or Charge is one of them; the same request at launch, where nothing was
 * refused, is not.
 */
const errorKeys = promptKeys.filter(
  (key) =>
    /^(afterAmazonPaySpoke|error|fps)\./.test(key) ||
    key === 'voiceCodeOffer.askToTryAgain' ||
    key === 'permission.requestAfterRefusal',
);
/**
 * The answer to a "no" after the offer to try the voice code again: the customer heard that
 * nothing was bought one turn earlier, in the offer itself. English, French and Spanish say so
 * again as they close; German and Italian leave it to the offer (the same words twice within a
 * minute sound mechanical); Japanese says instead that nothing was charged, which its offer
 * leaves out.
 */
const afterNo: PromptKey = 'voiceCodeOffer.customerSaidNo';
const outcomeAgainAfterNo: Readonly<Record<SupportedLocale, boolean>> = {
  'en-US': true,
  'en-GB': true,
  'de-DE': false,
  'fr-FR': true,
  'it-IT': false,
  'es-ES': true,
  'ja-JP': false,
};
/** Sentences for a payment that went through, is under way, or has not started: never. */
const otherKeys = promptKeys.filter((key) => !errorKeys.includes(key) && key !== afterNo);

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

  it.each(supportedLocales)('after the customer declines to try again, %s stays sure', (locale) => {
    const offer = shippedTemplate(locale, 'voiceCodeOffer.askToTryAgain');
    const answer = shippedTemplate(locale, afterNo);

    expect(offer).toMatch(nothingBought[locale]);
    expect(nothingBought[locale].test(answer)).toBe(outcomeAgainAfterNo[locale]);
    if (locale === 'ja-JP') expect(answer).toMatch(notCharged[locale]);
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

/**
 * English says "nothing's been bought yet" only where the skill offers to try this very purchase
 * again right now: where the customer has something to fix first, or beside "you haven't been
 * charged", a "yet" sounds like a purchase or a charge still to come. Elsewhere "not yet" presumes
 * a later purchase ("noch nichts", "encore", "per ora", "de momento"), and Japanese まだ suggests
 * the purchase may still go through by itself: never said.
 */
const yetKeys: Readonly<Record<SupportedLocale, readonly PromptKey[]>> = {
  'en-US': ['voiceCodeOffer.askToTryAgain'],
  'en-GB': ['voiceCodeOffer.askToTryAgain'],
  'de-DE': [],
  'fr-FR': [],
  'it-IT': [],
  'es-ES': [],
  'ja-JP': [],
};
const notYet: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /nothing's been bought yet/i,
  'en-GB': /nothing's been bought yet/i,
  'de-DE': /noch nichts/,
  'fr-FR': /n'a encore été effectué|pour l'instant, aucun achat/i,
  'it-IT': /per ora,? non è stato effettuato nessun acquisto/i,
  'es-ES': /de momento/i,
  'ja-JP': /まだ/,
};

/**
 * That nothing was charged, one rule per language. English, German, French and Italian say that
 * nothing was bought, which leaves no money in doubt: they add it only right after Amazon Pay has
 * said the payment itself could not go through (its payment-method prompt, a decline), where a
 * customer wonders about their card. Spanish and Japanese say that the purchase was not completed
 * ("la compra no se ha completado", 「ご購入は完了していません」), which leaves open whether money
 * was taken: they say it once in every failure, in the outcome sentence; Japanese keeps the
 * voice-code offer a short question and says it in the answer to a "no" instead. English says
 * "and you haven't been charged", never "so": not being charged follows from nothing being
 * bought, not the other way.
 */
const notCharged: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /, and you haven't been charged/,
  'en-GB': /, and you haven't been charged/,
  'de-DE': /kein Geld abgebucht/,
  'fr-FR': /aucun montant n'a été débité/,
  'it-IT': /non ti è stato addebitato nulla/,
  'es-ES': /no se te ha cobrado nada/,
  'ja-JP': /料金[もは]発生していません/,
};
const notChargedInEveryFailure: readonly SupportedLocale[] = ['es-ES', 'ja-JP'];
const chargeKeys = (locale: SupportedLocale): readonly PromptKey[] =>
  locale === 'es-ES'
    ? errorKeys
    : locale === 'ja-JP'
      ? [...errorKeys.filter((key) => key !== 'voiceCodeOffer.askToTryAgain'), afterNo]
      : ['afterAmazonPaySpoke.paymentMethodNeedsUpdate', 'afterAmazonPaySpoke.declined'];

describe('one outcome, said the same way everywhere', () => {
  it.each(supportedLocales)('%s says "not yet" only where English retries next', (locale) => {
    for (const key of promptKeys)
      expect([key, notYet[locale].test(shippedTemplate(locale, key))]).toEqual([
        key,
        yetKeys[locale].includes(key),
      ]);
  });

  it.each(supportedLocales)(
    '%s says that nothing was charged exactly where its rule says, and once',
    (locale) => {
      for (const key of promptKeys) {
        const template = shippedTemplate(locale, key);

        expect([key, notCharged[locale].test(template)]).toEqual([
          key,
          chargeKeys(locale).includes(key),
        ]);
        expect([key, template.split(notCharged[locale]).length <= 2]).toEqual([key, true]);
      }
    },
  );

  it('says the German outcome in a sentence of its own', () => {
    const outcome =
      /^(Tut mir leid, |Alles klar, )?[Ee]s wurde nichts gekauft( und kein Geld abgebucht)?\.$/;
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

// A shop's own setup fault is not fixed by waiting, and the customer can't fix it: they hear that
// the shop can't accept Amazon Pay (it may well take other payments), that nothing was bought,
// that nothing on their side needs changing, and, so the conversation doesn't end in a dead end,
// whom to tell if it keeps happening: the shop, the one who can fix it. Never a time that would
// promise a fix ("in a few minutes", "soon", "later"), nor "another time", which gives the same
// false hope.
const promisedTime: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /later|a few minutes|in a moment|soon/i,
  'en-GB': /later|a few minutes|in a moment|soon/i,
  'de-DE': /später|Minuten|gleich|bald/i,
  'fr-FR': /dans quelques|quelques (minutes|instants)|bientôt/i,
  'it-IT': /più tardi|qualche minuto|a breve|presto/i,
  'es-ES': /más tarde|unos minutos|pronto/i,
  'ja-JP': /時間をおいて|数分|しばらく/,
};
const notTheCustomersFault: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /The problem isn't on your end\./,
  'en-GB': /The problem isn't at your end\./,
  'de-DE': /Das liegt nicht an deinem Amazon-Pay-Konto, du musst also nichts ändern\./,
  'fr-FR': /Vous n'avez rien à modifier de votre côté ;/,
  'it-IT': /Il problema non dipende da te e non serve cambiare le tue impostazioni\./,
  'es-ES':
    /El problema no tiene que ver con tu cuenta de Amazon Pay y no tienes que cambiar nada\./,
  'ja-JP': /お客様の設定には問題ありません。/,
};
const tellTheShop: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /If you try again and it still doesn't work, please let \{\{merchantName\}\} know\.$/,
  'en-GB': /If you try again and it still doesn't work, please let \{\{merchantName\}\} know\.$/,
  'de-DE':
    /Wenn es beim nächsten Versuch immer noch nicht klappt, wende dich bitte an den Shop( \{\{merchantName\}\})?\.$/,
  'fr-FR': /si le problème persiste, contactez \{\{merchantName\}\}\.$/,
  'it-IT': /Se il problema si ripete, contatta il negozio( \{\{merchantName\}\})?\.$/,
  'es-ES':
    /Si vuelves a intentarlo y sigue sin funcionar, puedes ponerte en contacto con la tienda( \{\{merchantName\}\})?\.$/,
  'ja-JP': /この状態が続くようでしたら、\{\{merchantName\}\}にお問い合わせください。$/,
};
const anotherTime: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /another time/i,
  'en-GB': /another time/i,
  'de-DE': /ein anderes Mal/,
  'fr-FR': /plus tard|une autre fois/,
  'it-IT': /più avanti|un'altra volta/,
  'es-ES': /en otro momento/,
  'ja-JP': /日を改めて/,
};
/** What the shop can't take: Amazon Pay, not payments at all (it may well take others). */
const cannotAcceptAmazonPay: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /\{\{merchantName\}\} can't accept Amazon Pay\b/,
  'en-GB': /\{\{merchantName\}\} can't accept Amazon Pay\b/,
  'de-DE': /kann gerade keine Zahlungen mit Amazon Pay annehmen/,
  'fr-FR': /ne peut pas accepter les paiements Amazon Pay/,
  'it-IT': /non può accettare pagamenti con Amazon Pay/,
  'es-ES': /no puede aceptar pagos con Amazon Pay/,
  'ja-JP': /Amazon Payでのお支払いを受け付けられない/,
};
const shopFaultKeys: readonly PromptKey[] = [
  'error.shopCannotTakePayments',
  'fps.shopCannotTakePayment',
  'afterAmazonPaySpoke.shopCannotTakeOrders',
];
/** After a payment Amazon Pay is processing: nothing more is asked of the customer. */
const nothingElseToDo: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /There's nothing else you need to do for now\./,
  'en-GB': /There's nothing else you need to do\./,
  'de-DE': /Du musst im Moment nichts weiter tun\./,
  'fr-FR': /Vous n'avez rien d'autre à faire\./,
  'it-IT': /Non devi fare altro e non serve riprovare\./,
  'es-ES': /No tienes que hacer nada más ni volver a intentarlo\./,
  'ja-JP': /重ねてご注文いただく必要はありません。/,
};

describe('every message has closure', () => {
  it.each(supportedLocales)('%s: a shop that cannot take payments, said one way', (locale) => {
    expect(shippedTemplate(locale, 'fps.shopCannotTakePayment')).toBe(
      shippedTemplate(locale, 'error.shopCannotTakePayments'),
    );
    expect(shippedTemplate(locale, 'error.shopCannotTakePayments')).toMatch(
      cannotAcceptAmazonPay[locale],
    );
    for (const key of shopFaultKeys) {
      const template = shippedTemplate(locale, key);

      expect([key, template]).toEqual([key, expect.not.stringMatching(promisedTime[locale])]);
      expect([key, template]).toEqual([key, expect.not.stringMatching(anotherTime[locale])]);
      expect([key, template]).toEqual([key, expect.stringMatching(notTheCustomersFault[locale])]);
      expect([key, template]).toEqual([key, expect.stringMatching(tellTheShop[locale])]);
    }
  });

  it.each(supportedLocales)('%s: a pending payment asks nothing of the customer', (locale) => {
    const pending = shippedTemplate(locale, 'pending.charge');

    expect(pending).toMatch(nothingElseToDo[locale]);
    expect(pending).toContain('Amazon Pay');
    expect(pending).not.toMatch(/e-?mail|courriel|correo|メール/i);
  });

  // The permission is the customer's, given to the skill: where the card is and where else to
  // give it; after a refused purchase, to try it again, and at launch, where nothing was tried,
  // no "try again". One voice asks for it and sent the card: the skill never speaks of itself in
  // the third person ("this skill needs ... I've sent").
  it.each([
    [
      'en-US',
      [/Alexa app/, /card/, /permission settings/, /I need your permission/],
      /try again\.$/,
    ],
    [
      'en-GB',
      [/Alexa app/, /card/, /permission settings/, /I need your permission/],
      /try again\.$/,
    ],
    [
      'de-DE',
      [/Alexa-App/, /Karte/, /Skill-Einstellungen/, /Berechtigung/],
      /versuch es dann noch einmal\.$/,
    ],
    [
      'fr-FR',
      [/application Alexa/, /carte/, /paramètres de la skill/, /autorisation/],
      /puis réessayer\.$/,
    ],
    [
      'it-IT',
      [/app Alexa/, /scheda/, /impostazioni della skill/, /autorizzazione/],
      /e poi riprovare\.$/,
    ],
    [
      'es-ES',
      [/app Alexa/, /tarjeta/, /ajustes de la skill/, /necesito tu permiso/],
      /y después volver a intentarlo\.$/,
    ],
    [
      'ja-JP',
      [/Alexaアプリにカードを(お送り|送信)しました/, /権限/, /ご利用/],
      /もう一度お試しください。$/,
    ],
  ] as const)(
    '%s asks for the permission with a card, and says what comes after',
    (locale, said, tryAgain) => {
      expect(shippedTemplate(locale, 'permission.requestAfterRefusal')).toMatch(tryAgain);
      expect(shippedTemplate(locale, 'permission.request')).not.toMatch(tryAgain);
      for (const key of ['permission.request', 'permission.requestAfterRefusal'] as const) {
        const request = shippedTemplate(locale, key);

        for (const wording of said)
          expect([key, request]).toEqual([key, expect.stringMatching(wording)]);
        expect([key, request]).toEqual([
          key,
          expect.not.stringMatching(
            /turn on Amazon Pay|Amazon Pay aktivieren|activer Amazon Pay|attivare Amazon Pay|activar Amazon Pay|オンにして/,
          ),
        ]);
        expect([key, request]).toEqual([
          key,
          expect.not.stringMatching(
            /this skill needs|(dieser|der) Skill braucht|la skill a besoin|questa skill ha bisogno|esta skill necesita|grant it|Erlaubnis|app de Alexa|お使い/i,
          ),
        ]);
      }
    },
  );

  // Amazon Pay has just sent the customer to the Alexa app to look up or reset the voice code, so
  // the offer never presses for "now". The offer and its reprompt name the code the same way, and
  // both are plain yes/no questions: a condition in front ("if you're ready with your voice
  // code, ...") leaves a customer who doesn't have the code nothing to answer.
  it.each([
    ['en-US', /voice code/, /\bif\b/i],
    ['en-GB', /voice code/, /\bif\b/i],
    ['de-DE', /Sprachcode/, /\b(wenn|falls)\b/i],
    ['fr-FR', /code vocal/, /(?<!\p{L})si(?!\p{L})/iu],
    ['it-IT', /codice vocale/, /(?<!\p{L})se(?!\p{L})/iu],
    ['es-ES', /código de voz/, /(?<!\p{L})si(?!\p{L})/iu],
    ['ja-JP', /確認コード/, /お手元|でしたら|ようでしたら/],
  ] as const)('%s ties the offer to try again to the voice code', (locale, code, condition) => {
    const offer = shippedTemplate(locale, 'voiceCodeOffer.askToTryAgain');
    const reprompt = shippedTemplate(locale, 'voiceCodeOffer.askToTryAgainReprompt');
    const now = /\bnow\b|\bjetzt\b|\bgleich\b|maintenant|adesso|\bahora\b|今すぐ|いますぐ/i;

    for (const template of [offer, reprompt]) {
      expect(template).toMatch(code);
      expect(template).not.toMatch(now);
    }
    expect(offer).not.toMatch(condition);
    expect(reprompt).not.toMatch(condition);
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
    '%s: after a shop fault (%s %s) nothing is bought, nothing is asked, the shop is the one to tell',
    async (locale, operation, code) => {
      const speech = ssmlOf(
        await skill.invoke(amazonPayErrorEnvelope(operation, code, {}, { locale })),
      );

      const tellTeaHouse = tellTheShop[locale].source
        .replaceAll('\\{\\{merchantName\\}\\}', 'Tea House')
        .slice(0, -1);

      expect(speech).toMatch(nothingBought[locale]);
      expect(speech).toMatch(notTheCustomersFault[locale]);
      expect(speech).toMatch(new RegExp(`${tellTeaHouse}</speak>$`));
      expect(speech).not.toMatch(promisedTime[locale]);
      if (notChargedInEveryFailure.includes(locale)) expect(speech).toMatch(notCharged[locale]);
      else expect(speech).not.toMatch(notCharged[locale]);
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
  // A speech synthesiser reads a bare "US" as the word "us": write "U.S.".
  ['en-GB', 'all', /e-mail|\bUS\b|\bany time\b|\bOkay\b/],
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
  [
    'fr-FR',
    'all',
    /vous a été débitée?|devrait arranger|modifier ce plafond|la raison|d'ici quelques/,
  ],
  ['it-IT', 'all', /dovrebbe risolvere|modificare il limite|scoprire il motivo/],
  ['es-ES', 'all', /debería solucionarlo|cambiar el límite|consultar el motivo/],
  ['ja-JP', 'all', /行われて|お手続き|しばらく|少し時間|ただいま|数分ほど|変更できます/],
  ['fr-FR', 'all', /achat plus petit/],
  ['it-IT', 'all', /acquisto più piccolo/],
  ['es-ES', 'all', /compra más pequeña/],
  ['es-ES', 'permission.request', /allí/],
  ['es-ES', 'permission.requestAfterRefusal', /allí/],
  ['ja-JP', 'all', /お越し/],
  // The consent card is a card with a button, not a guide.
  ['ja-JP', 'permission.request', /案内/],
  ['ja-JP', 'permission.requestAfterRefusal', /案内/],
  ['ja-JP', 'pending.charge', /まだ/],
  // After Amazon Pay said the shop can't take orders now, nothing invites the customer back any time.
  ['en-US', 'afterAmazonPaySpoke.shopCannotTakeOrders', /any time|come back/i],
  ['en-GB', 'afterAmazonPaySpoke.shopCannotTakeOrders', /whenever|come back/i],
  ['de-DE', 'afterAmazonPaySpoke.shopCannotTakeOrders', /jederzeit|wieder/],
  ['fr-FR', 'afterAmazonPaySpoke.shopCannotTakeOrders', /quand vous|revenir/],
  ['it-IT', 'afterAmazonPaySpoke.shopCannotTakeOrders', /quando vuoi|tornare/],
  ['es-ES', 'afterAmazonPaySpoke.shopCannotTakeOrders', /cuando quieras|volver(?! a intentarlo)/],
  ['ja-JP', 'afterAmazonPaySpoke.shopCannotTakeOrders', /いつでも|ご利用/],
  // Second readings: one persona, no breezy "feel free" after a decline, one word for the voice
  // code, one wording per idea, no limit spoken of as if the customer had set it, no condescending
  // "choose something cheaper", no sales line after a failure, no stiff or mechanical link.
  ['en-US', 'all', /feel free|grant it|If you have your code/i],
  ['en-GB', 'all', /feel free|grant it/i],
  ['de-DE', 'all', /Günstigeres|Erlaubnis|Komm am besten/],
  ['de-DE', 'afterAmazonPaySpoke.declined', /gern|ein anderes Mal/],
  ['fr-FR', 'all', /rien ne vous a été prélevé|quelques instants|sous la main/],
  [
    'it-IT',
    'all',
    /\bniente\b|quindi non è stato|da parte tua|ancora acquistato|a portata di mano/,
  ],
  ['es-ES', 'all', /no se ha comprado nada|ningún cargo|esta tienda|app de Alexa/],
  [
    'ja-JP',
    'all',
    /お客様のほうで|必要な変更|お手元|同じことが再び|より少ない金額|お使い|またのご利用をお待ちしております/,
  ],
  ['en-US', 'error.monthlySpendingLimit', /your monthly|your (spending )?limit/],
  ['en-GB', 'error.monthlySpendingLimit', /your monthly|your (spending )?limit/],
  ['de-DE', 'error.monthlySpendingLimit', /dein monatliches Limit|\bWähl/],
  ['fr-FR', 'error.monthlySpendingLimit', /votre plafond/],
  ['it-IT', 'error.monthlySpendingLimit', /il tuo limite/],
  ['es-ES', 'error.monthlySpendingLimit', /tu límite/],
  // Not every customer has another Alexa device.
  ['en-US', 'afterAmazonPaySpoke.unsupportedDevice', /please try again on another/i],
  ['en-GB', 'afterAmazonPaySpoke.unsupportedDevice', /please try again on another/i],
  ['de-DE', 'afterAmazonPaySpoke.unsupportedDevice', /^Es wurde|bitte auf einem anderen/],
  ['fr-FR', 'afterAmazonPaySpoke.unsupportedDevice', /un autre appareil Alexa\.$/],
  ['it-IT', 'afterAmazonPaySpoke.unsupportedDevice', /da un altro dispositivo Alexa\.$/],
  ['es-ES', 'afterAmazonPaySpoke.unsupportedDevice', /desde otro dispositivo Alexa\.$/],
  ['ja-JP', 'afterAmazonPaySpoke.unsupportedDevice', /別のAlexaデバイスで、/],
  // "I couldn't confirm your payment" is heard as "it failed": say that the outcome is unknown.
  ['en-US', 'unconfirmed.charge', /couldn't confirm/],
  ['en-GB', 'unconfirmed.charge', /couldn't confirm/],
  ['de-DE', 'unconfirmed.charge', /nicht bestätigen/],
  ['fr-FR', 'unconfirmed.charge', /pas pu confirmer/],
  ['it-IT', 'unconfirmed.charge', /confermare/],
  ['es-ES', 'unconfirmed.charge', /confirmar/],
  ['ja-JP', 'unconfirmed.charge', /確認.*確認/],
  // A bare imperative is blunt in Italian and Spanish: suggest instead.
  ['it-IT', 'all', /(^|[.?!] )(Torna|Riprova|Controlla|Aggiungi|Verifica)\b/],
  ['es-ES', 'all', /(^|[.?!] )(Vuelve|Inténtalo|Revísalo|Añade|Verifica)\b/],
  // Third readings. Back-office words for the billing agreement say neither what is wrong nor
  // where to look (and French "autorisation" is the word of the permission request).
  [
    'all',
    'error.paymentMethodNeedsAttention',
    /agreement|Vereinbarung|autorisation|accordo|acuerdo|契約|\{\{amazonSite\}\}/i,
  ],
  // The monthly limit is reached by the month's spending with the shop, this order included: not
  // by "this order's amount", and in German not in a clause whose verb comes at the very end.
  ['de-DE', 'error.monthlySpendingLimit', /liegt über dem Betrag|ausgeben kannst/],
  ['ja-JP', 'error.monthlySpendingLimit', /ご注文の金額が|来月/],
  ['fr-FR', 'error.monthlySpendingLimit', /cette commande dépasserait/],
  ['it-IT', 'error.monthlySpendingLimit', /questo ordine supera\b|l'importo che puoi spendere/],
  ['es-ES', 'error.monthlySpendingLimit', /este pedido supera\b|el importe que puedes gastar/],
  ['en-US', 'error.monthlySpendingLimit', /monthly amount you can spend/],
  ['en-GB', 'error.monthlySpendingLimit', /monthly amount you can spend/],
  // The follow-up that points back to what Amazon Pay asked for: active, and naming what was
  // done rather than a vague "it" or a setting that an address or an email is not.
  ['en-US', 'afterAmazonPaySpoke.nothingBought', /Once that's taken care of/],
  ['ja-JP', 'afterAmazonPaySpoke.nothingBought', /設定がお済み/],
  ['es-ES', 'all', /Cuando lo hayas hecho/],
  ['it-IT', 'afterAmazonPaySpoke.nothingBought', /Una volta sistemato tutto/],
  // A shop's fault, said without a break-up line or "none of your business", and once.
  ['de-DE', 'all', /Das liegt nicht an dir/],
  ['es-ES', 'all', /No es un problema tuyo/],
  ['ja-JP', 'all', /お客様の設定を変更していただく|後日/],
  ['en-US', 'all', /You're welcome to/],
  ['en-GB', 'all', /You're welcome to|isn't at your end, and you don't need/],
  // Not being charged follows from nothing being bought, not the other way round.
  ['en-US', 'all', /so you haven't been charged/],
  ['en-GB', 'all', /so you haven't been charged/],
  ['it-IT', 'all', /non devi cambiare nulla/],
  // The update named where the customer is asked to make it; after a decline, no host's line
  // ("whenever you like") and no "whenever you're ready" (the customer was not the hold-up).
  [
    'all',
    'afterAmazonPaySpoke.paymentMethodNeedsUpdate',
    /taken care of|sorted|erledigt hast|fait le nécessaire|sistemato|lo hayas hecho|設定がお済み/,
  ],
  ['en-US', 'afterAmazonPaySpoke.declined', /whenever you're ready/],
  ['en-GB', 'afterAmazonPaySpoke.declined', /whenever you're ready/],
  ['de-DE', 'afterAmazonPaySpoke.declined', /wiederkommen|wann immer/],
  // The FPS account sentences: the reason, then the outcome, then the next step.
  [
    'all',
    'fps.addVerifiedPaymentMethod',
    /^(Sorry, nothing|Tut mir leid, es wurde|Désolée, aucun|Mi dispiace, non è stato|Lo siento, la compra)/,
  ],
  [
    'all',
    'fps.verifyEmail',
    /^(Sorry, nothing|Tut mir leid, es wurde|Désolée, aucun|Mi dispiace, non è stato|Lo siento, la compra)/,
  ],
  ['de-DE', 'fps.addVerifiedPaymentMethod', /amerikanisch/],
  ['ja-JP', 'fps.addVerifiedPaymentMethod', /確認済み/],
  ['ja-JP', 'fps.verifyEmail', /確認済みになっていない/],
  ['ja-JP', 'voiceCodeOffer.askToTryAgain', /ご確認のうえ/],
  ['en-US', 'unconfirmed.charge', /So you don't pay twice/],
  ['en-GB', 'unconfirmed.charge', /So you don't pay twice/],
  ['ja-JP', 'unconfirmed.charge', /分かりかねます/],
  ['fr-FR', 'unconfirmed.charge', /impossible de savoir/],
  ['ja-JP', 'permission.request', /許可用のカード/],
  ['ja-JP', 'permission.requestAfterRefusal', /許可用のカード/],
  ['en-US', 'permission.request', /give permission/],
  ['en-US', 'permission.requestAfterRefusal', /give permission/],
  ['de-DE', 'error.unexpected', /bei der Zahlung/],
  ['ja-JP', 'error.unexpected', /お支払いの途中/],
  // One word per idea: "riprovare", "volver a intentarlo", "réessayer", "limite di spesa",
  // "límite de gasto".
  ['it-IT', 'all', /\btorna(re)?\b/],
  ['es-ES', 'all', /intentarlo de nuevo|puedes intentarlo\b|Puedes volver cuando/],
  ['fr-FR', 'all', /recommencer/],
  ['de-DE', 'fps.accountClosed', /wurde geschlossen/],
  ['de-DE', 'fps.accountNotActive', /anmeldest/],
  ['ja-JP', 'all', /現在[^、]/],
  ['ja-JP', 'afterAmazonPaySpoke.unsupportedDevice', /そちらから、/],
  ['ja-JP', 'pending.charge', /もう一度ご注文/],
  // Fourth readings. Where the payment method can't pay the shop: no claim that the account isn't
  // set up or enabled for it, and nothing to check without a noun ("check it there", "dort").
  [
    'all',
    'error.paymentMethodNeedsAttention',
    /set up|eingerichtet|freigegeben|dort nach|le vérifier|controllarlo|revisarla|ne permet pas|non permette|no permite|有効になっていない/i,
  ],
  // After Amazon Pay's own "try again later", no invitation back "whenever you like".
  [
    'all',
    'afterAmazonPaySpoke.declined',
    /another time|whenever|any time|cuando quieras|quando vuoi|quand vous|jederzeit|いつでも/,
  ],
  // "Verified" and "U.S." said once for both kinds, not tacked on at the end.
  ['all', 'fps.addVerifiedPaymentMethod', /\bboth\b|beides|tous deux|entrambi|ambas|も登録/],
  ['en-US', 'all', /find out more/],
  ['en-GB', 'all', /find out more/],
  ['de-DE', 'permission.request', /Einstellungen des Skills|dort/],
  ['de-DE', 'permission.requestAfterRefusal', /Einstellungen des Skills|dort/],
  ['de-DE', 'fps.accountClosed', /ist geschlossen/],
  // "me l'accorder" right after "une carte" grants the card; "pour l'instant" and "pas encore"
  // hint at something still to come.
  ['fr-FR', 'all', /me l'accorder|pour l'instant|je ne sais pas encore|Veuillez réessayer/],
  ['it-IT', 'all', /non devi modificare|\be non è stato effettuato/],
  ['es-ES', 'all', /El problema no está en tu cuenta/],
  ['es-ES', 'fps.accountNotAccessible', /unos minutos/],
  ['ja-JP', 'all', /金額を減らして|二重の|先ほどご案内した|お客様側での/],
  // A Charge refused because the billing agreement isn't open: the payment to the shop was
  // refused, not the payment method, which may well be fine.
  [
    'all',
    'error.paymentMethodNeedsAttention',
    /couldn't be used|nicht verwendet|n'a pas pu être utilisé|problema con il tuo metodo|no se ha podido usar|お支払い方法が.*ご利用いただけない/,
  ],
  // The next step names what to add again, rather than a pronoun reaching back past the outcome
  // ("Ajoutez-en un" right after "aucun achat": one purchase?).
  [
    'all',
    'fps.addVerifiedPaymentMethod',
    /Ajoutez-en un|aggiungerne uno|añadido uno\b|du eine hinterlegt/,
  ],
  ['de-DE', 'fps.verifyEmail', /du sie bestätigt/],
  ['ja-JP', 'all', /お客様のご対応は必要ありません|内容を減らして|お確かめ/],
];

describe('what a native listener found stays fixed', () => {
  it.each(fixedFindings)('%s %s does not say %s', (locale, key, finding) => {
    for (const l of locale === 'all' ? supportedLocales : [locale])
      for (const k of key === 'all' ? promptKeys : [key])
        expect([l, k, shippedTemplate(l, k)]).toEqual([l, k, expect.not.stringMatching(finding)]);
  });

  // "a verified U.S. credit card or a verified U.S. bank account": one verified U.S. payment
  // method of either kind, said so that "verified" and "U.S." cover both, not tacked on at the end
  // ("..., both from the U.S.") and not "a card, then verify a bank account".
  it.each([
    ['en-US', /needs a verified U\.S\. credit card or bank account/],
    ['en-GB', /needs a verified U\.S\. credit card or bank account/],
    [
      'de-DE',
      /eine verifizierte Zahlungsart aus den USA, also eine Kreditkarte oder ein Bankkonto/,
    ],
    ['fr-FR', /une carte de crédit américaine ou à un compte bancaire américain vérifié/],
    [
      'it-IT',
      /un metodo di pagamento statunitense verificato: una carta di credito o un conto bancario/,
    ],
    [
      'es-ES',
      /un método de pago verificado de Estados Unidos: una tarjeta de crédito o una cuenta bancaria/,
    ],
    ['ja-JP', /米国の認証済みのお支払い方法が登録されていません.*クレジットカードか銀行口座/],
  ] as const)('%s asks for a verified U.S. card or bank account', (locale, wording) => {
    expect(shippedTemplate(locale, 'fps.addVerifiedPaymentMethod')).toMatch(wording);
  });

  // The FPS service was American only: its accounts were never kept on amazon.de or amazon.co.jp.
  // Outside the U.S. English prompts, the customer is sent to their Amazon Pay account (or its
  // customer service), never to the Amazon website of their own country.
  const fpsKeys = promptKeys.filter((key) => key.startsWith('fps.'));
  const fpsCases = supportedLocales.flatMap((locale) =>
    fpsKeys.map((key) => [locale, key] as const),
  );

  it.each(fpsCases)('%s %s sends nobody to their own Amazon website', (locale, key) => {
    const template = shippedTemplate(locale, key);

    expect(template).not.toContain('{{amazonSite}}');
    if (locale !== 'en-US') expect(template).not.toMatch(/amazon\.|Amazonのウェブサイト/i);
  });

  // A Charge refused because the customer's billing agreement with the shop is not open: the
  // customer reopens it in their Amazon Pay account, for example by updating the payment method.
  // The sentence says what was refused (the Amazon Pay payment to this shop) and what to check
  // where: the payment method, in the customer's Amazon Pay account, the one place where that
  // agreement can be seen (in Japanese, where no one speaks of an Amazon Pay account, the Amazon
  // Pay website). Named on its own, not "starting with" it, which leaves the list hanging.
  it.each([
    [
      'en-US',
      /your payment to \{\{merchantName\}\} didn't go through.*check the payment method in your Amazon Pay account/,
    ],
    [
      'en-GB',
      /your payment to \{\{merchantName\}\} couldn't go through.*check the payment method in your Amazon Pay account/,
    ],
    [
      'de-DE',
      /Amazon Pay konnte deine Zahlung an den Shop \{\{merchantName\}\} nicht ausführen\..*in deinem Amazon-Pay-Konto nach, ob mit deiner Zahlungsart alles stimmt/,
    ],
    [
      'fr-FR',
      /votre paiement chez \{\{merchantName\}\} n'a pas pu aboutir\..*Vérifiez le moyen de paiement enregistré dans votre compte Amazon Pay/,
    ],
    [
      'it-IT',
      /il pagamento con Amazon Pay al negozio \{\{merchantName\}\} non è andato a buon fine\..*controllare il metodo di pagamento nel tuo account Amazon Pay/,
    ],
    [
      'es-ES',
      /Amazon Pay no ha aceptado tu pago en la tienda \{\{merchantName\}\}\..*revisar el método de pago en tu cuenta de Amazon Pay/,
    ],
    [
      'ja-JP',
      /Amazon Payで\{\{merchantName\}\}へのお支払いができなかった.*Amazon Payのウェブサイトで、お支払い方法をご確認/,
    ],
  ] as const)(
    '%s says what to check, and where, when the payment method cannot pay the shop',
    (locale, whatAndWhere) => {
      const template = shippedTemplate(locale, 'error.paymentMethodNeedsAttention');

      expect(template).toMatch(whatAndWhere);
      expect(template).not.toMatch(/amazon\.|Amazonのウェブサイト/i);
    },
  );

  it.each(supportedLocales)('%s gives a next step after a closed account', (locale) => {
    const sentences = sentencesOf(shippedTemplate(locale, 'fps.accountClosed'));
    const nextStep = sentences.at(-1) ?? '';

    expect(nextStep).not.toMatch(nothingBought[locale]);
    expect(nextStep).toMatch(/Amazon Pay/);
  });

  // Something unexpected failed: the customer can try again, and knows whom to ask if it persists.
  it.each([
    ['en-US', /Please try again, and if it keeps happening, contact \{\{merchantName\}\}\.$/],
    [
      'en-GB',
      /Please try again, and if it keeps happening, get in touch with \{\{merchantName\}\}\.$/,
    ],
    [
      'de-DE',
      /Versuch es bitte noch einmal\. Wenn .*, wende dich bitte an den Shop \{\{merchantName\}\}\.$/,
    ],
    ['fr-FR', /Vous pouvez réessayer ; si le problème persiste, contactez \{\{merchantName\}\}\.$/],
    ['it-IT', /Puoi riprovare; se il problema si ripete, .*il negozio \{\{merchantName\}\}\.$/],
    [
      'es-ES',
      /Puedes volver a intentarlo; si el problema persiste, .*la tienda \{\{merchantName\}\}\.$/,
    ],
    [
      'ja-JP',
      /もう一度お試しください。この状態が続くようでしたら、\{\{merchantName\}\}にお問い合わせください。$/,
    ],
  ] as const)('%s says what to do after an unexpected failure', (locale, nextStep) => {
    expect(shippedTemplate(locale, 'error.unexpected')).toMatch(nextStep);
  });

  // French names a shop after "chez", which some names make clumsy ("chez Le Palais des Thés"):
  // the name is said only where the payment is set up or confirmed, and where the customer is
  // told whom to contact, as the object of "contactez", which any name fits.
  it('says the shop’s name in French only where a payment to it is set up or confirmed, or whom to contact', () => {
    const named = promptKeys.filter((key) =>
      shippedTemplate('fr-FR', key).includes('{{merchantName}}'),
    );

    expect(
      named.filter((key) => !/contactez \{\{merchantName\}\}/.test(shippedTemplate('fr-FR', key))),
    ).toEqual([
      'error.paymentMethodNeedsAttention',
      'success.setup',
      'success.charge',
      'pending.charge',
    ]);
  });

  // A speaker of its own only to ask for the permission ("j'ai besoin de votre autorisation") and
  // to say what it cannot tell ("je ne parviens pas à savoir si votre paiement a abouti").
  it('speaks in the first person in French only to ask for the permission or admit a doubt', () => {
    for (const key of promptKeys.filter(
      (k) => !k.startsWith('permission.') && k !== 'unconfirmed.charge',
    ))
      expect([key, shippedTemplate('fr-FR', key)]).toEqual([
        key,
        expect.not.stringMatching(/(?<!\p{L})(je|me)(?!\p{L})|(?<!\p{L})[jm]'/iu),
      ]);
  });

  it.each(supportedLocales)(
    '%s says the spending limit would be exceeded, in the conditional',
    (locale) => {
      const conditional: Readonly<Record<SupportedLocale, RegExp>> = {
        'en-US': /\bwould\b/,
        'en-GB': /\bwould\b/,
        'de-DE': /\bwürde/,
        'fr-FR': /dépasser(ait|iez)\b/,
        'it-IT': /supereresti|supererebbe/,
        'es-ES': /superarías?\b/,
        'ja-JP': /超え(て|る)/,
      };
      expect(shippedTemplate(locale, 'fps.limitsExceeded')).toMatch(conditional[locale]);
    },
  );

  // Short in English: what was refused and the outcome in one sentence, where to look in the
  // other, each within the limit of every spoken sentence.
  it('keeps the sentence for a payment method that needs attention to two sentences in English', () => {
    for (const locale of ['en-US', 'en-GB'] as const)
      expect(
        sentencesOf(shippedTemplate(locale, 'error.paymentMethodNeedsAttention')),
      ).toHaveLength(2);
  });

  // Wherever the customer is asked to look something up (a payment that couldn't go through, one
  // that can't be confirmed), each locale says it with one verb and sends them to one place.
  it.each([
    ['en-US', /\bcheck\b/, /\blook (for|at|in)\b|\breview\b/i, /your Amazon Pay account/],
    ['en-GB', /\bcheck\b/, /\blook (for|at|in)\b|\breview\b/i, /your Amazon Pay account/],
    ['de-DE', /\bschau\b.*\bnach\b/i, /\bsieh\b|prüf|kontrollier/i, /deinem Amazon-Pay-Konto/],
    ['fr-FR', /vérifiez/i, /consultez|contrôlez|regardez/i, /votre compte Amazon Pay/],
    ['it-IT', /controllare/, /consultare|guardare|dare un'occhiata/i, /tuo account Amazon Pay/],
    ['es-ES', /revisar/, /comprobar|consultar|mirar/i, /tu cuenta de Amazon Pay/],
    ['ja-JP', /ご確認/, /お確かめ|ご覧/, /Amazon Payのウェブサイト/],
  ] as const)(
    '%s asks the customer to check with one verb, in one place',
    (locale, verb, otherVerbs, place) => {
      for (const key of ['error.paymentMethodNeedsAttention', 'unconfirmed.charge'] as const) {
        const template = shippedTemplate(locale, key);

        expect([key, template]).toEqual([key, expect.stringMatching(verb)]);
        expect([key, template]).toEqual([key, expect.stringMatching(place)]);
      }
      for (const key of promptKeys)
        expect([key, shippedTemplate(locale, key)]).toEqual([
          key,
          expect.not.stringMatching(otherVerbs),
        ]);
    },
  );

  // A Japanese customer pays with an Amazon account and hears of no Amazon Pay account outside
  // the legacy FPS sentences (a U.S. service): elsewhere, the Amazon Pay website or its history.
  it('names an Amazon Pay account in Japanese only in the FPS sentences', () => {
    for (const key of promptKeys.filter((k) => !k.startsWith('fps.')))
      expect([key, shippedTemplate('ja-JP', key)]).toEqual([
        key,
        expect.not.stringMatching(/アカウント/),
      ]);
  });

  it('joins the Japanese error sentences with ため rather than saying 購入 twice', () => {
    for (const key of errorKeys.filter((k) => /^(error|fps)\./.test(k))) {
      const template = shippedTemplate('ja-JP', key);

      expect([key, template]).toEqual([key, expect.stringMatching(/ため、ご購入は/)]);
      expect([key, template.split('購入').length - 1]).toEqual([key, 1]);
    }
  });

  // A sales line ("またのご利用をお待ちしております") right after a failed payment sounds
  // careless: a failure closes with reassurance instead, and every invitation to retry is said
  // in one register (「もう一度」, or 「日を改めて」 where the shop itself has to act first).
  it('closes Japanese prompts in one register', () => {
    const salesLines = promptKeys.filter((key) =>
      /またの|また.*ご利用/.test(shippedTemplate('ja-JP', key)),
    );
    const retries = promptKeys
      .map((key) => shippedTemplate('ja-JP', key))
      .flatMap((template) => template.match(/[^。？]*お試し[^。？]*[。？]/g) ?? []);

    expect(salesLines).toEqual([]);
    for (const key of ['afterAmazonPaySpoke.declined', 'voiceCodeOffer.customerSaidNo'] as const)
      expect(shippedTemplate('ja-JP', key)).toMatch(/ご安心ください。$/);
    expect(retries.length).toBeGreaterThan(8);
    for (const retry of retries)
      expect(retry).toMatch(/(もう一度|日を改めて)[^。？]*お試し(ください。|になりますか？)$/);
  });
});
