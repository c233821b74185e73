import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { AttemptStore } from '../attempts/attempt-store';
import { attemptMatters, turnOf, type StepSettings } from '../attempts/decide-next-step';
import type { VoiceCodeOffers } from '../attempts/voice-code-offer';
import type { PaymentDirectives } from '../directives/payment-directives';
import { isPaymentDirective } from './gates';
import { isJapanesePayload } from './japanese-marketplace';
import { isJapaneseRequest, type Responder } from './answer';
import { logEvent, type AmazonPayLogger } from './log-event';
import { safelyLog } from './log-hook';
import { agreementNotOpenEvent } from './outcome-events';
import { getPaymentOutcome } from './outcome-store';
import { isAmazonPayPermissionGranted } from './permissions';

/**
 * Before any handler runs: takes a waiting voice-code offer out of the session (kept for this
 * request only if it answers it), classifies Amazon Pay responses, notes a Setup whose billing
 * agreement is not Open in the developer log, and lets go of the attempt behind an answer that
 * ends it. Nothing here waits for the store.
 */
export class ClassifyPaymentResponse implements RequestInterceptor {
  constructor(
    private readonly log: AmazonPayLogger,
    private readonly settings: StepSettings,
    private readonly attempts: AttemptStore,
    private readonly offers: VoiceCodeOffers,
  ) {}

  process(handlerInput: HandlerInput): void {
    this.offers.take(handlerInput);
    const outcome = getPaymentOutcome(handlerInput);
    if (outcome === undefined) return;
    if (
      outcome.kind === 'success' &&
      outcome.operation === 'Setup' &&
      outcome.billingAgreementStatus !== 'OPEN'
    ) {
      safelyLog(this.log, agreementNotOpenEvent(handlerInput, outcome));
    }
    // The response handler reads, and then ends, the attempts whose next step depends on them.
    if (!attemptMatters(outcome, this.settings, turnOf(handlerInput)))
      this.attempts.forget(handlerInput, outcome.token);
  }
}

/**
 * After the handlers, in one step (every interceptor ask-sdk awaits costs every request):
 * a voice-code offer leaves in the session attributes only from the turn that made it, so it
 * lasts one turn whatever the skill does with its session attributes; and in Japan, where
 * Amazon Pay sends no permission card itself, a Setup or Charge directive going out without the
 * customer's permission is replaced, in place, by the localized request and the consent card.
 * Sees what request handlers return only (ask-sdk runs no response interceptor on what an
 * error handler returns).
 */
export class AfterTheHandlers implements ResponseInterceptor {
  constructor(
    private readonly offers: VoiceCodeOffers,
    private readonly responder: Responder,
    private readonly log: AmazonPayLogger,
    private readonly directivesBuilt: PaymentDirectives,
  ) {}

  process(handlerInput: HandlerInput, response?: Response): void {
    this.offers.keepToItsTurn(handlerInput);
    this.requestPermissionInJapan(handlerInput, response);
  }

  private requestPermissionInJapan(handlerInput: HandlerInput, response?: Response): void {
    const directives = response?.directives;
    if (response === undefined || directives === undefined || directives.length === 0) return;
    const payment = directives.find(isPaymentDirective);
    if (payment === undefined || this.directivesBuilt.isResent(payment)) return;
    // A Setup that just succeeded proves the permission, whatever the envelope shows.
    if (getPaymentOutcome(handlerInput)?.kind === 'success') return;
    if (!isJapaneseRequest(handlerInput) && !isJapanesePayload(payment.payload)) return;
    if (isAmazonPayPermissionGranted(handlerInput)) return;

    // The directive never goes out, so nothing is bought: the request says so.
    const request = this.responder.respond(handlerInput, {
      promptKey: 'permission.requestAfterRefusal',
      card: true,
      endSession: true,
    });
    const others = directives.filter((directive) => directive !== payment);
    if (others.length === 0) delete response.directives;
    else response.directives = others;
    delete response.reprompt;
    response.outputSpeech = request.outputSpeech;
    response.card = request.card;
    response.shouldEndSession = true;
    safelyLog(
      this.log,
      logEvent(handlerInput, 'permission-requested', undefined, {
        context: 'permission',
        operation: payment.name as 'Setup' | 'Charge',
        handledBy: 'merchant',
        message: `A ${payment.name} directive was about to go out in Japan without the customer's Amazon Pay permission.`,
        correctiveAction:
          'None: the middleware asked for the permission and sent the consent card instead of the directive.',
      }),
    );
  }
}
