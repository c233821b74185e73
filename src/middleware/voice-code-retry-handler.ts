import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Retries } from './retries';

/**
 * Answers the customer's yes or no after the middleware asked whether to try a failed voice
 * code again: yes resends the identical directive, no ends politely. Any other answer goes to
 * the skill.
 */
export class VoiceCodeRetryHandler implements RequestHandler {
  constructor(private readonly retries: Retries) {}

  canHandle(handlerInput: HandlerInput): boolean {
    return this.retries.isAnswerToOffer(handlerInput);
  }

  handle(handlerInput: HandlerInput): Promise<Response> {
    return this.retries.answerOffer(handlerInput);
  }
}
