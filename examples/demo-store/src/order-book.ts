/** An order of the demo store. */
export interface Order {
  readonly id: string;
  readonly userId: string;
  /** The reference of each authorization tried, newest last: a new attempt never reuses one. */
  readonly references: string[];
  status: 'open' | 'awaiting-payment-update' | 'pending-payment' | 'fulfilled' | 'cancelled';
}

/**
 * Where the store keeps its orders. In production this is a table (the skill's DynamoDB, say);
 * the demo keeps them in memory. What matters is the contract: fulfilment happens exactly once
 * per Amazon authorization id, however often a success is delivered.
 */
export interface OrderBook {
  /** The customer's order that still needs a payment, or a new one. */
  openFor(userId: string): Order;
  /** A new authorization reference for an order (at most 32 characters). */
  nextReference(order: Order): string;
  byReference(reference: string | undefined): Order | undefined;
  /** The order still waiting for the customer to update their payment method, if any. */
  awaitingPaymentUpdate(userId: string): Order | undefined;
  /** Marks an authorization fulfilled; false when it already was (nothing ships twice). */
  fulfilOnce(amazonAuthorizationId: string, order: Order): boolean;
}

export class InMemoryOrderBook implements OrderBook {
  private readonly orders = new Map<string, Order>();
  private readonly fulfilledAuthorizations = new Set<string>();
  private sequence = 0;

  openFor(userId: string): Order {
    const existing = [...this.orders.values()].find(
      (order) =>
        order.userId === userId &&
        (order.status === 'open' || order.status === 'awaiting-payment-update'),
    );
    if (existing !== undefined) return existing;
    this.sequence += 1;
    const order: Order = {
      id: `TH-${String(this.sequence).padStart(6, '0')}`,
      userId,
      references: [],
      status: 'open',
    };
    this.orders.set(order.id, order);
    return order;
  }

  nextReference(order: Order): string {
    const reference = `${order.id}-${order.references.length + 1}`;
    order.references.push(reference);
    return reference;
  }

  byReference(reference: string | undefined): Order | undefined {
    return [...this.orders.values()].find(
      (order) => reference !== undefined && order.references.includes(reference),
    );
  }

  awaitingPaymentUpdate(userId: string): Order | undefined {
    return [...this.orders.values()].find(
      (order) => order.userId === userId && order.status === 'awaiting-payment-update',
    );
  }

  fulfilOnce(amazonAuthorizationId: string, order: Order): boolean {
    if (this.fulfilledAuthorizations.has(amazonAuthorizationId)) return false;
    this.fulfilledAuthorizations.add(amazonAuthorizationId);
    order.status = 'fulfilled';
    return true;
  }
}
