import { lookupErrorCode } from '../catalog/lookup';
import type { ErrorContext } from '../catalog/types';

/**
 * What Amazon Pay itself says to the customer before the skill receives a voiced code,
 * paraphrased in English (these are not Amazon's words). For transcripts and docs that show
 * the whole exchange: the middleware never says these again.
 */
const amazonPaySays: Readonly<Record<string, string>> = {
  // Only this: updating the device is Amazon's advice to the developer, and no one speaks it.
  UnsupportedClientPlatform: 'apologises that something went wrong.',
  InvalidShippingAddress:
    'says the shipping address (or default 1-Click setting) needs fixing on Amazon, and sends a link to the Alexa app.',
  InvalidAccountStatus: 'apologises that it cannot take orders for this merchant at the moment.',
  RequestThrottled:
    'apologises that something went wrong and asks the customer to try again later.',
  InvalidPaymentMethod:
    'says the default 1-Click payment method or its billing address needs updating, and sends a link to the Alexa app.',
  UnsupportedCustomerAccount:
    "asks the customer to add an e-mail address to their Amazon account's Login & Security settings.",
  CustomerApprovalFailure:
    'says it is still having trouble and points to the Alexa app to look up or reset the voice code.',
  VoicePurchaseNotEnabled:
    "asks the customer to turn on Voice Purchasing in the Alexa app's settings first.",
  TransactionTimedOut:
    'apologises that the payment cannot be completed now and suggests trying later.',
  AmazonRejected: 'apologises that the payment cannot be completed now and suggests trying later.',
  ProcessingFailure:
    'apologises that the payment cannot be completed now and suggests trying later.',
};

/**
 * A paraphrase of what Amazon Pay tells the customer about `code` (in `context`) before the
 * skill is called, or `undefined` when Amazon Pay says nothing about it there.
 *
 * @example amazonPaySpeechFor('RequestThrottled', 'charge')
 */
export function amazonPaySpeechFor(code: string, context: ErrorContext): string | undefined {
  const entry = lookupErrorCode(code, context);
  if (entry === undefined || !entry.voicedByAmazonPay) return undefined;
  const paraphrase = amazonPaySays[entry.code];
  return paraphrase === undefined ? undefined : `Amazon Pay ${paraphrase}`;
}
