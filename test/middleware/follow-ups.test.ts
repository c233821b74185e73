import { errorCatalog, supportedLocales, type SupportedLocale } from '../../src';
import { PromptRenderer } from '../../src/prompts/renderer';

// What Amazon Pay talks about when it voices a code, as key words in each language: a
// follow-up that repeats any of them would make the customer hear the problem twice.
type Words = Readonly<Record<'en' | 'de' | 'fr' | 'it' | 'es' | 'ja', readonly string[]>>;

const concept = {
  wentWrong: {
    en: ['went wrong'],
    de: ['schiefgelaufen', 'schief gelaufen'],
    fr: ['problème est survenu'],
    it: ['andato storto'],
    es: ['salido mal', 'salió mal'],
    ja: ['問題が発生'],
  },
  tryAgain: {
    en: ['try again', 'try later'],
    de: ['versuch es', 'versuche es'],
    fr: ['réessay'],
    it: ['riprova'],
    es: ['inténtalo'],
    ja: ['もう一度お試し'],
  },
  device: {
    en: ['device'],
    de: ['gerät'],
    fr: ['appareil'],
    it: ['dispositivo'],
    es: ['dispositivo'],
    ja: ['デバイス', '端末'],
  },
  shippingAddress: {
    en: ['address'],
    de: ['adresse'],
    fr: ['adresse'],
    it: ['indirizzo'],
    es: ['dirección'],
    ja: ['住所', 'お届け先'],
  },
  update: {
    en: ['update'],
    de: ['aktualisier'],
    fr: ['mettre à jour', 'mise à jour'],
    it: ['aggiorn'],
    es: ['actualiz'],
    ja: ['更新'],
  },
  link: {
    en: ['link'],
    de: ['link'],
    fr: ['lien'],
    it: ['link', 'collegamento'],
    es: ['enlace'],
    ja: ['リンク'],
  },
  alexaApp: {
    en: ['alexa app'],
    de: ['alexa app', 'alexa-app'],
    fr: ['application alexa'],
    it: ['app alexa'],
    es: ['app alexa', 'app de alexa', 'aplicación de alexa'],
    ja: ['alexaアプリ'],
  },
  oneClick: {
    en: ['1-click'],
    de: ['1-click'],
    fr: ['1-click'],
    it: ['1-click'],
    es: ['1-click'],
    ja: ['1-click', 'ワンクリック'],
  },
  paymentMethod: {
    en: ['payment method'],
    de: ['zahlungsart', 'zahlungsmethode'],
    fr: ['moyen de paiement', 'mode de paiement'],
    it: ['metodo di pagamento'],
    es: ['método de pago'],
    ja: ['支払い方法', 'お支払い方法'],
  },
  placeOrders: {
    en: ['place orders', 'right now'],
    de: ['bestellung', 'momentan', 'gerade'],
    fr: ['commande', 'pour le moment'],
    it: ['ordini', 'al momento'],
    es: ['pedidos', 'ahora mismo', 'en este momento'],
    ja: ['注文', '現在'],
  },
  email: {
    en: ['email', 'e-mail'],
    de: ['e-mail'],
    fr: ['e-mail', 'adresse électronique'],
    it: ['email', 'e-mail'],
    es: ['correo'],
    ja: ['メール'],
  },
  loginSecurity: {
    en: ['login', 'security'],
    de: ['anmeldung', 'sicherheit'],
    fr: ['connexion', 'sécurité'],
    it: ['accesso', 'sicurezza'],
    es: ['inicio de sesión', 'seguridad'],
    ja: ['ログイン', 'セキュリティ'],
  },
  voiceCode: {
    en: ['voice code'],
    de: ['sprachcode'],
    fr: ['code vocal'],
    it: ['codice vocale'],
    es: ['código de voz'],
    ja: ['音声コード'],
  },
  trouble: {
    en: ['trouble'],
    de: ['probleme'],
    fr: ['difficulté', 'problème'],
    it: ['problemi'],
    es: ['problemas'],
    ja: ['問題'],
  },
  voicePurchasing: {
    en: ['voice purchasing'],
    de: ['einkaufen per sprache', 'sprachkauf'],
    fr: ['achat vocal', 'achats vocaux'],
    it: ['acquisti vocali'],
    es: ['compras por voz'],
    ja: ['音声ショッピング'],
  },
  settings: {
    en: ['settings'],
    de: ['einstellungen'],
    fr: ['paramètres'],
    it: ['impostazioni'],
    es: ['configuración', 'ajustes'],
    ja: ['設定'],
  },
  payment: {
    en: ['payment'],
    de: ['zahlung'],
    fr: ['paiement'],
    it: ['pagamento'],
    es: ['pago'],
    ja: ['支払い'],
  },
  completed: {
    en: ['completed'],
    de: ['abgeschlossen'],
    fr: ['finalis'],
    it: ['completat'],
    es: ['completar'],
    ja: ['完了'],
  },
  tryLater: {
    en: ['later'],
    de: ['später'],
    fr: ['plus tard'],
    it: ['più tardi'],
    es: ['más tarde'],
    ja: ['後ほど', 'あとで'],
  },
} satisfies Record<string, Words>;

type Concept = keyof typeof concept;

const amazonPayTalksAbout: Readonly<Record<string, readonly Concept[]>> = {
  UnsupportedClientPlatform: ['wentWrong'],
  InvalidShippingAddress: ['shippingAddress', 'update', 'link', 'alexaApp', 'oneClick'],
  InvalidAccountStatus: ['placeOrders'],
  // Amazon Pay said to try again later: the follow-up may say when ("in a few minutes"), never
  // "later" again.
  RequestThrottled: ['wentWrong', 'tryLater'],
  InvalidPaymentMethod: [
    'paymentMethod',
    'shippingAddress',
    'update',
    'link',
    'alexaApp',
    'oneClick',
  ],
  UnsupportedCustomerAccount: ['email', 'loginSecurity'],
  // The offer to try again names the voice code it asks about: that is not the problem again.
  CustomerApprovalFailure: ['trouble', 'alexaApp'],
  VoicePurchaseNotEnabled: ['voicePurchasing', 'settings', 'alexaApp'],
  TransactionTimedOut: ['payment', 'completed', 'tryLater'],
  AmazonRejected: ['payment', 'completed', 'tryLater'],
  ProcessingFailure: ['payment', 'completed', 'tryLater'],
};

// How each locale says that nothing was bought: every follow-up leaves the customer sure of it.
// Every failure says it in these words, so they are not counted as repeating Amazon Pay (the
// Japanese one says 完了 although Amazon Pay may have said the payment was not completed).
const nothingBought: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US': /nothing's been bought/gi,
  'en-GB': /nothing's been bought/gi,
  'de-DE': /es wurde nichts gekauft/gi,
  'fr-FR': /aucun achat n'a été effectué/gi,
  'it-IT': /non è stato effettuato nessun acquisto/gi,
  'es-ES': /la compra no se ha completado/gi,
  'ja-JP': /ご購入は完了して(いません|おらず)/g,
};

// How each locale refers back to what Amazon Pay asked the customer to do ("once you've taken
// care of that", "once you've updated your payment method"): pointing at it, or naming the one
// step it asked for, is not explaining the problem again, even where the words touch.
const onceDone: Readonly<Record<SupportedLocale, RegExp>> = {
  'en-US':
    /once you( have your voice code|'ve taken care of that|'ve updated your payment details)/gi,
  'en-GB':
    /once you've (sorted out your voice code|sorted that out|updated your payment details)/gi,
  'de-DE':
    /sobald du (das erledigt|deinen sprachcode nachgesehen oder zurückgesetzt|deine zahlungsart aktualisiert) hast/gi,
  'fr-FR':
    /une fois (que vous aurez fait le nécessaire|votre code vocal retrouvé ou réinitialisé|vos informations de paiement mises à jour)/gi,
  'it-IT':
    /una volta (fatta la modifica|aggiornati i dati di pagamento)|quando avrai controllato o reimpostato il codice vocale/gi,
  'es-ES':
    /cuando (lo hayas solucionado|tengas tu código de voz|hayas actualizado tus datos de pago)/gi,
  'ja-JP':
    /先ほどのご案内どおりに設定を済ませてから|確認コードをご用意いただいてから|お支払い情報の更新がお済みになりましたら/g,
};

const renderer = new PromptRenderer({ merchantName: 'Tea House' });
const voiced = errorCatalog.filter((entry) => entry.voicedByAmazonPay);
const cases = voiced.flatMap((entry) =>
  supportedLocales.map((locale) => [entry.context, entry.code, locale, entry] as const),
);

describe('follow-ups after Amazon Pay has spoken', () => {
  it('covers every voiced code', () => {
    expect(voiced.length).toBeGreaterThan(0);
    for (const entry of voiced) expect(amazonPayTalksAbout[entry.code]).toBeDefined();
  });

  it.each(cases)(
    '%s %s in %s does not say again what Amazon Pay said',
    (_, code, locale, entry) => {
      const language = locale.slice(0, 2) as keyof Words;
      const followUp = renderer.speak(entry.promptKey ?? 'error.unexpected', locale).toLowerCase();
      const rest = followUp.replace(nothingBought[locale], '').replace(onceDone[locale], '');
      const repeated = (amazonPayTalksAbout[code] ?? [])
        .flatMap((name) => concept[name][language])
        .filter((word) => rest.includes(word.toLowerCase()));

      expect(entry.promptKey).toMatch(/^(afterAmazonPaySpoke|voiceCodeOffer)\./);
      expect(repeated).toEqual([]);
      expect(rest).not.toBe(followUp);
    },
  );

  it('tells the customer to come back in a few minutes after a throttled request', () => {
    expect(renderer.speak('afterAmazonPaySpoke.comeBackInFewMinutes', 'en-US')).toMatch(
      /a few minutes/,
    );
  });

  it('asks whether to try again after a failed voice code', () => {
    for (const locale of supportedLocales)
      expect(renderer.speak('voiceCodeOffer.askToTryAgain', locale)).toMatch(/[?？]<\/speak>$/);
  });
});
