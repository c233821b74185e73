import type { interfaces } from 'ask-sdk-model';
import type { ShopLocale } from '../shop';

/**
 * Where an order stands. In the cart: waiting for Setup, for the customer's yes, or for a new
 * payment method after a soft decline. Then charging, and at last fulfilled, pending (Amazon
 * Pay decides later) or cancelled.
 */
export type OrderStatus =
  | 'awaiting-setup'
  | 'awaiting-confirmation'
  | 'awaiting-payment-update'
  | 'charging'
  | 'pending-payment'
  | 'fulfilled'
  | 'cancelled';

/** Statuses of an order still in the cart: the next visit offers to continue it. */
export const inCart: readonly OrderStatus[] = [
  'awaiting-setup',
  'awaiting-confirmation',
  'awaiting-payment-update',
];

export type Destination = interfaces.amazonpay.model.v1.Destination;

/** An order of the shop, as its table keeps it. */
export interface Order {
  /** `TH-` and eight digits, unique across every instance of the skill. */
  readonly id: string;
  readonly userId: string;
  readonly locale: ShopLocale;
  readonly status: OrderStatus;
  /** The total the customer is asked to agree to and is charged, as Amazon Pay takes it. */
  readonly amount: string;
  readonly currency: string;
  /** How many Charges were sent for this order. */
  readonly attempt: number;
  /** The authorization reference of the latest Charge: the order id and the attempt. */
  readonly reference?: string;
  readonly billingAgreementId?: string;
  /** Where the order goes: the shipping address the latest Setup returned. */
  readonly destination?: Destination;
  /** The Amazon authorization that paid for the order. */
  readonly authorizationId?: string;
}

/** A new authorization reference for each Charge of an order; at most 32 characters. */
export const referenceOf = (orderId: string, attempt: number): string => `${orderId}-${attempt}`;

/** The order an authorization reference belongs to, if it is one of ours. */
export function orderIdOfReference(reference: string | undefined): string | undefined {
  return /^(TH-\d{8})-\d{1,4}$/.exec(reference ?? '')?.[1];
}
