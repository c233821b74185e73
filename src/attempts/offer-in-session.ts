import type { HandlerInput } from 'ask-sdk-core';
import { isRecord } from '../outcome/read';

/** The session attribute under which an offer to try a voice code again waits for its answer. */
export const offerSessionKey = 'ask-sdk-amazon-pay-middleware';

/**
 * Whether session attributes (as the request brought them, or as a handler left them, maybe in
 * an object of the skill's own class) hold an offer.
 */
export function holdsOffer(attributes: unknown): boolean {
  return (
    typeof attributes === 'object' &&
    attributes !== null &&
    Object.hasOwn(attributes, offerSessionKey)
  );
}

/** Whether the session attributes a handler left hold an offer; `false` without a session. */
export function sessionHoldsOffer(handlerInput: HandlerInput): boolean {
  return (
    isRecord(handlerInput.requestEnvelope?.session) &&
    holdsOffer(handlerInput.attributesManager.getSessionAttributes())
  );
}
