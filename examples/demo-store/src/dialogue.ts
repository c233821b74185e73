import type { HandlerInput } from 'ask-sdk-core';
import type { Response, ui } from 'ask-sdk-model';

/** The yes-or-no question the shop asked last in this session. */
export type Question =
  | { readonly kind: 'offer' }
  | { readonly kind: 'confirm-order'; readonly orderId: string }
  | { readonly kind: 'continue-order'; readonly orderId: string };

const questionKey = 'teaHouseQuestion';

/**
 * The question open in this session, if any. Session attributes only say which question was
 * asked; the order itself is read from the table. Requests without a session (some test
 * tools send Connections.Response that way) have none.
 */
export function openQuestion(input: HandlerInput): Question | undefined {
  if (input.requestEnvelope.session === undefined) return undefined;
  const asked: unknown = input.attributesManager.getSessionAttributes()[questionKey];
  if (typeof asked !== 'object' || asked === null) return undefined;
  const { kind, orderId } = asked as { kind?: unknown; orderId?: unknown };
  if (kind === 'offer') return { kind };
  if ((kind === 'confirm-order' || kind === 'continue-order') && typeof orderId === 'string')
    return { kind, orderId };
  return undefined;
}

/** Speaks, asks a question and keeps the session open for the answer. */
export function ask(
  input: HandlerInput,
  speech: string,
  reprompt: string,
  question: Question,
): Response {
  if (input.requestEnvelope.session !== undefined) {
    input.attributesManager.setSessionAttributes({
      ...input.attributesManager.getSessionAttributes(),
      [questionKey]: question,
    });
  }
  return input.responseBuilder.speak(speech).reprompt(reprompt).getResponse();
}

/** Speaks, shows a card if given, and ends the session. */
export function end(input: HandlerInput, speech: string, card?: ui.SimpleCard): Response {
  if (card !== undefined)
    input.responseBuilder.withSimpleCard(card.title ?? '', card.content ?? '');
  return input.responseBuilder.speak(speech).withShouldEndSession(true).getResponse();
}
