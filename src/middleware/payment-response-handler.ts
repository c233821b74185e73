import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { AttemptTokens } from '../directives/attempt-tokens';
import type { ErrorCatalogEntry } from '../catalog/types';
import type { ErrorOutcome } from '../outcome/types';
import type { PromptKey } from '../prompts/prompt-keys';
import { answerForEntry, isJapaneseRequest, type Responder } from './answer';
import { isJapanesePayload } from './japanese-marketplace';
import { safelyLog } from './log-event';
import type { ResolvedOptions } from './options';
import { declineEvent, errorEvent, malformedEvent } from './outcome-events';
import { getPaymentOutcome } from './outcome-store';
import type { Retries } from './retries';

/**
 * Answers the Amazon Pay responses a skill should not have to: declines, errors (resending the
 * identical directive where that is worth it) and malformed responses, and successes or pending
 * charges the skill gave a callback for; and the customer's yes or no after the middleware
 * offered to try a failed voice code again. Everything else goes on to the skill's own handlers.
 * One handler for both, so that every other request pays for a single `canHandle`.
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
    if (outcome === undefined) return this.retries.isAnswerToOffer(handlerInput);
    const { onSetupSuccess, onChargeSuccess, onChargePending } = this.options;
    switch (outcome.kind) {
      case 'success':
        return (outcome.operation === 'Setup' ? onSetupSuccess : onChargeSuccess) !== undefined;
      case 'pending':
        return onChargePending !== undefined;
      default:
        return true;
    }
  }

  handle(handlerInput: HandlerInput): Response | Promise<Response> {
    const outcome = getPaymentOutcome(handlerInput);
    if (outcome === undefined) return this.retries.answerOffer(handlerInput);
    const { onSetupSuccess, onChargeSuccess, onChargePending, log } = this.options;
    switch (outcome.kind) {
      case 'success':
        if (outcome.operation === 'Setup' && onSetupSuccess !== undefined)
          return onSetupSuccess(handlerInput, outcome);
        if (outcome.operation === 'Charge' && onChargeSuccess !== undefined)
          return onChargeSuccess(handlerInput, outcome);
        break;
      case 'pending':
        if (onChargePending !== undefined) return onChargePending(handlerInput, outcome);
        break;
      case 'decline':
        safelyLog(log, declineEvent(handlerInput, outcome));
        return this.answer(
          handlerInput,
          outcome.entry,
          'afterAmazonPaySpoke.declined',
          isJapaneseRequest(handlerInput),
        );
      case 'error':
        safelyLog(log, errorEvent(handlerInput, outcome));
        return this.answerError(handlerInput, outcome);
      case 'unknown':
        safelyLog(log, malformedEvent(handlerInput, outcome));
        return this.answer(handlerInput, undefined, 'error.unexpected', false);
    }
    // canHandle said no one here answers this outcome; should ask-sdk call anyway, be kind.
    return this.answer(handlerInput, undefined, 'error.unexpected', false);
  }

  /** Answers an error: synchronously in the common case, through promises only where a token must be read. */
  private answerError(
    handlerInput: HandlerInput,
    outcome: ErrorOutcome,
  ): Response | Promise<Response> {
    const resend = this.retries.resendAfterError(handlerInput, outcome);
    if (resend !== undefined)
      return resend.then((response) => response ?? this.answerUnsent(handlerInput, outcome));
    return this.answerUnsent(handlerInput, outcome);
  }

  private answerUnsent(
    handlerInput: HandlerInput,
    outcome: ErrorOutcome,
  ): Response | Promise<Response> {
    const { entry } = outcome;
    if (entry?.code === 'CustomerApprovalFailure' && !this.options.silentAfterAmazonPay) {
      return this.retries
        .offerVoiceCodeRetry(handlerInput, outcome)
        .then((offered) =>
          offered
            ? this.answer(handlerInput, entry, 'error.unexpected', false)
            : this.answer(handlerInput, undefined, 'afterAmazonPaySpoke.nothingBought', false),
        );
    }
    if (isJapaneseRequest(handlerInput) || entry?.permissionCard !== 'japan') {
      return this.answer(handlerInput, entry, 'error.unexpected', isJapaneseRequest(handlerInput));
    }
    // Only Japan calls for a card here, and the request does not say Japan: the payload sent may.
    return this.tokens.open(handlerInput, outcome.operation, outcome.token).then((attempt) => {
      const inJapan = attempt !== undefined && isJapanesePayload(JSON.parse(attempt.payload));
      return this.answer(handlerInput, entry, 'error.unexpected', inJapan);
    });
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
