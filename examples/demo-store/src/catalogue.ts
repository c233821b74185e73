import { escapeXmlCharacters } from 'ask-sdk-core';

/** The one product the demo store sells, priced for each marketplace it serves. */
export interface Offer {
  readonly locale: 'en-US' | 'de-DE' | 'ja-JP';
  readonly countryOfEstablishment: 'US' | 'DE' | 'JP';
  readonly currencyCode: 'USD' | 'EUR' | 'JPY';
  readonly checkoutLanguage: 'en_US' | 'de_DE' | 'ja_JP';
  readonly amount: string;
}

const offers: Readonly<Record<Offer['locale'], Offer>> = {
  'en-US': {
    locale: 'en-US',
    countryOfEstablishment: 'US',
    currencyCode: 'USD',
    checkoutLanguage: 'en_US',
    amount: '12.50',
  },
  'de-DE': {
    locale: 'de-DE',
    countryOfEstablishment: 'DE',
    currencyCode: 'EUR',
    checkoutLanguage: 'de_DE',
    amount: '11.50',
  },
  'ja-JP': {
    locale: 'ja-JP',
    countryOfEstablishment: 'JP',
    currencyCode: 'JPY',
    checkoutLanguage: 'ja_JP',
    amount: '1500',
  },
};

/** The offer for a request's locale: its own marketplace, else the US one. */
export function offerFor(locale: string | undefined): Offer {
  return locale === 'de-DE' || locale === 'ja-JP' ? offers[locale] : offers['en-US'];
}

/** The price as a customer in that locale reads it: $12.50, 11,50 €, ￥1,500. */
export function priceOf(offer: Offer): string {
  return new Intl.NumberFormat(offer.locale, {
    style: 'currency',
    currency: offer.currencyCode,
  }).format(Number(offer.amount));
}

interface Words {
  readonly product: string;
  readonly welcome: string;
  readonly welcomeBack: string;
  readonly askToBuy: string;
  readonly confirmed: string;
  readonly alreadyConfirmed: string;
  readonly pending: string;
  readonly cardTitle: string;
  readonly cardText: string;
  readonly help: string;
  readonly goodbye: string;
  readonly fallback: string;
}

const words: Readonly<Record<Offer['locale'], Words>> = {
  'en-US': {
    product: 'a box of sencha green tea',
    welcome: 'Welcome to Tea House. Today we have {product} for {price}. Would you like to buy it?',
    welcomeBack:
      'Welcome back to Tea House. Your sencha order is still waiting for payment. Would you like to try paying again?',
    askToBuy: 'Would you like to buy {product} for {price}?',
    confirmed:
      'Thank you! Your box of sencha green tea for {price} is on its way. I sent the details to your Alexa app.',
    alreadyConfirmed: 'Your sencha is already on its way.',
    pending:
      'Thank you! Your order is placed and the payment is still being processed. We ship your sencha as soon as it is confirmed.',
    cardTitle: 'Tea House: order confirmed',
    cardText: 'Sencha green tea, 1 box\nAmount: {price}\nSold by Tea House\nOrder {order}',
    help: 'You can buy {product} with Amazon Pay. Just say: buy tea. What would you like to do?',
    goodbye: 'Goodbye from Tea House.',
    fallback: 'Sorry, here you can buy {product}. Would you like to buy it?',
  },
  'de-DE': {
    product: 'eine Packung Sencha-Grüntee',
    welcome:
      'Willkommen im Tea House. Heute gibt es {product} für {price}. Möchtest du sie kaufen?',
    welcomeBack:
      'Willkommen zurück im Tea House. Deine Sencha-Bestellung wartet noch auf die Zahlung. Möchtest du es noch einmal versuchen?',
    askToBuy: 'Möchtest du {product} für {price} kaufen?',
    confirmed:
      'Danke! Deine Packung Sencha-Grüntee für {price} ist unterwegs. Die Details findest du in deiner Alexa App.',
    alreadyConfirmed: 'Dein Sencha ist schon unterwegs.',
    pending:
      'Danke! Deine Bestellung ist aufgegeben, die Zahlung wird noch bearbeitet. Wir verschicken deinen Sencha, sobald sie bestätigt ist.',
    cardTitle: 'Tea House: Bestellung bestätigt',
    cardText:
      'Sencha-Grüntee, 1 Packung\nBetrag: {price}\nVerkauft von Tea House\nBestellung {order}',
    help: 'Hier kannst du {product} mit Amazon Pay kaufen. Sag einfach: Tee kaufen. Was möchtest du tun?',
    goodbye: 'Bis bald im Tea House.',
    fallback: 'Entschuldige, hier kannst du {product} kaufen. Möchtest du sie kaufen?',
  },
  'ja-JP': {
    product: '煎茶ひと箱',
    welcome:
      'ティーハウスへようこそ。本日は{product}を{price}でご用意しています。ご購入になりますか？',
    welcomeBack:
      'ティーハウスへお帰りなさい。煎茶のご注文は、まだお支払いをお待ちしています。もう一度お支払いをお試しになりますか？',
    askToBuy: '{product}を{price}でご購入になりますか？',
    confirmed:
      'ありがとうございます。{price}の{product}を発送いたします。詳細はAlexaアプリにお送りしました。',
    alreadyConfirmed: '煎茶はすでに発送の手配が済んでいます。',
    pending:
      'ありがとうございます。ご注文を承りました。お支払いはまだ処理中です。確認が取れしだい、煎茶を発送いたします。',
    cardTitle: 'ティーハウス:ご注文の確認',
    cardText: '煎茶 1箱\n金額: {price}\n販売: ティーハウス\nご注文番号 {order}',
    help: 'ここでは{product}をAmazon Payでご購入いただけます。「お茶を買う」と言ってください。何をしますか？',
    goodbye: 'ティーハウスをご利用いただき、ありがとうございました。',
    fallback: '申し訳ありません。ここでは{product}をご購入いただけます。ご購入になりますか？',
  },
};

/** A sentence of the store in the offer's language; values are escaped for SSML when asked. */
export function say(
  offer: Offer,
  key: keyof Words,
  values: { readonly order?: string } = {},
  ssml = true,
): string {
  const text = words[offer.locale][key]
    .replace('{product}', words[offer.locale].product)
    .replace('{price}', priceOf(offer))
    .replace('{order}', values.order ?? '');
  return ssml ? escapeXmlCharacters(text) : text;
}
