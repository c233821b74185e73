import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { resendEvent } from '../attempts/attempt-events';
import type { AttemptStore } from '../attempts/attempt-store';
import {
  attemptMatters,
  decideNextStep,
  turnOf,
  type AnsweredOutcome,
  type NextStep,
} from '../attempts/decide-next-step';
import type { VoiceCodeOffers } from '../attempts/voice-code-offer';
import type { PaymentDirectives } from '../directives/payment-directives';
import { isUnconfirmedCharge } from '../outcome/unconfirmed';
import type { Answer, Responder } from './answer';
import type { UnconfirmedChargeOutcome } from '../outcome/types';
import { safelyLog } from './log-hook';
import type { ResolvedOptions } from './options';
import {
  declineEvent,
  errorEvent,
  malformedEvent,
  referenceIdAnswered,
  referenceIdSent,
  unconfirmedEvent,
} from './outcome-events';
import { getPaymentOutcome } from './outcome-store';

/**
 * Answers the Amazon Pay responses a skill should not have to: declines, errors (resending the
 * identical directive where that is worth it), unreadable responses, and successes or pending
 * charges the skill gave a callback for; and the customer's yes or no after the middleware
 * offered to try a failed voice code again. Which requests those are, the registered handler
 * decides (see gates.ts).
 */
export class PaymentResponseHandler {
  constructor(
    private readonly options: ResolvedOptions,
    private readonly responder: Responder,
    private readonly attempts: AttemptStore,
    private readonly offers: VoiceCodeOffers,
    private readonly directives: PaymentDirectives,
  ) {}

  handle(handlerInput: HandlerInput): Response | Promise<Response> {
    const outcome = getPaymentOutcome(handlerInput);
    if (outcome === undefined) return this.answerOffer(handlerInput);
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
        return this.takeNextStep(handlerInput, outcome);
      case 'error':
        safelyLog(log, errorEvent(handlerInput, outcome));
        return this.takeNextStep(handlerInput, outcome);
      case 'unknown':
        if (isUnconfirmedCharge(outcome)) return this.answerUnconfirmed(handlerInput, outcome);
        safelyLog(log, malformedEvent(handlerInput, outcome));
        return this.takeNextStep(handlerInput, outcome);
    }
    // The gate said no one here answers this outcome; should ask-sdk call anyway, be kind.
    return this.respond(handlerInput, { promptKey: 'error.unexpected', card: false });
  }

  /**
   * A Charge that may have been paid: the log names the order by the reference id in Amazon
   * Pay's answer or, only when the answer has none, in the payload sent (a read within the
   * store's time limit). Its attempt is over either way.
   */
  private answerUnconfirmed(
    handlerInput: HandlerInput,
    outcome: UnconfirmedChargeOutcome,
  ): Response | Promise<Response> {
    const answerWith = (reference: string | undefined): Response => {
      safelyLog(this.options.log, unconfirmedEvent(handlerInput, outcome, reference));
      const step = decideNextStep(outcome, undefined, this.options, turnOf(handlerInput));
      return this.take(handlerInput, outcome, step, true);
    };
    const answered = referenceIdAnswered(handlerInput);
    if (answered !== undefined) return answerWith(answered);
    return this.attempts
      .sentPayload(handlerInput, 'Charge', outcome.token)
      .then((payload) => answerWith(referenceIdSent(payload)));
  }

  /**
   * Opens the attempt behind the outcome when the next step depends on it (once, and only
   * then: most answers need no read), decides the step and takes it.
   */
  private takeNextStep(
    handlerInput: HandlerInput,
    outcome: AnsweredOutcome,
  ): Response | Promise<Response> {
    const turn = turnOf(handlerInput);
    if (!attemptMatters(outcome, this.options, turn)) {
      const step = decideNextStep(outcome, undefined, this.options, turn);
      return this.take(handlerInput, outcome, step, false);
    }
    return this.attempts.open(handlerInput, outcome.operation, outcome.token).then((attempt) => {
      const step = decideNextStep(outcome, attempt, this.options, turn);
      return this.take(handlerInput, outcome, step, true);
    });
  }

  private take(
    handlerInput: HandlerInput,
    outcome: AnsweredOutcome,
    step: NextStep,
    opened: boolean,
  ): Response {
    switch (step.kind) {
      case 'resend': {
        // Only a server error is resent; the check tells the compiler so.
        if (outcome.kind === 'error') {
          const { maxRetries } = this.options.retry;
          const event = resendEvent(handlerInput, outcome, step.attempt.serverResends, maxRetries);
          safelyLog(this.options.log, event);
        }
        const response: Response = {
          directives: [this.directives.resend(handlerInput, step.attempt)],
          shouldEndSession: true,
        };
        if (this.options.retry.sayOneMoment)
          response.outputSpeech = this.respond(handlerInput, {
            promptKey: 'resend.oneMoment',
            card: false,
          }).outputSpeech;
        return response;
      }
      case 'offer-voice-code-retry':
        this.offers.make(
          handlerInput,
          step.attempt.operation,
          this.attempts.tokenFor(handlerInput, step.attempt),
        );
        return this.respond(handlerInput, step.question);
      case 'answer':
        // The attempt is over. One the step did not depend on was let go of already.
        if (opened) this.attempts.forget(handlerInput, outcome.token);
        return this.respond(handlerInput, step.answer);
    }
  }

  /** Resends the identical directive on yes (if its attempt can still be read); ends politely on no. */
  private answerOffer(handlerInput: HandlerInput): Response | Promise<Response> {
    const answer = this.offers.answerOf(handlerInput);
    if (answer?.yes !== true) {
      this.attempts.forget(handlerInput, answer?.token);
      return this.respond(handlerInput, {
        promptKey: 'voiceCodeOffer.customerSaidNo',
        card: false,
        endSession: true,
      });
    }
    return this.attempts.open(handlerInput, answer.operation, answer.token).then((attempt) => {
      if (attempt === undefined) {
        // Its record, if one is left (a read that timed out), goes with the attempt.
        this.attempts.forget(handlerInput, answer.token);
        return this.respond(handlerInput, {
          promptKey: 'error.unexpected',
          card: false,
          endSession: true,
        });
      }
      const tryAgain = { ...attempt, voiceRetries: attempt.voiceRetries + 1 };
      return {
        directives: [this.directives.resend(handlerInput, tryAgain)],
        shouldEndSession: true,
      };
    });
  }

  private respond(handlerInput: HandlerInput, answer: Answer): Response {
    return this.responder.respond(handlerInput, answer);
  }
}
