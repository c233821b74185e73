import { getUserId, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import { ask, end, openQuestion } from '../dialogue';
import { orderValues, shopValues, speech, text } from '../say';
import type { StoreContext } from '../store-context';
import { offerTea } from './offer';
import { intentIs, marketOf, requestIs } from './requests';
import { sendCharge, sendSetup } from './purchase';

/** The shop's handlers for what the customer says (Amazon Pay's answers have their own). */
export function conversationHandlers(store: StoreContext): RequestHandler[] {
  const { orders } = store;

  const offer = (input: HandlerInput, key: 'welcome' | 'help' | 'fallback') =>
    offerTea(input, marketOf(input).locale, key);

  // A session that ended with an order in the cart: offer to continue it or start a new one.
  const launch: RequestHandler = {
    canHandle: (input) => requestIs(input, 'LaunchRequest'),
    async handle(input) {
      const waiting = await orders.inCartOf(getUserId(input.requestEnvelope));
      if (waiting === undefined) return offer(input, 'welcome');
      return ask(
        input,
        speech(waiting.locale, 'welcomeBack', orderValues(waiting)),
        speech(waiting.locale, 'continueReprompt'),
        { kind: 'continue-order', orderId: waiting.id },
      );
    },
  };

  // Asking to buy starts a new order; one left in the cart gives way to it.
  const buy: RequestHandler = {
    canHandle: (input) => intentIs(input, 'BuyIntent'),
    async handle(input) {
      const userId = getUserId(input.requestEnvelope);
      const waiting = await orders.inCartOf(userId);
      if (waiting !== undefined) await orders.cancel(waiting);
      return sendSetup(input, store, await orders.create(userId, marketOf(input)));
    },
  };

  const yes: RequestHandler = {
    canHandle: (input) => intentIs(input, 'AMAZON.YesIntent'),
    async handle(input) {
      const question = openQuestion(input);
      const userId = getUserId(input.requestEnvelope);
      if (question?.kind === 'offer')
        return sendSetup(input, store, await orders.create(userId, marketOf(input)));
      if (question === undefined) return offer(input, 'fallback');
      const order = await orders.get(question.orderId);
      const mine = order !== undefined && order.userId === userId;
      if (question.kind === 'confirm-order' && mine && order.status === 'awaiting-confirmation') {
        // The one place a Charge starts: a yes to the total and address the customer just heard.
        const charging = await orders.startCharge(order);
        if (charging !== undefined) return sendCharge(input, store, charging);
      }
      if (question.kind === 'continue-order' && mine) {
        const resumed = await orders.resume(order);
        if (resumed !== undefined) return sendSetup(input, store, resumed);
      }
      return offer(input, 'fallback');
    },
  };

  const no: RequestHandler = {
    canHandle: (input) => intentIs(input, 'AMAZON.NoIntent'),
    async handle(input) {
      const question = openQuestion(input);
      const market = marketOf(input);
      if (question === undefined || question.kind === 'offer')
        return end(input, speech(market.locale, 'goodbye'));
      const order = await orders.get(question.orderId);
      if (order === undefined || order.userId !== getUserId(input.requestEnvelope))
        return end(input, speech(market.locale, 'goodbye'));
      await orders.cancel(order);
      return end(input, speech(order.locale, 'cancelled'));
    },
  };

  // Cancelling or refunding an order: how to reach the shop, by voice and on a card.
  const orderEnquiry: RequestHandler = {
    canHandle: (input) => intentIs(input, 'OrderEnquiryIntent'),
    async handle(input) {
      const market = marketOf(input);
      const latest = await orders.latestOf(getUserId(input.requestEnvelope));
      const values = {
        ...shopValues(market),
        ...(latest && { order: latest.id }),
      };
      const latestLine = latest === undefined ? '' : text(market.locale, 'latestOrderLine', values);
      return end(
        input,
        speech(market.locale, 'enquiry', values) +
          (latest === undefined ? '' : ` ${speech(market.locale, 'enquiryLatestOrder', values)}`),
        {
          type: 'Simple',
          title: text(market.locale, 'enquiryCardTitle', values),
          content: text(market.locale, 'enquiryCardText', {
            ...values,
            latestOrderLine: latestLine,
          }),
        },
      );
    },
  };

  const help: RequestHandler = {
    canHandle: (input) => intentIs(input, 'AMAZON.HelpIntent'),
    handle: (input) => offer(input, 'help'),
  };

  const stop: RequestHandler = {
    canHandle: (input) => intentIs(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
    handle: (input) => end(input, speech(marketOf(input).locale, 'goodbye')),
  };

  const sessionEnded: RequestHandler = {
    canHandle: (input) => requestIs(input, 'SessionEndedRequest'),
    handle: (input) => input.responseBuilder.getResponse(),
  };

  // Anything else, an in-skill purchase result or an event included: offer the tea.
  const fallback: RequestHandler = {
    canHandle: () => true,
    handle: (input) => offer(input, 'fallback'),
  };

  return [launch, buy, yes, no, orderEnquiry, help, stop, sessionEnded, fallback];
}
