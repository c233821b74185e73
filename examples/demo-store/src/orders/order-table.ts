import { randomInt } from 'node:crypto';
import {
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { amazonPayAmount } from '../money';
import { totalOf, type Marketplace } from '../shop';
import { destinationItem, orderItem, orderOf } from './item';
import {
  inCart,
  orderIdOfReference,
  referenceOf,
  type Destination,
  type Order,
  type OrderStatus,
} from './order';

/** Unfinished orders and customers' pointers to them are removed by the table's TTL after this. */
const keepUnfinishedSeconds = 30 * 24 * 60 * 60;
const customerKey = (userId: string) => `customer#${userId}`;
const isConditionFailure = (error: unknown) =>
  (error as { name?: unknown } | null)?.name === 'ConditionalCheckFailedException';

/** A change of an order, made only if the order is still where the change expects it. */
interface Transition {
  readonly from: readonly OrderStatus[];
  readonly to: OrderStatus;
  readonly set?: Readonly<Record<string, AttributeValue>>;
  /** Further conditions, each `attribute = value`. */
  readonly when?: Readonly<Record<string, AttributeValue>>;
  /** Fulfilled orders stay: the shop's record of what it shipped. */
  readonly keep?: boolean;
}

/** Draws an order number: eight random digits. */
const randomOrderNumber = (): string => String(randomInt(0, 100_000_000)).padStart(8, '0');

export interface OrderTableOptions {
  /** Draws an order number; a number already taken is simply drawn again. Default: random. */
  readonly drawOrderNumber?: () => string;
  /** Milliseconds since the epoch. Default `Date.now`. */
  readonly clock?: () => number;
}

/**
 * The shop's orders in one DynamoDB table (partition key `id`, a string; TTL attribute
 * `expiresAt`). Every change is a conditional write: two instances of the skill can never both
 * take an order from one status to the next, so each order is charged and fulfilled once.
 */
export class OrderTable {
  private readonly drawOrderNumber: () => string;
  private readonly clock: () => number;

  constructor(
    private readonly client: DynamoDBClient,
    readonly tableName: string,
    options: OrderTableOptions = {},
  ) {
    this.drawOrderNumber = options.drawOrderNumber ?? randomOrderNumber;
    this.clock = options.clock ?? Date.now;
  }

  private expiresAt(): number {
    return Math.floor(this.clock() / 1000) + keepUnfinishedSeconds;
  }

  /** A new order in the cart, priced for the marketplace, and the customer's pointer to it. */
  async create(userId: string, market: Marketplace): Promise<Order> {
    for (;;) {
      const order: Order = {
        id: `TH-${this.drawOrderNumber()}`,
        userId,
        locale: market.locale,
        status: 'awaiting-setup',
        amount: amazonPayAmount(totalOf(market.prices), market.prices.currency),
        currency: market.prices.currency,
        attempt: 0,
      };
      try {
        await this.client.send(
          new PutItemCommand({
            TableName: this.tableName,
            Item: orderItem(order, this.expiresAt()),
            ConditionExpression: 'attribute_not_exists(id)',
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) continue; // that number is taken: draw another
        throw error;
      }
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            id: { S: customerKey(userId) },
            orderId: { S: order.id },
            expiresAt: { N: String(this.expiresAt()) },
          },
        }),
      );
      return order;
    }
  }

  async get(id: string): Promise<Order | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: { id: { S: id } },
        ConsistentRead: true,
      }),
    );
    return Item === undefined ? undefined : orderOf(Item);
  }

  /** The customer's latest order, whatever its status. */
  async latestOf(userId: string): Promise<Order | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: { id: { S: customerKey(userId) } },
        ConsistentRead: true,
      }),
    );
    const orderId = Item?.orderId?.S;
    return orderId === undefined ? undefined : this.get(orderId);
  }

  /** The customer's order still in the cart, if any. */
  async inCartOf(userId: string): Promise<Order | undefined> {
    const order = await this.latestOf(userId);
    return order !== undefined && inCart.includes(order.status) ? order : undefined;
  }

  /** Setup answered: the order waits for the customer's yes to this agreement and address. */
  recordSetup(
    order: Order,
    billingAgreementId: string,
    destination: Destination,
  ): Promise<Order | undefined> {
    return this.transition(order.id, {
      from: ['awaiting-setup'],
      to: 'awaiting-confirmation',
      set: {
        billingAgreementId: { S: billingAgreementId },
        destination: destinationItem(destination),
      },
    });
  }

  /** The customer agreed: the next Charge of the order, with a reference never used before. */
  startCharge(order: Order): Promise<Order | undefined> {
    const attempt = order.attempt + 1;
    return this.transition(order.id, {
      from: ['awaiting-confirmation'],
      to: 'charging',
      set: { attempt: { N: String(attempt) }, reference: { S: referenceOf(order.id, attempt) } },
      when: { attempt: { N: String(order.attempt) } },
    });
  }

  /**
   * Marks the order of a successful Charge fulfilled. `first` is true for exactly one caller,
   * however many instances hear the success and however often it arrives.
   */
  async fulfil(
    reference: string | undefined,
    authorizationId: string,
  ): Promise<{ readonly order: Order; readonly first: boolean } | undefined> {
    const orderId = orderIdOfReference(reference);
    if (orderId === undefined || reference === undefined) return undefined;
    const fulfilled = await this.transition(orderId, {
      from: ['charging', 'pending-payment'],
      to: 'fulfilled',
      set: { authorizationId: { S: authorizationId } },
      when: { reference: { S: reference } },
      keep: true,
    });
    if (fulfilled !== undefined) return { order: fulfilled, first: true };
    const order = await this.get(orderId);
    return order?.status === 'fulfilled' && order.reference === reference
      ? { order, first: false }
      : undefined;
  }

  /** Amazon Pay will decide later: the order waits for its word. */
  markPending(reference: string | undefined): Promise<Order | undefined> {
    return this.fromCharge(reference, 'pending-payment');
  }

  /** A soft decline: the order stays in the cart until the payment method is updated. */
  keepForLater(reference: string | undefined): Promise<Order | undefined> {
    return this.fromCharge(reference, 'awaiting-payment-update');
  }

  /** A hard decline. */
  cancelDeclined(reference: string | undefined): Promise<Order | undefined> {
    return this.fromCharge(reference, 'cancelled');
  }

  /** The customer's charging order kept after a 400 that Amazon Pay sends for a soft decline. */
  async keepChargingOrderOf(userId: string): Promise<Order | undefined> {
    const order = await this.latestOf(userId);
    return order?.status === 'charging' ? this.keepForLater(order.reference) : undefined;
  }

  /** The customer goes on with an order from the cart: Setup again, for today's address. */
  resume(order: Order): Promise<Order | undefined> {
    return this.transition(order.id, { from: inCart, to: 'awaiting-setup' });
  }

  /** The customer no longer wants the order in the cart. */
  cancel(order: Order): Promise<Order | undefined> {
    return this.transition(order.id, { from: inCart, to: 'cancelled' });
  }

  private fromCharge(reference: string | undefined, to: OrderStatus): Promise<Order | undefined> {
    const orderId = orderIdOfReference(reference);
    if (orderId === undefined || reference === undefined) return Promise.resolve(undefined);
    return this.transition(orderId, {
      from: ['charging'],
      to,
      when: { reference: { S: reference } },
    });
  }

  /** Applies a transition; undefined when the order is not (or no longer) where it expects. */
  private async transition(id: string, change: Transition): Promise<Order | undefined> {
    const names: Record<string, string> = { '#status': 'status', '#expiresAt': 'expiresAt' };
    const values: Record<string, AttributeValue> = { ':to': { S: change.to } };
    const sets = ['#status = :to'];
    for (const [name, value] of Object.entries(change.set ?? {})) {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      sets.push(`#${name} = :${name}`);
    }
    const conditions = [`#status IN (${change.from.map((status, at) => `:from${at}`).join(', ')})`];
    change.from.forEach((status, at) => (values[`:from${at}`] = { S: status }));
    for (const [name, value] of Object.entries(change.when ?? {})) {
      names[`#${name}`] = name;
      values[`:was_${name}`] = value;
      conditions.push(`#${name} = :was_${name}`);
    }
    if (change.keep !== true) {
      values[':expiresAt'] = { N: String(this.expiresAt()) };
      sets.push('#expiresAt = :expiresAt');
    }
    try {
      const { Attributes } = await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression: `SET ${sets.join(', ')}${change.keep === true ? ' REMOVE #expiresAt' : ''}`,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes === undefined ? undefined : orderOf(Attributes);
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }
}
