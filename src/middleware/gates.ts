import type {
  ErrorHandler,
  HandlerInput,
  RequestHandler,
  RequestInterceptor,
  ResponseInterceptor,
} from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import { holdsOffer, sessionHoldsOffer } from '../attempts/offer-in-session';
import { isPackagePaymentError } from '../errors/payment-errors';
import { paymentPath, type OnFirstUse } from '../on-first-use';
import type { ResolvedOptions } from './options';
import { getPaymentOutcome } from './outcome-store';
import type { PaymentParts } from './payment-parts';

// The parts a skill registers. Each settles the common case (a request, response or error
// that has nothing to do with a payment) with a check or two, and hands the rest to the
// middleware's payment parts, loaded and made when the first payment needs them: a skill starts
// without them, and its other requests never wait for them.

type Directive = NonNullable<Response['directives']>[number];

/** A Setup or Charge directive, whoever built it. */
export function isPaymentDirective(
  directive: Directive,
): directive is interfaces.connections.SendRequestDirective {
  return (
    directive.type === 'Connections.SendRequest' &&
    (directive.name === 'Setup' || directive.name === 'Charge')
  );
}

/** Before any handler: Amazon Pay responses, and requests that find an offer in their session. */
export class RequestInterceptorGate implements RequestInterceptor {
  constructor(private readonly parts: OnFirstUse<PaymentParts>) {}

  process(handlerInput: HandlerInput): void {
    if (
      getPaymentOutcome(handlerInput) !== undefined ||
      holdsOffer(handlerInput.requestEnvelope?.session?.attributes)
    )
      this.parts.get().classifyPaymentResponse.process(handlerInput);
  }
}

/**
 * The middleware's one request handler: it takes the Amazon Pay responses the skill should not
 * have to answer, and the answer to an offer to try a voice code again. One handler for both,
 * so that every other request pays for a single `canHandle`.
 */
export class RequestHandlerGate implements RequestHandler {
  constructor(
    private readonly options: ResolvedOptions,
    private readonly parts: OnFirstUse<PaymentParts>,
  ) {}

  canHandle(handlerInput: HandlerInput): boolean {
    const outcome = getPaymentOutcome(handlerInput);
    // Only the payment parts make offers: before they exist, no request can answer one.
    if (outcome === undefined)
      return this.parts.ifMade()?.offers.answerOf(handlerInput) !== undefined;
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
    return this.parts.get().paymentResponseHandler.handle(handlerInput);
  }
}

/**
 * The middleware's error handler claims only errors it knows: anything thrown while handling an
 * Amazon Pay response, and its own typed errors. Other errors go on to the skill's own error
 * handlers, unless `catchAllErrors` is set.
 */
export class ErrorHandlerGate implements ErrorHandler {
  constructor(
    private readonly options: ResolvedOptions,
    private readonly parts: OnFirstUse<PaymentParts>,
  ) {}

  canHandle(handlerInput: HandlerInput, error: Error): boolean {
    // The only code of the middleware ask-sdk runs on a turn that ends in an error, whichever
    // error handler then answers it: a voice-code offer put back by the skill's own session
    // store, or made before the error, would otherwise leave with that answer.
    try {
      if (sessionHoldsOffer(handlerInput)) this.parts.get().offers.withdraw(handlerInput);
    } catch {
      // ask-sdk rejects the whole request on a throw here: session attributes a hostile skill
      // made unreadable keep what they hold, and the error goes on to be answered.
    }
    return (
      this.options.catchAllErrors ||
      (isPackagePaymentError(error) &&
        paymentPath.get().recognisePaymentError(error) !== undefined) ||
      getPaymentOutcome(handlerInput) !== undefined
    );
  }

  handle(handlerInput: HandlerInput, error: Error): Response {
    return this.parts.get().paymentErrorHandler.handle(handlerInput, error);
  }
}

/** After the handlers: responses that carry a payment directive, and sessions holding an offer. */
export class ResponseInterceptorGate implements ResponseInterceptor {
  constructor(private readonly parts: OnFirstUse<PaymentParts>) {}

  process(handlerInput: HandlerInput, response?: Response): void {
    if (response?.directives?.some(isPaymentDirective) === true || sessionHoldsOffer(handlerInput))
      this.parts.get().afterTheHandlers.process(handlerInput, response);
  }
}
