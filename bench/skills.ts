import {
  getIntentName,
  getRequestType,
  SkillBuilders,
  type HandlerInput,
  type RequestHandler,
} from 'ask-sdk-core';
import i18next, { type Resource } from 'i18next';
import { createAmazonPayMiddleware, promptResources } from 'ask-sdk-amazon-pay-middleware';

const noLog = () => undefined;
const middlewareOptions = {
  merchantName: 'Tea House',
  tokenSecret: 'a benchmark secret of 32 characters',
  onError: noLog,
};
export const sorry =
  'Sorry, Tea House cannot complete purchases right now, so nothing was bought. Please try again later.';

const intentIs = (input: HandlerInput, name: string) =>
  getRequestType(input.requestEnvelope) === 'IntentRequest' &&
  getIntentName(input.requestEnvelope) === name;

/** The handlers of a typical small skill: each looks at the request, as real ones do. */
const typicalHandlers = (): RequestHandler[] => [
  {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) =>
      input.responseBuilder.speak('Welcome to Tea House.').reprompt('Buy tea?').getResponse(),
  },
  {
    canHandle: (input) => intentIs(input, 'BuyIntent'),
    handle: (input) => input.responseBuilder.speak('Buying.').getResponse(),
  },
  {
    canHandle: (input) => intentIs(input, 'AMAZON.HelpIntent'),
    handle: (input) => input.responseBuilder.speak('You can buy tea here.').getResponse(),
  },
  {
    canHandle: () => true,
    handle: (input) => input.responseBuilder.speak('Sorry, I did not get that.').getResponse(),
  },
];

export type Invocable = { invoke(envelope: never): Promise<unknown> };

/** The typical skill without the middleware. */
export const typicalSkill = (): Invocable =>
  SkillBuilders.custom()
    .addRequestHandlers(...typicalHandlers())
    .create();

/** The same skill with the middleware registered first, as the README says. */
export const typicalSkillWithMiddleware = (): Invocable =>
  createAmazonPayMiddleware(middlewareOptions)
    .register(SkillBuilders.custom())
    .addRequestHandlers(...typicalHandlers())
    .create();

/**
 * The least any middleware of this shape can cost: the typical skill plus a request interceptor
 * that does nothing, a handler that never matches and a response interceptor that does nothing,
 * each awaited by ask-sdk-core on every request.
 */
export const designFloorSkill = (): Invocable =>
  SkillBuilders.custom()
    .addRequestInterceptors({ process: () => undefined })
    .addRequestHandlers(
      { canHandle: () => false, handle: (input) => input.responseBuilder.getResponse() },
      ...typicalHandlers(),
    )
    .addResponseInterceptors({ process: () => undefined })
    .create();

/** A skill whose one handler speaks a constant sentence: the floor of any answer. */
export const constantSentenceSkill = (): Invocable =>
  SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: () => true,
      handle: (input) => input.responseBuilder.speak(sorry).getResponse(),
    })
    .create();

/** A pattern common in skills: an i18next instance created and initialised for every request. */
export const i18nextPerRequestSkill = (): Invocable =>
  SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: () => true,
      handle(input: HandlerInput) {
        const translator = i18next.createInstance();
        void translator.init({
          initAsync: false,
          resources: structuredClone(promptResources) as unknown as Resource,
          ns: ['amazonpay'],
          defaultNS: 'amazonpay',
          lng: (input.requestEnvelope.request as { locale?: string }).locale ?? 'en-US',
        });
        return input.responseBuilder
          .speak(translator.t('error.shopCannotTakePayments', { merchantName: 'Tea House' }))
          .getResponse();
      },
    })
    .create();
