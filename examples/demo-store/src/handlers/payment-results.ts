import { getUserId, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { getPaymentOutcome } from 'ask-sdk-amazon-pay-middleware';
import { isDeliverable } from '../address';
import { ask, end } from '../dialogue';
import type { Order } from '../orders/order';
import { orderValues, speech, text } from '../say';
import { marketplaceOfCheckoutLanguage, type ShopLocale } from '../shop';
import type { StoreContext } from '../store-context';
import { offerTea } from './offer';
import { marketOf } from './requests';

/** An order's card: its number, what was bought, the total and where it goes. */
function withCard(input: HandlerInput, order: Order, kind: 'order' | 'pending'): void {
  const values = orderValues(order);
  input.responseBuilder.withSimpleCard(
    text(order.locale, kind === 'order' ? 'orderCardTitle' : 'pendingCardTitle', values),
    text(order.locale, kind === 'order' ? 'orderCardText' : 'pendingCardText', values),
  );
}

/**
 * The shop's answers to a successful Setup and to a successful or pending Charge (the
 * middleware answers everything else). They find the order in the table: Amazon Pay's answer
 * arrives in a new session, or in none at all.
 */
export function paymentResultHandlers(store: StoreContext): RequestHandler[] {
  const { orders } = store;

  // Setup returned the agreement and today's address: say the whole order and ask.
  const setupSucceeded: RequestHandler = {
    canHandle: (input) => {
      const outcome = getPaymentOutcome(input);
      return outcome?.kind === 'success' && outcome.operation === 'Setup';
    },
    async handle(input) {
      const outcome = getPaymentOutcome(input);
      const details =
        outcome?.kind === 'success' && outcome.operation === 'Setup'
          ? outcome.result.billingAgreementDetails
          : undefined;
      const locale: ShopLocale =
        marketplaceOfCheckoutLanguage(details?.checkoutLanguage)?.locale ?? marketOf(input).locale;
      const order = await orders.inCartOf(getUserId(input.requestEnvelope));
      if (details === undefined || order?.status !== 'awaiting-setup')
        return offerTea(input, locale, 'welcome');
      if (!isDeliverable(details.destination)) {
        await orders.cancel(order);
        return end(input, speech(order.locale, 'noAddress'));
      }
      const priced = await orders.recordSetup(
        order,
        details.billingAgreementId,
        details.destination,
      );
      if (priced === undefined) return offerTea(input, order.locale, 'welcome');
      const values = orderValues(priced);
      return ask(
        input,
        speech(priced.locale, 'confirm', values),
        speech(priced.locale, 'confirmReprompt', values),
        { kind: 'confirm-order', orderId: priced.id },
      );
    },
  };

  const chargeAnswered: RequestHandler = {
    canHandle: (input) => {
      const outcome = getPaymentOutcome(input);
      return (
        outcome?.operation === 'Charge' &&
        (outcome.kind === 'success' || outcome.kind === 'pending')
      );
    },
    async handle(input): Promise<Response> {
      const outcome = getPaymentOutcome(input);
      if (
        outcome?.operation !== 'Charge' ||
        (outcome.kind !== 'success' && outcome.kind !== 'pending')
      )
        return input.responseBuilder.getResponse();
      const { authorizationReferenceId, amazonAuthorizationId } =
        outcome.result.authorizationDetails;
      const locale = marketOf(input).locale;
      try {
        if (outcome.kind === 'pending') {
          const order = await orders.markPending(authorizationReferenceId);
          if (order === undefined) return end(input, speech(locale, 'pendingUnknownOrder'));
          withCard(input, order, 'pending');
          return end(input, speech(order.locale, 'pending', orderValues(order)));
        }
        const fulfilment = await orders.fulfil(
          authorizationReferenceId,
          amazonAuthorizationId ?? '',
        );
        if (fulfilment === undefined) {
          store.onStoreError(
            new Error(
              `A paid Charge names no order of ours: ${String(authorizationReferenceId).slice(0, 40)}`,
            ),
          );
          return end(input, speech(locale, 'paidUnknownOrder'));
        }
        const { order, first } = fulfilment;
        if (!first) return end(input, speech(order.locale, 'alreadyCharged', orderValues(order)));
        withCard(input, order, 'order');
        return end(input, speech(order.locale, 'charged', orderValues(order)));
      } catch (error) {
        // Amazon Pay has spoken: the customer hears that, not the store's trouble.
        store.onStoreError(error);
        return end(
          input,
          speech(locale, outcome.kind === 'pending' ? 'pendingUnknownOrder' : 'paidUnknownOrder'),
        );
      }
    },
  };

  return [setupSucceeded, chargeAnswered];
}
