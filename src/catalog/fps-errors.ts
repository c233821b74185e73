import type { CatalogRow } from './catalog-row';
import type { PromptKey } from '../prompts/prompt-keys';
import type { Retriable } from './types';

interface FpsRow {
  readonly code: string;
  readonly retriable: Retriable;
  /** Set where the FPS reference offers a sentence for customers; theirs is rewritten in ours. */
  readonly customerPrompt?: PromptKey;
  readonly developerMessage: string;
  readonly correctiveAction: string;
}

/**
 * Legacy Amazon Flexible Payments Service (API version 2008-09-17) error codes, for skills
 * whose back end still returns them. FPS was retired in 2015. Its reference gives no HTTP
 * status and no error type, and the merchant's back end is the one that receives them.
 */
const fpsRows: readonly FpsRow[] = [
  {
    code: 'AccessFailure',
    retriable: 'yes',
    customerPrompt: 'fps.accountNotAccessible',
    developerMessage: 'The account could not be accessed.',
    correctiveAction:
      'Retry the call; the customer can be told their account cannot be reached right now.',
  },
  {
    code: 'AccountClosed',
    retriable: 'yes',
    customerPrompt: 'fps.accountClosed',
    developerMessage: 'The account is no longer active.',
    correctiveAction: 'Tell the customer their account is closed.',
  },
  {
    code: 'AccountLimitsExceeded',
    retriable: 'yes',
    customerPrompt: 'fps.limitsExceeded',
    developerMessage: "The account's spending or receiving limit has been reached.",
    correctiveAction:
      'The customer has to raise their payment limits in their Amazon Payments account.',
  },
  {
    code: 'AmountOutOfRange',
    retriable: 'no',
    developerMessage: 'The transaction amount is outside the allowed range.',
    correctiveAction:
      'Send an amount within range; a Pay by credit card or bank account must be more than $0.01.',
  },
  {
    code: 'ConcurrentModification',
    retriable: 'yes',
    developerMessage: 'Two processes tried to change the same data at the same moment.',
    correctiveAction: 'Send the request again.',
  },
  {
    code: 'DuplicateRequest',
    retriable: 'no',
    developerMessage: 'Another request already used this caller reference.',
    correctiveAction:
      'Give every new request a caller reference of its own, even when the earlier request failed.',
  },
  {
    code: 'InactiveInstrument',
    retriable: 'no',
    developerMessage: 'The payment instrument is inactive, for example an expired credit card.',
    correctiveAction: 'The customer needs another, active payment instrument.',
  },
  {
    code: 'InsufficientBalance',
    retriable: 'yes',
    developerMessage:
      'The sender, caller or recipient account has too little balance for the transaction, or the party paying the fees does.',
    correctiveAction:
      'Ask the customer to fund the account and retry afterwards; a bank transfer can take three to four business days.',
  },
  {
    code: 'InternalError',
    retriable: 'yes',
    developerMessage: 'A passing problem inside the service.',
    correctiveAction: 'Send the call again.',
  },
  {
    code: 'InvalidAccountState',
    retriable: 'yes',
    developerMessage:
      'The account is suspended or closed, so no payment instruction can be installed on it.',
    correctiveAction: 'If the account is closed, the customer has to open a new one.',
  },
  {
    code: 'InvalidAccountState_Caller',
    retriable: 'yes',
    developerMessage: 'The developer account may not take part in the transaction.',
    correctiveAction: 'Your own account is not active: contact your AWS representative.',
  },
  {
    code: 'InvalidAccountState_Recipient',
    retriable: 'yes',
    customerPrompt: 'fps.shopCannotTakePayment',
    developerMessage: 'The recipient account may not take part in the transaction.',
    correctiveAction:
      "The recipient is the merchant, so the merchant has to act, not the customer: the reference's message for the account holder says their Amazon Payments account is not active and points to the Amazon Payments website for details. The customer only hears that the shop can't take the payment.",
  },
  {
    code: 'InvalidAccountState_Sender',
    retriable: 'yes',
    customerPrompt: 'fps.accountNotActive',
    developerMessage: 'The sender account may not take part in the transaction.',
    correctiveAction:
      'Tell the customer their Amazon Payments account is not active and where to look into it.',
  },
  {
    code: 'InvalidParameter',
    retriable: 'no',
    developerMessage: 'At least one parameter of the request is invalid.',
    correctiveAction:
      "Check the request against the parameter descriptions of the action's API reference.",
  },
  {
    code: 'InvalidSubscriptionID',
    retriable: 'no',
    developerMessage: 'The subscription id is invalid.',
    correctiveAction: 'Pass the correct subscription id, owned by the calling account.',
  },
  {
    code: 'InvalidSubscriptionState',
    retriable: 'no',
    developerMessage: 'The subscription has already been cancelled or completed.',
    correctiveAction: 'None: the subscription is over.',
  },
  {
    code: 'InvalidSenderRoleForAccountType',
    retriable: 'no',
    developerMessage: 'This token cannot be used for the operation.',
    correctiveAction:
      'Use the same account as in the original transaction; a refund must come from the recipient of the original payment.',
  },
  {
    code: 'InvalidTokenId',
    retriable: 'no',
    developerMessage: 'The token to cancel was not installed by you.',
    correctiveAction: 'Cancel only tokens you own.',
  },
  {
    code: 'InvalidTokenId_Recipient',
    retriable: 'no',
    developerMessage: 'The recipient token is invalid or cancelled.',
    correctiveAction:
      'As the recipient, install a new token; otherwise obtain a new payment authorization from the recipient.',
  },
  {
    code: 'InvalidTokenId_Sender',
    retriable: 'no',
    developerMessage: 'The sender token is invalid, cancelled or not active.',
    correctiveAction: 'Ask the customer to set up a new payment authorization.',
  },
  {
    code: 'InvalidTokenType',
    retriable: 'no',
    developerMessage:
      'The operation is not valid for this kind of token, such as asking for usage of a single-use token.',
    correctiveAction: 'Call only operations the token type supports.',
  },
  {
    code: 'InvalidTransactionId',
    retriable: 'no',
    developerMessage:
      'The transaction was not found, was not made by the caller, or is not a Pay or Reserve transaction.',
    correctiveAction: 'Pass the correct transaction id.',
  },
  {
    code: 'InvalidTransactionState',
    retriable: 'no',
    developerMessage: 'The transaction is not complete, or has failed for the moment.',
    correctiveAction: 'Specify a duration of more than one hour.',
  },
  {
    code: 'MissingRequiredParameter',
    retriable: 'after-fix',
    developerMessage: 'The request lacks a required parameter.',
    correctiveAction: 'Send every parameter and value the action requires, then retry.',
  },
  {
    code: 'OriginalTransactionFailed',
    retriable: 'no',
    developerMessage: 'The original transaction failed.',
    correctiveAction: 'A failed transaction cannot be refunded.',
  },
  {
    code: 'OriginalTransactionIncomplete',
    retriable: 'yes',
    developerMessage: 'The original transaction is still in progress.',
    correctiveAction: 'Retry once the original transaction has completed.',
  },
  {
    code: 'RefundAmountExceeded',
    retriable: 'no',
    developerMessage: 'The refund is larger than the amount that can still be refunded.',
    correctiveAction: 'Refund at most the original transaction amount.',
  },
  {
    code: 'RefundDenied',
    retriable: 'yes',
    developerMessage:
      'The refund was denied: the subscription has no successful transaction to cancel.',
    correctiveAction: 'Wait until a payment for this transaction has succeeded.',
  },
  {
    code: 'SenderNotOriginalRecipient',
    retriable: 'no',
    developerMessage: 'The sender of the refund is not the recipient of the original transaction.',
    correctiveAction: "Pass the original recipient's token as the refund sender token.",
  },
  {
    code: 'SettleAmountGreaterThanReserveDebt',
    retriable: 'no',
    developerMessage: 'The amount to settle is larger than the reserved debt.',
    correctiveAction: 'Settle at most the debt.',
  },
  {
    code: 'SettleAmountGreaterThanReserveAmount',
    retriable: 'no',
    developerMessage: 'The amount to settle is larger than the reserved amount.',
    correctiveAction: 'Settle at most what was reserved.',
  },
  {
    code: 'SystemError',
    retriable: 'yes',
    developerMessage: 'A system error stopped the transaction from completing.',
    correctiveAction: 'Send the call again.',
  },
  {
    code: 'TokenAccessDenied',
    retriable: 'no',
    developerMessage: 'Cancelling this token is not permitted.',
    correctiveAction: 'Leave the token alone; only its owner may cancel it.',
  },
  {
    code: 'TokenNotActive_Recipient',
    retriable: 'no',
    developerMessage: 'The recipient token has been cancelled.',
    correctiveAction:
      'Install a new recipient token (InstallPaymentInstruction, or the Recipient Token Installation Pipeline for customers).',
  },
  {
    code: 'TokenNotActive_Sender',
    retriable: 'no',
    developerMessage: 'The sender token has been cancelled.',
    correctiveAction:
      'Ask the customer for a new payment authorization; the current one is no longer active.',
  },
  {
    code: 'TransactionDenied',
    retriable: 'no',
    developerMessage: 'This transaction is not allowed.',
    correctiveAction: 'Check your credentials.',
  },
  {
    code: 'TransactionFullyRefundedAlready',
    retriable: 'no',
    developerMessage: 'The transaction has already been refunded in full.',
    correctiveAction: 'Refund at most the original transaction amount.',
  },
  {
    code: 'TransactionTypeNotRefundable',
    retriable: 'no',
    developerMessage: 'This kind of transaction cannot be refunded.',
    correctiveAction: 'Only a Pay operation can be refunded.',
  },
  {
    code: 'UnverifiedAccount_Recipient',
    retriable: 'no',
    customerPrompt: 'fps.shopCannotTakePayment',
    developerMessage:
      'The recipient account needs a verified bank account or credit card before this transaction.',
    correctiveAction:
      "The recipient is the merchant, so the merchant has to act, not the customer: add and verify a bank account or credit card on the merchant's Amazon Payments account. The reference's message for the account holder says the account is not active and points to the Amazon Payments website for details. The customer only hears that the shop can't take the payment.",
  },
  {
    code: 'UnverifiedAccount_Sender',
    retriable: 'no',
    customerPrompt: 'fps.addVerifiedPaymentMethod',
    developerMessage:
      'The sender account needs a verified U.S. credit card or verified U.S. bank account before this transaction.',
    correctiveAction:
      'Ask the customer to add a U.S. credit card or bank account, and to verify the bank account, before paying.',
  },
  {
    code: 'UnverifiedBankAccount',
    retriable: 'no',
    developerMessage: 'This transaction needs a verified bank account.',
    correctiveAction: 'Verify the bank account on the Amazon Payments website.',
  },
  {
    code: 'UnverifiedEmailAddress_Caller',
    retriable: 'no',
    developerMessage: 'The caller account has no verified e-mail address.',
    correctiveAction:
      'Verify your e-mail address on the Amazon Payments website before calling the API.',
  },
  {
    code: 'UnverifiedEmailAddress_Recipient',
    retriable: 'no',
    customerPrompt: 'fps.shopCannotTakePayment',
    developerMessage: 'The recipient account needs a verified e-mail address to receive payments.',
    correctiveAction:
      "The recipient is the merchant, so the merchant has to act, not the customer: the reference's message for the account holder says it cannot receive payments until its e-mail address is verified on the Amazon Payments website. The customer only hears that the shop can't take the payment.",
  },
  {
    code: 'UnverifiedEmailAddress_Sender',
    retriable: 'no',
    customerPrompt: 'fps.verifyEmail',
    developerMessage: 'The sender account needs a verified e-mail address for this payment.',
    correctiveAction:
      'Ask the customer to verify their e-mail address on the Amazon Payments website.',
  },
];

export const fpsErrorRows: readonly CatalogRow[] = fpsRows.map(
  ({ code, retriable, customerPrompt, developerMessage, correctiveAction }) => ({
    code,
    contexts: ['fps'],
    httpStatus: undefined,
    errorType: undefined,
    handledBy: 'merchant',
    retriable,
    voicedByAmazonPay: false,
    permissionCard: 'never',
    customerMessageOffered: customerPrompt !== undefined,
    promptKey: customerPrompt ?? 'error.unexpected',
    developerMessage,
    correctiveAction,
  }),
);
