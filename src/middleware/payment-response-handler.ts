import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { ErrorCatalogEntry } from '../catalog/types';
import type { PaymentOutcome } from '../outcome/types';
import type { PromptKey } from '../prompts/prompt-keys';
import { answerForEntry, isJapaneseRequest, type Responder } from './answer';
import { safelyLog } from './log-event';
import type { ResolvedOptions } from './options';
import { declineEvent, errorEvent, malformedEvent } from './outcome-events';
import { getPaymentOutcome } from './outcome-store';

type Answering = (handlerInput: HandlerInput) => Response | Promise<Response>;

/**
 * Answers the Amazon Pay responses a skill should not have to: declines, errors and malformed
 * responses, and successes or pending charges the skill gave a callback for. Everything else
 * goes on to the skill's own handlers.
 */
export class PaymentResponseHandler implements RequestHandler {
  constructor(
    private readonly options: ResolvedOptions,
    private readonly responder: Responder,
  ) {}

  canHandle(handlerInput: HandlerInput): boolean {
    const outcome = getPaymentOutcome(handlerInput);
    return outcome !== undefined && this.answeringFor(outcome) !== undefined;
  }

  handle(handlerInput: HandlerInput): Response | Promise<Response> {
    const outcome = getPaymentOutcome(handlerInput);
    const answering = outcome === undefined ? undefined : this.answeringFor(outcome);
    return answering === undefined
      ? this.answer(handlerInput, undefined, 'error.generic')
      : answering(handlerInput);
  }

  /** Who answers an outcome here: a callback of the skill, the middleware, or nobody. */
  private answeringFor(outcome: PaymentOutcome): Answering | undefined {
    const { onSetupSuccess, onChargeSuccess, onChargePending, log } = this.options;
    switch (outcome.kind) {
      case 'success':
        if (outcome.operation === 'Setup')
          return onSetupSuccess && ((input) => onSetupSuccess(input, outcome));
        return onChargeSuccess && ((input) => onChargeSuccess(input, outcome));
      case 'pending':
        return onChargePending && ((input) => onChargePending(input, outcome));
      case 'decline':
        return (input) => {
          safelyLog(log, declineEvent(input, outcome));
          return this.answer(input, outcome.entry, 'followUp.declinedTryLater');
        };
      case 'error':
        return (input) => {
          safelyLog(log, errorEvent(input, outcome));
          return this.answer(input, outcome.entry, 'error.generic');
        };
      case 'unknown':
        return (input) => {
          safelyLog(log, malformedEvent(input, outcome));
          return this.answer(input, undefined, 'error.generic');
        };
    }
  }

  private answer(
    handlerInput: HandlerInput,
    entry: ErrorCatalogEntry | undefined,
    fallback: PromptKey,
  ): Response {
    const answer = answerForEntry(
      entry,
      fallback,
      isJapaneseRequest(handlerInput),
      this.options.silentAfterAmazonPay,
    );
    return this.responder.respond(handlerInput, answer);
  }
}
