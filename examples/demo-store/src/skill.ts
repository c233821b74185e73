import { SkillBuilders, type Skill } from 'ask-sdk-core';
import {
  createAmazonPayMiddleware,
  type AmazonPayLogger,
  type AmazonPayMiddleware,
  type RetryOptions,
} from 'ask-sdk-amazon-pay-middleware';
import { recordDeclines, storeHandlers } from './handlers';
import { InMemoryOrderBook, type OrderBook } from './order-book';

export interface DemoStoreOptions {
  /** Signs the tokens of payment directives. Read from AMAZON_PAY_TOKEN_SECRET in Lambda. */
  readonly tokenSecret?: string;
  /** Your Amazon Pay merchant id. Read from AMAZON_PAY_SELLER_ID in Lambda. */
  readonly sellerId?: string;
  /** Whether payments go to the Amazon Pay sandbox. Default true: this is a demo. */
  readonly sandbox?: boolean;
  readonly orders?: OrderBook;
  readonly onError?: AmazonPayLogger;
  readonly retry?: RetryOptions;
}

export interface DemoStore {
  readonly skill: Skill;
  readonly amazonPay: AmazonPayMiddleware;
  readonly orders: OrderBook;
}

/** The Tea House demo skill: one product, sold with Amazon Pay. */
export function createDemoStore(options: DemoStoreOptions = {}): DemoStore {
  const orders = options.orders ?? new InMemoryOrderBook();
  const amazonPay = createAmazonPayMiddleware({
    merchantName: 'Tea House',
    tokenSecret: options.tokenSecret,
    onError: options.onError,
    retry: options.retry,
  });
  const skill = amazonPay
    .register(SkillBuilders.custom())
    .addRequestInterceptors(recordDeclines(orders))
    .addRequestHandlers(
      ...storeHandlers({
        amazonPay,
        orders,
        sellerId: options.sellerId ?? 'A1DEMOSELLER',
        sandbox: options.sandbox ?? true,
      }),
    )
    .create();
  return { skill, amazonPay, orders };
}
