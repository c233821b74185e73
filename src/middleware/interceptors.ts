import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import type { PaymentDirectives } from '../directives/payment-directives';
import { isJapanesePayload } from './japanese-marketplace';
import { isJapaneseRequest, type Responder } from './answer';
import { logEvent, safelyLog, type AmazonPayLogger } from './log-event';
import { agreementNotOpenEvent } from './outcome-events';
import { getPaymentOutcome } from './outcome-store';
import { isAmazonPayPermissionGranted } from './permissions';
import type { Retries } from './retries';

/**
 * Classifies Amazon Pay responses before any handler runs (any other request costs one type
 * check), notes a Setup whose billing agreement is not Open in the developer log, and lets go
 * of a stored payload once its attempt is over.
 */
export class ClassifyPaymentResponse implements RequestInterceptor {
  constructor(
    private readonly log: AmazonPayLogger,
    private readonly retries: Retries,
  ) {}

  process(handlerInput: HandlerInput): void | Promise<void> {
    const outcome = getPaymentOutcome(handlerInput);
    if (outcome === undefined) return;
    if (
      outcome.kind === 'success' &&
      outcome.operation === 'Setup' &&
      outcome.billingAgreementStatus !== 'OPEN'
    ) {
      safelyLog(this.log, agreementNotOpenEvent(handlerInput, outcome));
    }
    return this.retries.finish(outcome);
  }
}

type Directive = NonNullable<Response['directives']>[number];

function isPaymentDirective(
  directive: Directive,
): directive is interfaces.connections.SendRequestDirective {
  return (
    directive.type === 'Connections.SendRequest' &&
    (directive.name === 'Setup' || directive.name === 'Charge')
  );
}

/**
 * In Japan, Amazon Pay sends no permission card itself: a Setup or Charge directive going out
 * without the customer's permission is replaced, in place, by the localized request and the
 * consent card. Sees directives from request handlers only (ask-sdk runs no response
 * interceptor on what an error handler returns).
 */
export class RequestPermissionInJapan implements ResponseInterceptor {
  constructor(
    private readonly responder: Responder,
    private readonly log: AmazonPayLogger,
    private readonly directivesBuilt: PaymentDirectives,
  ) {}

  process(handlerInput: HandlerInput, response?: Response): void {
    const directives = response?.directives;
    if (response === undefined || directives === undefined || directives.length === 0) return;
    const payment = directives.find(isPaymentDirective);
    if (payment === undefined || this.directivesBuilt.isResent(payment)) return;
    // A Setup that just succeeded proves the permission, whatever the envelope shows.
    if (getPaymentOutcome(handlerInput)?.kind === 'success') return;
    if (!isJapaneseRequest(handlerInput) && !isJapanesePayload(payment.payload)) return;
    if (isAmazonPayPermissionGranted(handlerInput)) return;

    const request = this.responder.respond(handlerInput, {
      promptKey: 'permission.request',
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
