/**
 * Every prompt the middleware can speak. Keys under `followUp.` are said after Amazon Pay
 * has already spoken to the customer, so they never explain the problem again.
 */
export const promptKeys = [
  'followUp.nothingBought',
  'followUp.tryInFewMinutes',
  'followUp.askToRetryVoiceCode',
  'followUp.askToRetryVoiceCodeReprompt',
  'followUp.updatePaymentMethod',
  'followUp.declinedTryLater',
  'retry.oneMoment',
  'retry.noThanks',
  'permission.request',
  'error.unavailable',
  'error.tryLater',
  'error.updatePaymentMethod',
  'error.monthlyLimit',
  'error.generic',
  'fps.accountNotAccessible',
  'fps.accountClosed',
  'fps.limitsExceeded',
  'fps.accountNotActive',
  'fps.addVerifiedPaymentMethod',
  'fps.verifyEmail',
  'success.setup',
  'success.charge',
  'pending.charge',
] as const;

export type PromptKey = (typeof promptKeys)[number];

/** Prompts that ask a question, with what to say when the customer does not answer. */
export const repromptFor: Readonly<Partial<Record<PromptKey, PromptKey>>> = {
  'followUp.askToRetryVoiceCode': 'followUp.askToRetryVoiceCodeReprompt',
};
