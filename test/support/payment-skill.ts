import { SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  createAmazonPayMiddleware,
  type AmazonPayLogEvent,
  type AmazonPayMiddlewareOptions,
  type ChargeInput,
  type SetupInput,
} from '../../src';
import {
  amazonPayErrorEnvelope,
  connectionsResponseEnvelope,
  intentRequestEnvelope,
  type EnvelopeOptions,
} from '../../src/testing';

export const setupInput: SetupInput = {
  sellerId: 'A1SELLER',
  countryOfEstablishment: 'US',
  ledgerCurrency: 'USD',
  checkoutLanguage: 'en_US',
  sandboxMode: true,
  sandboxCustomerEmailId: 'buyer@example.com',
  billingAgreementAttributes: {
    sellerNote: 'Tea subscription',
    sellerBillingAgreementAttributes: { sellerBillingAgreementId: 'BA-1', storeName: 'Tea House' },
  },
  needAmazonShippingAddress: true,
};

export const chargeInput: ChargeInput = {
  sellerId: 'A1SELLER',
  billingAgreementId: 'C01-0000000-0000001',
  paymentAction: 'AuthorizeAndCapture',
  authorizeAttributes: {
    authorizationReferenceId: 'order-0001',
    authorizationAmount: { amount: '12.50', currencyCode: 'USD' },
    softDescriptor: 'Tea House',
    sellerAuthorizationNote: 'One box of green tea',
  },
  sellerOrderAttributes: {
    sellerOrderId: 'order-0001',
    storeName: 'Tea House',
    sellerNote: 'Thank you',
  },
};

export type SendRequest = interfaces.connections.SendRequestDirective;

/** A skill in one "container": its BuyIntent charges, its SetupIntent sets up, with helpers. */
export function storeSkill(
  options: Partial<AmazonPayMiddlewareOptions> = {},
  charge: ChargeInput = chargeInput,
) {
  const events: AmazonPayLogEvent[] = [];
  const middleware = createAmazonPayMiddleware({
    merchantName: 'Tea House',
    tokenSecret: 'a-secret-of-at-least-sixteen-chars',
    onError: (event) => {
      events.push(event);
    },
    ...options,
  });
  const answerWith = async (input: HandlerInput, directive: Promise<SendRequest>) =>
    input.responseBuilder
      .addDirective(await directive)
      .withShouldEndSession(true)
      .getResponse();
  const skill = middleware
    .register(SkillBuilders.custom())
    .addRequestHandlers(
      {
        canHandle: (input) =>
          input.requestEnvelope.request.type === 'IntentRequest' &&
          input.requestEnvelope.request.intent.name === 'BuyIntent',
        handle: (input) => answerWith(input, middleware.chargeDirective(input, charge)),
      },
      {
        canHandle: (input) =>
          input.requestEnvelope.request.type === 'IntentRequest' &&
          input.requestEnvelope.request.intent.name === 'SetupIntent',
        handle: (input) => answerWith(input, middleware.setupDirective(input, setupInput)),
      },
      {
        canHandle: () => true,
        handle: (input) => input.responseBuilder.speak('The skill answered.').getResponse(),
      },
    )
    .create();
  return {
    skill,
    middleware,
    events,
    invoke: (envelope: RequestEnvelope) => skill.invoke(envelope),
  };
}

/** The one Setup or Charge directive of a response. */
export function directiveOf(response: ResponseEnvelope): SendRequest {
  const directives = (response.response.directives ?? []).filter(
    (d) => d.type === 'Connections.SendRequest',
  );
  if (directives.length !== 1)
    throw new Error(`expected one directive, found ${directives.length}`);
  return directives[0] as SendRequest;
}

/** Amazon Pay's answer to a directive: an error code, with the token the directive carried. */
export function errorAnswerTo(
  directive: SendRequest,
  code: string,
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return amazonPayErrorEnvelope(
    directive.name as 'Setup' | 'Charge',
    code,
    {},
    { ...options, token: directive.token },
  );
}

/** A successful answer to a directive, with its token. */
export function successAnswerTo(
  directive: SendRequest,
  payload: Record<string, unknown>,
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return connectionsResponseEnvelope(
    { name: directive.name, payload, token: directive.token },
    options,
  );
}

/** The customer's next utterance in the same session as a response. */
export function nextInSession(
  response: ResponseEnvelope,
  intentName: string,
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return intentRequestEnvelope(intentName, {
    ...options,
    newSession: false,
    sessionAttributes: response.sessionAttributes ?? {},
  });
}

export const buy = (options: EnvelopeOptions = {}) => intentRequestEnvelope('BuyIntent', options);
export const setUp = (options: EnvelopeOptions = {}) =>
  intentRequestEnvelope('SetupIntent', options);
