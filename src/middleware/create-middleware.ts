import type {
  ErrorHandler,
  HandlerInput,
  RequestHandler,
  RequestInterceptor,
  ResponseInterceptor,
} from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { missingSecretEvent } from '../attempts/attempt-events';
import { AttemptStore } from '../attempts/attempt-store';
import { TokenSigner } from '../attempts/token-signer';
import { VoiceCodeOffers } from '../attempts/voice-code-offer';
import { PaymentDirectives } from '../directives/payment-directives';
import type { ChargeInput, SendRequestDirective, SetupInput } from '../directives/payload-types';
import { PromptRenderer } from '../prompts/renderer';
import { Responder } from './answer';
import { AfterTheHandlers, ClassifyPaymentResponse } from './interceptors';
import { safelyLog } from './log-event';
import { resolveOptions, type AmazonPayMiddlewareOptions } from './options';
import { PaymentErrorHandler } from './payment-error-handler';
import { PaymentResponseHandler } from './payment-response-handler';

/** What `register` needs of a skill builder: ask-sdk-core's `CustomSkillBuilder` or ask-sdk's `StandardSkillBuilder`. */
export interface SkillBuilderLike {
  addRequestHandlers(...handlers: RequestHandler[]): unknown;
  addRequestInterceptors(...interceptors: RequestInterceptor[]): unknown;
  addResponseInterceptors(...interceptors: ResponseInterceptor[]): unknown;
  addErrorHandlers(...handlers: ErrorHandler[]): unknown;
}

export interface AmazonPayMiddleware {
  readonly requestInterceptors: readonly RequestInterceptor[];
  readonly requestHandlers: readonly RequestHandler[];
  readonly errorHandlers: readonly ErrorHandler[];
  readonly responseInterceptors: readonly ResponseInterceptor[];
  /**
   * Adds every part to a skill builder and returns the builder. Call it before adding the
   * skill's own handlers, so that the middleware sees Amazon Pay responses first.
   *
   * @example
   * const skill = middleware.register(SkillBuilders.custom()).addRequestHandlers(...mine).create();
   */
  register<Builder extends SkillBuilderLike>(builder: Builder): Builder;
  /** Answers with the localized request to turn on Amazon Pay and the consent card. */
  askForPermission(handlerInput: HandlerInput): Response;
  /**
   * A `Connections.SendRequest` directive named `Setup`, its `@type`s and `@version`s filled in
   * and its token stamped. Rejects with an `AmazonPayValidationError` (the code Amazon Pay would
   * answer, the dotted field) for a payload Amazon Pay would refuse, and with an
   * `AmazonPayPersistenceError` when the persistence adapter fails to keep the payload in time.
   */
  setupDirective(handlerInput: HandlerInput, setup: SetupInput): Promise<SendRequestDirective>;
  /** The same for `Charge`. */
  chargeDirective(handlerInput: HandlerInput, charge: ChargeInput): Promise<SendRequestDirective>;
}

/**
 * Creates the Amazon Pay middleware for an ASK SDK v2 skill. Options are checked now: a
 * mistake throws an `AmazonPayConfigurationError` naming the option, at start-up rather than
 * in front of a customer.
 *
 * @example
 * const middleware = createAmazonPayMiddleware({ merchantName: 'Tea House', tokenSecret: process.env.TOKEN_SECRET });
 * const skill = middleware.register(SkillBuilders.custom()).addRequestHandlers(LaunchHandler).create();
 */
export function createAmazonPayMiddleware(
  options: AmazonPayMiddlewareOptions,
): AmazonPayMiddleware {
  const resolved = resolveOptions(options);
  const renderer = new PromptRenderer(options);
  const responder = new Responder(renderer, resolved.endSessionAfterError);
  if (resolved.tokenSecrets.length === 0) safelyLog(resolved.log, missingSecretEvent());
  const attempts = new AttemptStore(new TokenSigner(resolved.tokenSecrets), {
    ttlSeconds: resolved.tokenTtlSeconds,
    adapter: resolved.persistenceAdapter,
    timeoutMs: resolved.persistenceTimeoutMs,
    log: resolved.log,
  });
  const offers = new VoiceCodeOffers(attempts);
  const directives = new PaymentDirectives(attempts);

  const requestInterceptors = Object.freeze([
    new ClassifyPaymentResponse(resolved.log, resolved, attempts, offers),
  ]);
  const requestHandlers = Object.freeze([
    new PaymentResponseHandler(resolved, responder, attempts, offers, directives),
  ]);
  const errorHandlers = Object.freeze([new PaymentErrorHandler(resolved, responder, offers)]);
  const responseInterceptors = Object.freeze([
    new AfterTheHandlers(offers, responder, resolved.log, directives),
  ]);

  return Object.freeze({
    requestInterceptors,
    requestHandlers,
    errorHandlers,
    responseInterceptors,
    register<Builder extends SkillBuilderLike>(builder: Builder): Builder {
      builder.addRequestInterceptors(...requestInterceptors);
      builder.addRequestHandlers(...requestHandlers);
      builder.addResponseInterceptors(...responseInterceptors);
      builder.addErrorHandlers(...errorHandlers);
      return builder;
    },
    askForPermission(handlerInput: HandlerInput): Response {
      return responder.respond(handlerInput, {
        promptKey: 'permission.request',
        card: true,
        endSession: true,
      });
    },
    setupDirective: (handlerInput: HandlerInput, setup: SetupInput) =>
      directives.build(handlerInput, 'Setup', setup),
    chargeDirective: (handlerInput: HandlerInput, charge: ChargeInput) =>
      directives.build(handlerInput, 'Charge', charge),
  });
}
