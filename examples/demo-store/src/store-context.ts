import type { AmazonPayMiddleware } from 'ask-sdk-amazon-pay-middleware';
import type { OrderTable } from './orders/order-table';

/** What the shop's handlers share. */
export interface StoreContext {
  readonly amazonPay: AmazonPayMiddleware;
  readonly orders: OrderTable;
  readonly sellerId: string;
  /** The Amazon Pay sandbox's test buyer; without one, payments are live. */
  readonly sandboxEmail: string | undefined;
  /** Hears failures of the order table that the customer was spared. */
  readonly onStoreError: (error: unknown) => void;
}
