import type {
  ErrorHandler,
  HandlerInput,
  RequestHandler,
  RequestInterceptor,
  ResponseInterceptor,
} from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { ChargeInput, SendRequestDirective, SetupInput } from '../directives/payload-types';
import { OnFirstUse, paymentPath } from '../on-first-use';
import { checkPromptOptions } from '../prompts/prompt-options';
import {
  ErrorHandlerGate,
  RequestHandlerGate,
  RequestInterceptorGate,
  ResponseInterceptorGate,
} from './gates';
import { safelyLog } from './log-hook';
import { resolveOptions, type AmazonPayMiddlewareOptions } from './options';

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
 * in front of a customer. What only payments need is made when the first one comes.
 *
 * @example
 * const middleware = createAmazonPayMiddleware({ merchantName: 'Tea House', tokenSecret: process.env.TOKEN_SECRET });
 * const skill = middleware.register(SkillBuilders.custom()).addRequestHandlers(LaunchHandler).create();
 */
export function createAmazonPayMiddleware(
  options: AmazonPayMiddlewareOptions,
): AmazonPayMiddleware {
  const resolved = resolveOptions(options);
  const prompts = checkPromptOptions(options);
  if (resolved.tokenSecrets.length === 0)
    safelyLog(resolved.log, paymentPath.get().missingSecretEvent());
  const parts = new OnFirstUse(() => paymentPath.get().createPaymentParts(resolved, prompts));

  const requestInterceptors = Object.freeze([new RequestInterceptorGate(parts)]);
  const requestHandlers = Object.freeze([new RequestHandlerGate(resolved, parts)]);
  const errorHandlers = Object.freeze([new ErrorHandlerGate(resolved, parts)]);
  const responseInterceptors = Object.freeze([new ResponseInterceptorGate(parts)]);

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
      return parts.get().responder.respond(handlerInput, {
        promptKey: 'permission.request',
        card: true,
        endSession: true,
      });
    },
    setupDirective: (handlerInput: HandlerInput, setup: SetupInput) =>
      parts.get().directives.build(handlerInput, 'Setup', setup),
    chargeDirective: (handlerInput: HandlerInput, charge: ChargeInput) =>
      parts.get().directives.build(handlerInput, 'Charge', charge),
  });
}
