import { getUserId, type HandlerInput, type ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { getPaymentOutcome } from 'ask-sdk-amazon-pay-middleware';
import type { Order } from '../orders/order';
import { speech } from '../say';
import type { StoreContext } from '../store-context';

/**
 * The order a declined Charge leaves behind. The middleware has already answered the decline;
 * this keeps a soft-declined order in the cart (the sandbox sends a soft decline as a 400
 * InvalidPaymentMethod) and cancels a hard-declined one.
 */
async function settleDecline(
  input: HandlerInput,
  { orders }: StoreContext,
): Promise<Order | undefined> {
  const outcome = getPaymentOutcome(input);
  if (outcome?.operation !== 'Charge') return undefined;
  if (outcome.kind === 'decline') {
    const reference = outcome.result.authorizationDetails.authorizationReferenceId;
    if (outcome.softDecline) return orders.keepForLater(reference);
    await orders.cancelDeclined(reference);
    return undefined;
  }
  if (outcome.kind === 'error' && outcome.entry?.code === 'InvalidPaymentMethod')
    return orders.keepChargingOrderOf(getUserId(input.requestEnvelope));
  return undefined;
}

/** Adds a sentence to what the middleware says, or says it alone after a silent answer. */
function addSentence(response: Response, sentence: string, locale: string): void {
  const said =
    response.outputSpeech?.type === 'SSML' ? response.outputSpeech.ssml : '<speak></speak>';
  // Japanese sentences follow one another without a space.
  const space = said === '<speak></speak>' || locale === 'ja-JP' ? '' : ' ';
  response.outputSpeech = {
    type: 'SSML',
    ssml: said.replace(/\s*<\/speak>\s*$/, `${space}${sentence}</speak>`),
  };
}

/** After a soft decline, the customer hears that the order is kept for the next visit. */
export function settleDeclines(store: StoreContext): ResponseInterceptor {
  return {
    async process(input, response) {
      try {
        const kept = await settleDecline(input, store);
        if (kept !== undefined && response !== undefined)
          addSentence(response, speech(kept.locale, 'keptAfterDecline'), kept.locale);
      } catch (error) {
        // The decline has been answered; an order the store could not update is not promised.
        store.onStoreError(error);
      }
    },
  };
}
