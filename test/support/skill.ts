import {
  SkillBuilders,
  type ErrorHandler,
  type HandlerInput,
  type RequestHandler,
} from 'ask-sdk-core';
import type { RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import {
  createAmazonPayMiddleware,
  getPaymentOutcome,
  type AmazonPayLogEvent,
  type AmazonPayMiddlewareOptions,
} from '../../src';

/** The skill's own handlers in every test skill: what they say proves who answered. */
export const skillSays = {
  paymentResult: 'The skill handled the payment result.',
  launch: 'Welcome to the tea house.',
  fallback: 'The skill heard something else.',
  errorHandler: 'The skill error handler answered.',
} as const;

export interface TestSkillOptions {
  readonly middleware?: Partial<AmazonPayMiddlewareOptions>;
  /** Extra handlers of the skill, registered after the middleware. */
  readonly handlers?: RequestHandler[];
  /** Whether the skill has its own handler for Connections.Response. Default true. */
  readonly ownPaymentHandler?: boolean;
  /** Whether the skill has its own catch-all error handler. Default true. */
  readonly ownErrorHandler?: boolean;
  /** Request interceptors of the skill, registered after the middleware's. */
  readonly interceptors?: ((input: HandlerInput) => void)[];
}

export interface TestSkill {
  invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
  readonly events: AmazonPayLogEvent[];
}

const speak = (handlerInput: HandlerInput, text: string): Response =>
  handlerInput.responseBuilder.speak(text).getResponse();

/** A real ASK SDK skill with the middleware registered first, as the README says. */
export function testSkill(options: TestSkillOptions = {}): TestSkill {
  const events: AmazonPayLogEvent[] = [];
  const middleware = createAmazonPayMiddleware({
    merchantName: 'Tea House',
    tokenSecret: 'a-secret-of-at-least-sixteen-chars',
    onError: (event) => {
      events.push(event);
    },
    ...options.middleware,
  });
  const ownPaymentHandler: RequestHandler = {
    canHandle: (input) => input.requestEnvelope.request.type === 'Connections.Response',
    handle: (input) =>
      speak(
        input,
        `${skillSays.paymentResult} ${getPaymentOutcome(input)?.kind ?? 'not a payment'}`,
      ),
  };
  const handlers: RequestHandler[] = [
    ...(options.handlers ?? []),
    ...(options.ownPaymentHandler === false ? [] : [ownPaymentHandler]),
    {
      canHandle: (input) => input.requestEnvelope.request.type === 'LaunchRequest',
      handle: (input) => speak(input, skillSays.launch),
    },
    {
      canHandle: (input) => input.requestEnvelope.request.type === 'IntentRequest',
      handle: (input) => speak(input, skillSays.fallback),
    },
  ];
  const errorHandlers: ErrorHandler[] =
    options.ownErrorHandler === false
      ? []
      : [{ canHandle: () => true, handle: (input) => speak(input, skillSays.errorHandler) }];
  const skill = middleware
    .register(SkillBuilders.custom())
    .addRequestHandlers(...handlers)
    .addErrorHandlers(...errorHandlers)
    .addRequestInterceptors(...(options.interceptors ?? []))
    .create();
  return { invoke: (envelope) => skill.invoke(envelope), events };
}

/** The SSML a response speaks, or undefined for silence. */
export function ssmlOf(envelope: ResponseEnvelope): string | undefined {
  const speech = envelope.response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : undefined;
}
