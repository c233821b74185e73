import type { ShopLocale } from './shop';

const english = {
  welcome:
    'Welcome to Tea House. Today we have a box of sencha green tea for {goods}. Would you like to buy it?',
  offerReprompt: 'Would you like to buy a box of sencha green tea?',
  welcomeBack:
    'Welcome back to Tea House. Your order of a box of sencha from last time is kept, but not paid yet. Would you like to continue with it? Or say: new order, to start again.',
  continueReprompt: 'Should I continue your order? Yes or no? Or say: new order.',
  confirm:
    'Here is your order from Tea House: a box of sencha green tea, delivered to {address}. The total is {total}, including {tax} tax and {shipping} shipping. Shall I place the order?',
  confirmReprompt: 'Shall I place your order for {total}? Yes or no?',
  noAddress:
    "Amazon Pay didn't give me a delivery address for your account, so nothing was bought. Please add one to your Amazon account, then come back to Tea House.",
  cancelled: 'Okay, I cancelled that order. Nothing was bought. Goodbye from Tea House.',
  charged:
    'Thank you! Your order {order} is confirmed: a box of sencha green tea for {total}, on its way to {address}. I sent the details to your Alexa app.',
  alreadyCharged: 'Your order {order} is already confirmed and on its way.',
  paidUnknownOrder:
    'Your payment to Tea House went through. Thank you! If anything about it looks wrong, just ask Tea House about your order.',
  pendingUnknownOrder:
    "Amazon Pay is still processing your payment to Tea House. You'll get an email from Amazon Pay when it's done.",
  pending:
    "Thank you! Your order {order} is placed, and Amazon Pay is still processing the payment. You'll get an email from Amazon Pay when it's done, and we ship your tea as soon as it's confirmed. I sent your order number to your Alexa app.",
  keptAfterDecline: 'Your order is kept: the next time you open Tea House, you can finish it.',
  enquiry:
    'To cancel an order or ask for a refund, please email {email} or call {phone}, and give your order number. I sent these details to your Alexa app.',
  enquiryLatestOrder: 'Your latest order is {order}.',
  help: 'Tea House sells a box of sencha green tea for {goods}, paid with Amazon Pay. Before you pay, I tell you the total and where it goes, and you decide. To cancel an order or ask for a refund, say: cancel my order. Would you like to buy the tea?',
  fallback:
    "Sorry, I can't help with that here. At Tea House you can buy a box of sencha green tea. Would you like to buy it?",
  goodbye: 'Goodbye from Tea House.',
  trouble:
    "Sorry, Tea House can't take orders right now, so nothing was bought. Please try again in a little while.",
  orderCardTitle: 'Tea House: order {order} confirmed',
  orderCardText:
    'Sencha green tea, 1 box\nTotal: {total} (including {tax} tax and {shipping} shipping)\nDelivery to: {addressLines}\nSold by Tea House\nQuestions about your order: {email}, {phone}',
  pendingCardTitle: 'Tea House: order {order} placed',
  pendingCardText:
    'Sencha green tea, 1 box\nTotal: {total}\nPayment: still being processed by Amazon Pay. Amazon Pay emails you when it is done; we ship as soon as it is confirmed.\nQuestions about your order: {email}, {phone}',
  enquiryCardTitle: 'Tea House: cancelling or refunding an order',
  enquiryCardText:
    'Email: {email}\nPhone: {phone}\nPlease give your order number.{latestOrderLine}',
  latestOrderLine: '\nYour latest order: {order}',
};

export type WordKey = keyof typeof english;

/** Every sentence and card text of the shop, by locale. `{name}` marks a value. */
export const words: Readonly<Record<ShopLocale, Readonly<Record<WordKey, string>>>> = {
  'en-US': english,
  'de-DE': {
    welcome:
      'Willkommen im Tea House. Heute gibt es eine Packung Sencha-Grüntee für {goods}. Möchtest du sie kaufen?',
    offerReprompt: 'Möchtest du eine Packung Sencha-Grüntee kaufen?',
    welcomeBack:
      'Willkommen zurück im Tea House. Deine Bestellung vom letzten Mal ist noch da, aber nicht bezahlt. Möchtest du mit ihr weitermachen? Oder sag: neue Bestellung.',
    continueReprompt:
      'Soll ich mit deiner Bestellung weitermachen? Ja oder nein? Oder sag: neue Bestellung.',
    confirm:
      'Deine Bestellung bei Tea House: eine Packung Sencha-Grüntee, geliefert an {address}. Der Gesamtbetrag ist {total}, inklusive {tax} Mehrwertsteuer und {shipping} Versand. Soll ich die Bestellung aufgeben?',
    confirmReprompt: 'Soll ich deine Bestellung über {total} aufgeben? Ja oder nein?',
    noAddress:
      'Amazon Pay hat mir keine Lieferadresse für dein Konto genannt, deshalb wurde nichts gekauft. Bitte füge eine in deinem Amazon-Konto hinzu und komm dann wieder ins Tea House.',
    cancelled:
      'Alles klar, ich habe die Bestellung storniert. Es wurde nichts gekauft. Bis bald im Tea House.',
    charged:
      'Danke! Deine Bestellung {order} ist bestätigt: eine Packung Sencha-Grüntee für {total}, unterwegs an {address}. Die Details findest du in deiner Alexa App.',
    alreadyCharged: 'Deine Bestellung {order} ist schon bestätigt und unterwegs.',
    paidUnknownOrder:
      'Deine Zahlung an Tea House ist eingegangen. Danke! Wenn dir daran etwas seltsam vorkommt, frag Tea House einfach nach deiner Bestellung.',
    pendingUnknownOrder:
      'Amazon Pay bearbeitet deine Zahlung an Tea House noch. Du bekommst eine E-Mail von Amazon Pay, sobald sie abgeschlossen ist.',
    pending:
      'Danke! Deine Bestellung {order} ist aufgegeben, und Amazon Pay bearbeitet die Zahlung noch. Du bekommst eine E-Mail von Amazon Pay, sobald sie abgeschlossen ist, und wir verschicken deinen Tee, sobald sie bestätigt ist. Deine Bestellnummer findest du in deiner Alexa App.',
    keptAfterDecline:
      'Deine Bestellung bleibt gespeichert: Wenn du das Tea House das nächste Mal öffnest, kannst du sie abschließen.',
    enquiry:
      'Um eine Bestellung zu stornieren oder eine Erstattung zu bekommen, schreib bitte an {email} oder ruf {phone} an und nenne deine Bestellnummer. Die Angaben findest du in deiner Alexa App.',
    enquiryLatestOrder: 'Deine letzte Bestellung ist {order}.',
    help: 'Im Tea House gibt es eine Packung Sencha-Grüntee für {goods}, bezahlt mit Amazon Pay. Bevor du bezahlst, sage ich dir den Gesamtbetrag und die Lieferadresse, und du entscheidest. Um eine Bestellung zu stornieren oder eine Erstattung zu bekommen, sag: Bestellung stornieren. Möchtest du den Tee kaufen?',
    fallback:
      'Entschuldige, dabei kann ich hier nicht helfen. Im Tea House kannst du eine Packung Sencha-Grüntee kaufen. Möchtest du sie kaufen?',
    goodbye: 'Bis bald im Tea House.',
    trouble:
      'Entschuldige, das Tea House kann gerade keine Bestellungen annehmen, deshalb wurde nichts gekauft. Bitte versuch es später noch einmal.',
    orderCardTitle: 'Tea House: Bestellung {order} bestätigt',
    orderCardText:
      'Sencha-Grüntee, 1 Packung\nGesamtbetrag: {total} (inklusive {tax} Mehrwertsteuer und {shipping} Versand)\nLieferung an: {addressLines}\nVerkauft von Tea House\nFragen zur Bestellung: {email}, {phone}',
    pendingCardTitle: 'Tea House: Bestellung {order} aufgegeben',
    pendingCardText:
      'Sencha-Grüntee, 1 Packung\nGesamtbetrag: {total}\nZahlung: wird noch von Amazon Pay bearbeitet. Amazon Pay schickt dir eine E-Mail, sobald sie abgeschlossen ist; wir verschicken, sobald sie bestätigt ist.\nFragen zur Bestellung: {email}, {phone}',
    enquiryCardTitle: 'Tea House: Bestellung stornieren oder erstatten',
    enquiryCardText:
      'E-Mail: {email}\nTelefon: {phone}\nBitte nenne deine Bestellnummer.{latestOrderLine}',
    latestOrderLine: '\nDeine letzte Bestellung: {order}',
  },
  'ja-JP': {
    welcome:
      'いらっしゃいませ。ティーハウスへようこそ。本日は煎茶ひと箱を{goods}（税込）でご用意しています。ご購入になりますか？',
    offerReprompt: '煎茶ひと箱をご購入になりますか？',
    welcomeBack:
      'いらっしゃいませ。ティーハウスです。前回のご注文は、お支払い前のまま保管しています。このご注文を続けますか？新しく注文する場合は、「新しい注文」と言ってください。',
    continueReprompt:
      '前回のご注文を続けますか？「はい」か「いいえ」でお答えください。新しく注文する場合は「新しい注文」と言ってください。',
    confirm:
      'ティーハウスのご注文内容です。煎茶ひと箱を、{address}へお届けします。合計金額は、送料{shipping}と消費税{tax}を含めて{total}（税込）です。ご注文を確定しますか？',
    confirmReprompt:
      '合計{total}（税込）でご注文を確定しますか？「はい」か「いいえ」でお答えください。',
    noAddress:
      'Amazon Payからお届け先の住所を受け取れなかったため、ご購入は行われていません。Amazonのアカウントにお届け先を登録してから、もう一度ティーハウスをご利用ください。',
    cancelled:
      'かしこまりました。ご注文を取り消しました。ご購入は行われていません。ティーハウスをご利用いただき、ありがとうございました。',
    charged:
      'ありがとうございます。ご注文{order}を承りました。煎茶ひと箱、合計{total}（税込）で、{address}へお届けします。詳細はAlexaアプリにお送りしました。',
    alreadyCharged: 'ご注文{order}はすでに承っており、発送の手配が済んでいます。',
    paidUnknownOrder:
      'ティーハウスへのお支払いが完了しました。ありがとうございます。ご不明な点がありましたら、ティーハウスに「注文について教えて」とお尋ねください。',
    pendingUnknownOrder:
      'ティーハウスへのお支払いは、Amazon Payで処理中です。処理が終わりましたらAmazon Payからメールが届きます。',
    pending:
      'ありがとうございます。ご注文{order}を承りました。お支払いはAmazon Payで処理中です。処理が終わりましたらAmazon Payからメールが届きます。お支払いが確認でき次第、煎茶を発送いたします。ご注文番号はAlexaアプリにお送りしました。',
    keptAfterDecline:
      'ご注文は保管しています。次にティーハウスを開いたときに、お手続きを完了できます。',
    enquiry:
      'ご注文のキャンセルや返金については、{email}へメールいただくか、{phone}へお電話ください。その際にご注文番号をお知らせください。連絡先はAlexaアプリにお送りしました。',
    enquiryLatestOrder: '最新のご注文番号は{order}です。',
    help: 'ティーハウスでは、煎茶ひと箱を{goods}（税込）でご用意しており、Amazon Payでお支払いいただけます。お支払いの前に、合計金額とお届け先をお伝えしますので、ご確認のうえお決めください。ご注文のキャンセルや返金については、「注文をキャンセルしたい」と言ってください。煎茶をご購入になりますか？',
    fallback:
      '申し訳ありません。そのご用件にはお応えできません。ティーハウスでは煎茶ひと箱をご購入いただけます。ご購入になりますか？',
    goodbye: 'ティーハウスをご利用いただき、ありがとうございました。',
    trouble:
      '申し訳ありません。ティーハウスは現在ご注文を承ることができないため、ご購入は行われていません。しばらくしてから、もう一度お試しください。',
    orderCardTitle: 'ティーハウス:ご注文{order}を承りました',
    orderCardText:
      '煎茶 1箱\n合計: {total}(税込、送料{shipping}・消費税{tax}を含む)\nお届け先: {addressLines}\n販売: ティーハウス\nご注文についてのお問い合わせ: {email}、{phone}',
    pendingCardTitle: 'ティーハウス:ご注文{order}を受け付けました',
    pendingCardText:
      '煎茶 1箱\n合計: {total}(税込)\nお支払い: Amazon Payで処理中です。処理が終わるとAmazon Payからメールが届きます。確認でき次第、発送いたします。\nご注文についてのお問い合わせ: {email}、{phone}',
    enquiryCardTitle: 'ティーハウス:ご注文のキャンセル・返金',
    enquiryCardText:
      'メール: {email}\n電話: {phone}\nご注文番号をお知らせください。{latestOrderLine}',
    latestOrderLine: '\n最新のご注文: {order}',
  },
};
