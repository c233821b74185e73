/**
 * Amazon's certification requirements the check can see in files, each with where Amazon
 * states it, as a finding's `rule` says it to the developer.
 */
export const certificationRules = {
  descriptionSentence:
    "The skill description says that the skill uses Amazon Pay, in Amazon's sentence for its language (Amazon Pay for Alexa: Certify your Skill with Amazon Pay).",
  invocationName:
    'The invocation name matches the seller or brand name (Amazon Pay for Alexa: Certify your Skill with Amazon Pay; Requirements for Skills that Allow Purchases).',
  examplePhrases:
    "Example phrases shown on the skill's card are taken from its sample utterances (functional tests of custom skills, which Certify your Skill with Amazon Pay requires).",
  privacyPolicy:
    'A skill that collects personal information, by voice or through skill permissions, provides a privacy policy URL (Alexa certification requirements for privacy policy URLs).',
  allowsPurchases:
    'A skill that lets customers buy declares that it allows purchases (Requirements for Skills that Allow Purchases).',
  childDirected:
    'A skill directed at children may not take payments (Alexa policy requirements for skills directed at children).',
} as const;

/**
 * The sentence Amazon requires in the description, by language, verbatim: a certified skill
 * carries it word for word, so it is compared as it stands.
 */
export const requiredDescriptionSentences: Readonly<Record<string, string>> = {
  de: 'Dieser Skill verwendet Amazon Pay, um Ihre Zahlungen zu verarbeiten. Zum Schutz vor unerwünschten Bestellungen, können Sie in der Alexa App unter Einstellungen einen vierstelligen Sprachcode vergeben.',
  en: 'This skill uses Amazon Pay to process your payments. To help protect against unwanted ordering, you can enable a four-digit voice code under Settings in the Alexa app.',
  es: 'Esta Skill utiliza Amazon Pay para procesar tus pagos. Para evitar pedidos no deseados, puedes activar un código de voz de cuatro dígitos en Configuración en la aplicación de Alexa.',
  fr: "Cette Skill utilise Amazon Pay pour traiter vos paiements. Pour vous protéger des commandes non souhaitées, vous pouvez activer un code vocal à quatre chiffres sous Paramètres dans l'application Alexa.",
  it: "Questa Skill usa Amazon Pay per elaborare i tuoi pagamenti. Per evitare ordini indesiderati, è possibile abilitare un codice vocale di quattro cifre accedendo alla sezione Impostazioni dell'app Alexa.",
  ja: 'このスキルは、Amazon Payを使用して支払いを処理します。意図しないご注文を避けるために、Alexaアプリの「設定」から4桁の確認コードを設定することができます。',
};

// Compared composed, with typographic apostrophes made plain and without any spacing, so that
// a line break inside the sentence (or between two Japanese sentences) does not hide it.
const comparable = (text: string): string =>
  text.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, '');

/** The sentence a description in this language must carry, if Amazon gives one. */
export const requiredSentenceFor = (language: string): string | undefined =>
  Object.hasOwn(requiredDescriptionSentences, language)
    ? requiredDescriptionSentences[language]
    : undefined;

/** Whether a description carries the sentence its language requires. */
export const carriesSentence = (description: string, sentence: string): boolean =>
  comparable(description).includes(comparable(sentence));
