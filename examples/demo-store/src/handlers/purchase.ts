import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Order } from '../orders/order';
import { marketplaces } from '../shop';
import type { StoreContext } from '../store-context';

/**
 * Starts (or resumes) the purchase of an order with Setup. Setup comes back with the customer's
 * current shipping address, which the customer hears, with the total, before any Charge.
 */
export async function sendSetup(
  input: HandlerInput,
  { amazonPay, sellerId, sandboxEmail }: StoreContext,
  order: Order,
): Promise<Response> {
  const market = marketplaces[order.locale];
  const setup = await amazonPay.setupDirective(input, {
    sellerId,
    countryOfEstablishment: market.countryOfEstablishment,
    ledgerCurrency: market.prices.currency,
    checkoutLanguage: market.checkoutLanguage,
    needAmazonShippingAddress: true,
    ...(sandboxEmail === undefined
      ? {}
      : { sandboxMode: true, sandboxCustomerEmailId: sandboxEmail }),
    billingAgreementAttributes: {
      sellerNote: market.agreementNote,
      sellerBillingAgreementAttributes: { storeName: market.shopName },
    },
  });
  return input.responseBuilder.addDirective(setup).withShouldEndSession(true).getResponse();
}

/** Charges an order the customer has just agreed to, for exactly the total they heard. */
export async function sendCharge(
  input: HandlerInput,
  { amazonPay, sellerId }: StoreContext,
  order: Order,
): Promise<Response> {
  const market = marketplaces[order.locale];
  const charge = await amazonPay.chargeDirective(input, {
    sellerId,
    billingAgreementId: order.billingAgreementId ?? '',
    paymentAction: 'AuthorizeAndCapture',
    authorizeAttributes: {
      authorizationReferenceId: order.reference ?? '',
      authorizationAmount: { amount: order.amount, currencyCode: order.currency },
      softDescriptor: 'Tea House',
      sellerAuthorizationNote: market.authorizationNote,
    },
    sellerOrderAttributes: { sellerOrderId: order.id, storeName: market.shopName },
  });
  return input.responseBuilder.addDirective(charge).withShouldEndSession(true).getResponse();
}
