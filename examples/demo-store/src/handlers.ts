import {
  getIntentName,
  getLocale,
  getRequestType,
  getUserId,
  type HandlerInput,
  type RequestHandler,
} from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { getPaymentOutcome, type AmazonPayMiddleware } from 'ask-sdk-amazon-pay-middleware';
import { offerFor, say, type Offer } from './catalogue';
import type { OrderBook } from './order-book';

export interface StoreContext {
  readonly amazonPay: AmazonPayMiddleware;
  readonly orders: OrderBook;
  readonly sellerId: string;
  readonly sandbox: boolean;
}

const offerKey = 'teaHouseOffer';

const intentIs = (input: HandlerInput, ...names: string[]) =>
  getRequestType(input.requestEnvelope) === 'IntentRequest' &&
  names.includes(getIntentName(input.requestEnvelope));

const offerOf = (input: HandlerInput): Offer => offerFor(getLocale(input.requestEnvelope));

const offered = (input: HandlerInput): boolean => {
  try {
    return input.attributesManager.getSessionAttributes()[offerKey] === true;
  } catch {
    return false;
  }
};

/** Speaks and keeps the conversation open with the offer to buy. */
function ask(input: HandlerInput, speech: string, offer: Offer): Response {
  input.attributesManager.setSessionAttributes({
    ...input.attributesManager.getSessionAttributes(),
    [offerKey]: true,
  });
  return input.responseBuilder.speak(speech).reprompt(say(offer, 'askToBuy')).getResponse();
}

export function storeHandlers({
  amazonPay,
  orders,
  sellerId,
  sandbox,
}: StoreContext): RequestHandler[] {
  const launch: RequestHandler = {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle(input) {
      const offer = offerOf(input);
      const waiting = orders.awaitingPaymentUpdate(getUserId(input.requestEnvelope));
      return ask(input, say(offer, waiting === undefined ? 'welcome' : 'welcomeBack'), offer);
    },
  };

  // Buying starts with Setup (a billing agreement); its success is answered with Charge.
  const buy: RequestHandler = {
    canHandle: (input) =>
      intentIs(input, 'BuyIntent') || (intentIs(input, 'AMAZON.YesIntent') && offered(input)),
    async handle(input) {
      const offer = offerOf(input);
      orders.openFor(getUserId(input.requestEnvelope));
      const setup = await amazonPay.setupDirective(input, {
        sellerId,
        countryOfEstablishment: offer.countryOfEstablishment,
        ledgerCurrency: offer.currencyCode,
        checkoutLanguage: offer.checkoutLanguage,
        needAmazonShippingAddress: true,
        sandboxMode: sandbox,
        billingAgreementAttributes: {
          sellerNote: 'Tea House',
          sellerBillingAgreementAttributes: { storeName: 'Tea House' },
        },
      });
      return input.responseBuilder.addDirective(setup).withShouldEndSession(true).getResponse();
    },
  };

  // The middleware answers declines and errors; successes and pending charges come here.
  const paymentResult: RequestHandler = {
    canHandle: (input) => getPaymentOutcome(input) !== undefined,
    async handle(input) {
      const outcome = getPaymentOutcome(input);
      const userId = getUserId(input.requestEnvelope);
      if (outcome?.kind === 'success' && outcome.operation === 'Setup') {
        const details = outcome.result.billingAgreementDetails;
        // The agreement's checkout language names the marketplace even if the request has no locale.
        const offer = offerFor(
          details.checkoutLanguage?.replace('_', '-') ?? getLocale(input.requestEnvelope),
        );
        const order = orders.openFor(userId);
        const charge = await amazonPay.chargeDirective(input, {
          sellerId,
          billingAgreementId: details.billingAgreementId,
          paymentAction: 'AuthorizeAndCapture',
          authorizeAttributes: {
            authorizationReferenceId: orders.nextReference(order),
            authorizationAmount: { amount: offer.amount, currencyCode: offer.currencyCode },
            softDescriptor: 'Tea House',
            sellerAuthorizationNote: 'Sencha green tea, 1 box',
          },
          sellerOrderAttributes: { sellerOrderId: order.id, storeName: 'Tea House' },
        });
        return input.responseBuilder.addDirective(charge).withShouldEndSession(true).getResponse();
      }
      const offer = offerOf(input);
      const details =
        outcome?.kind === 'success' || outcome?.kind === 'pending'
          ? outcome.result.authorizationDetails
          : undefined;
      const order = orders.byReference(details?.authorizationReferenceId);
      if (outcome?.kind === 'pending') {
        if (order !== undefined) order.status = 'pending-payment';
        return input.responseBuilder
          .speak(say(offer, 'pending'))
          .withShouldEndSession(true)
          .getResponse();
      }
      // A success may be delivered more than once: ship once per Amazon authorization.
      const first =
        order !== undefined && orders.fulfilOnce(details?.amazonAuthorizationId ?? order.id, order);
      if (!first)
        return input.responseBuilder
          .speak(say(offer, 'alreadyConfirmed'))
          .withShouldEndSession(true)
          .getResponse();
      return input.responseBuilder
        .speak(say(offer, 'confirmed'))
        .withSimpleCard(
          say(offer, 'cardTitle', {}, false),
          say(offer, 'cardText', { order: order.id }, false),
        )
        .withShouldEndSession(true)
        .getResponse();
    },
  };

  const help: RequestHandler = {
    canHandle: (input) => intentIs(input, 'AMAZON.HelpIntent'),
    handle: (input) => ask(input, say(offerOf(input), 'help'), offerOf(input)),
  };

  const stop: RequestHandler = {
    canHandle: (input) =>
      intentIs(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NoIntent'),
    handle: (input) =>
      input.responseBuilder
        .speak(say(offerOf(input), 'goodbye'))
        .withShouldEndSession(true)
        .getResponse(),
  };

  const sessionEnded: RequestHandler = {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
    handle: (input) => input.responseBuilder.getResponse(),
  };

  const fallback: RequestHandler = {
    canHandle: () => true,
    handle: (input) => ask(input, say(offerOf(input), 'fallback'), offerOf(input)),
  };

  return [launch, buy, paymentResult, help, stop, sessionEnded, fallback];
}

/**
 * Tells a soft decline from a hard one: after a soft decline (or its sandbox twin, a 400
 * InvalidPaymentMethod) the order waits for the customer to update their payment method and
 * is offered again at the next visit; after a hard decline it is cancelled.
 */
export function recordDeclines(orders: OrderBook) {
  return (input: HandlerInput): void => {
    const outcome = getPaymentOutcome(input);
    if (outcome?.kind === 'decline') {
      const order = orders.byReference(
        outcome.result.authorizationDetails.authorizationReferenceId,
      );
      if (order !== undefined)
        order.status = outcome.softDecline ? 'awaiting-payment-update' : 'cancelled';
    } else if (outcome?.kind === 'error' && outcome.entry?.code === 'InvalidPaymentMethod') {
      orders.openFor(getUserId(input.requestEnvelope)).status = 'awaiting-payment-update';
    }
  };
}
