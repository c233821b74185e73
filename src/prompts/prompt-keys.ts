/**
 * Every prompt the middleware can speak, named for when it is spoken. `afterAmazonPaySpoke.`
 * keys follow what Amazon Pay has just told the customer, so they never explain it again;
 * `voiceCodeOffer.` keys ask and answer the offer to try a failed voice code again;
 * `permission.request` asks for the Amazon Pay permission where no purchase was stopped (at
 * launch, or for a Buyer ID call), `permission.requestAfterRefusal` where one was; `error.`
 * and `fps.` keys explain an error the customer has not heard of yet; `success.` and
 * `pending.` keys are the neutral sentences for a payment no handler of the skill answered;
 * `unconfirmed.charge` is for a Charge whose answer cannot be read, which may have been paid.
 */
export const promptKeys = [
  'afterAmazonPaySpoke.nothingBought',
  'afterAmazonPaySpoke.voiceCodeNotAccepted',
  'afterAmazonPaySpoke.comeBackInFewMinutes',
  'afterAmazonPaySpoke.paymentMethodNeedsUpdate',
  'afterAmazonPaySpoke.declined',
  'afterAmazonPaySpoke.unsupportedDevice',
  'afterAmazonPaySpoke.shopCannotTakeOrders',
  'voiceCodeOffer.askToTryAgain',
  'voiceCodeOffer.askToTryAgainReprompt',
  'voiceCodeOffer.customerSaidNo',
  'resend.oneMoment',
  'permission.request',
  'permission.requestAfterRefusal',
  'error.shopCannotTakePayments',
  'error.amazonPayUnavailable',
  'error.paymentMethodNeedsAttention',
  'error.monthlySpendingLimit',
  'error.unexpected',
  'fps.accountNotAccessible',
  'fps.accountClosed',
  'fps.limitsExceeded',
  'fps.accountNotActive',
  'fps.addVerifiedPaymentMethod',
  'fps.verifyEmail',
  'fps.shopCannotTakePayment',
  'success.setup',
  'success.charge',
  'pending.charge',
  'unconfirmed.charge',
] as const;

export type PromptKey = (typeof promptKeys)[number];

/** Prompts that ask a question, with what to say when the customer does not answer. */
export const repromptFor: Readonly<Partial<Record<PromptKey, PromptKey>>> = {
  'voiceCodeOffer.askToTryAgain': 'voiceCodeOffer.askToTryAgainReprompt',
};
