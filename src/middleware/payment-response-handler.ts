import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { AttemptTokens } from '../directives/attempt-tokens';
import type { ErrorCatalogEntry } from '../catalog/types';
import type { ErrorOutcome, PaymentOutcome } from '../outcome/types';
import type { PromptKey } from '../prompts/prompt-keys';
import { answerForEntry, isJapaneseRequest, type Responder } from './answer';
import { isJapanesePayload } from './japanese-marketplace';
import { safelyLog } from './log-event';
import type { ResolvedOptions } from './options';
import { declineEvent, errorEvent, malformedEvent } from './outcome-events';
import { getPaymentOutcome } from './outcome-store';
import type { Retries } from './retries';

type Answering = (handlerInput: HandlerInput) => Response | Promise<Response>;

/**
 * Answers the Amazon Pay responses a skill should not have to: declines, errors (resending the
 * identical directive where that is worth it) and malformed responses, and successes or pending
 * charges the skill gave a callback for. Everything else goes on to the skill's own handlers.
 */
export class PaymentResponseHandler implements RequestHandler {
  constructor(
    private readonly options: ResolvedOptions,
    private readonly responder: Responder,
    private readonly retries: Retries,
    private readonly tokens: AttemptTokens,
  ) {}

  canHandle(handlerInput: HandlerInput): boolean {
    const outcome = getPaymentOutcome(handlerInput);
    return outcome !== undefined && this.answeringFor(outcome) !== undefined;
  }

  handle(handlerInput: HandlerInput): Response | Promise<Response> {
    const outcome = getPaymentOutcome(handlerInput);
    const answering = outcome === undefined ? undefined : this.answeringFor(outcome);
    return answering === undefined
      ? this.answer(handlerInput, undefined, 'error.generic', false)
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
          return this.answer(
            input,
            outcome.entry,
            'followUp.declinedTryLater',
            isJapaneseRequest(input),
          );
        };
      case 'error':
        return (input) => {
          safelyLog(log, errorEvent(input, outcome));
          return this.answerError(input, outcome);
        };
      case 'unknown':
        return (input) => {
          safelyLog(log, malformedEvent(input, outcome));
          return this.answer(input, undefined, 'error.generic', false);
        };
    }
  }

  private async answerError(handlerInput: HandlerInput, outcome: ErrorOutcome): Promise<Response> {
    const resend = await this.retries.resendAfterError(handlerInput, outcome);
    if (resend !== undefined) return resend;
    const { entry } = outcome;
    if (entry?.code === 'CustomerApprovalFailure' && !this.options.silentAfterAmazonPay) {
      const offered = await this.retries.offerVoiceCodeRetry(handlerInput, outcome);
      if (!offered) return this.answer(handlerInput, undefined, 'followUp.nothingBought', false);
    }
    return this.answer(
      handlerInput,
      entry,
      'error.generic',
      await this.inJapan(handlerInput, outcome),
    );
  }

  /** Japan, by the request's locale or, where only Japan calls for a card, by the payload sent. */
  private async inJapan(handlerInput: HandlerInput, outcome: ErrorOutcome): Promise<boolean> {
    if (isJapaneseRequest(handlerInput)) return true;
    if (outcome.entry?.permissionCard !== 'japan') return false;
    const attempt = await this.tokens.open(handlerInput, outcome.operation, outcome.token);
    return attempt !== undefined && isJapanesePayload(JSON.parse(attempt.payload));
  }

  private answer(
    handlerInput: HandlerInput,
    entry: ErrorCatalogEntry | undefined,
    fallback: PromptKey,
    inJapan: boolean,
  ): Response {
    const answer = answerForEntry(entry, fallback, inJapan, this.options.silentAfterAmazonPay);
    return this.responder.respond(handlerInput, answer);
  }
}
