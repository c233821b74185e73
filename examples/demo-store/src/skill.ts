import { SkillBuilders, type Skill } from 'ask-sdk-core';
import {
  createAmazonPayMiddleware,
  type AmazonPayLogger,
  type AmazonPayMiddleware,
  type RetryOptions,
} from 'ask-sdk-amazon-pay-middleware';
import { conversationHandlers } from './handlers/conversation';
import { settleDeclines } from './handlers/declines';
import { paymentResultHandlers } from './handlers/payment-results';
import { storeTrouble } from './handlers/store-trouble';
import type { OrderTable } from './orders/order-table';
import { marketplaces } from './shop';
import type { StoreContext } from './store-context';

export interface DemoStoreOptions {
  /** Your Amazon Pay merchant id. Required: there is no default. */
  readonly sellerId: string;
  /** Where orders are kept. */
  readonly orders: OrderTable;
  /**
   * The email of a test buyer of the Amazon Pay sandbox. Given, every Setup goes to the sandbox
   * for that buyer; left out, payments are live.
   */
  readonly sandboxEmail?: string;
  /** Signs the tokens of payment directives. */
  readonly tokenSecret?: string;
  readonly onError?: AmazonPayLogger;
  /** Hears failures of the order table. Default: one JSON line on console.error. */
  readonly onStoreError?: (error: unknown) => void;
  readonly retry?: RetryOptions;
}

export interface DemoStore {
  readonly skill: Skill;
  readonly amazonPay: AmazonPayMiddleware;
}

/** A store failure for the log: its name and a bounded message, never a stack of customer data. */
function logStoreError(error: unknown): void {
  const { name, message } = error instanceof Error ? error : { name: typeof error, message: '' };
  console.error(
    JSON.stringify({
      event: 'tea-house-store-error',
      name,
      message: String(message).slice(0, 300),
    }),
  );
}

function checked(options: DemoStoreOptions): DemoStoreOptions {
  if (typeof options.sellerId !== 'string' || options.sellerId.trim() === '')
    throw new TypeError('createDemoStore: sellerId must be your Amazon Pay merchant id.');
  if (options.sandboxEmail !== undefined && !/^[^@\s]+@[^@\s]+$/.test(options.sandboxEmail))
    throw new TypeError('createDemoStore: sandboxEmail must be the email of a sandbox test buyer.');
  return options;
}

/** The Tea House skill: one product, sold with Amazon Pay, its orders in a DynamoDB table. */
export function createDemoStore(options: DemoStoreOptions): DemoStore {
  const { sellerId, orders, sandboxEmail, tokenSecret, onError, retry } = checked(options);
  const amazonPay = createAmazonPayMiddleware({
    // Japanese customers know the shop as ティーハウス: Amazon Pay's sentences say so too.
    merchantName: {
      default: marketplaces['en-US'].shopName,
      ...Object.fromEntries(
        Object.values(marketplaces).map((market) => [market.locale, market.shopName]),
      ),
    },
    tokenSecret,
    onError,
    retry,
  });
  const store: StoreContext = {
    amazonPay,
    orders,
    sellerId,
    sandboxEmail,
    onStoreError: options.onStoreError ?? logStoreError,
  };
  const skill = amazonPay
    .register(SkillBuilders.custom())
    .addRequestHandlers(...paymentResultHandlers(store), ...conversationHandlers(store))
    .addResponseInterceptors(settleDeclines(store))
    .addErrorHandlers(storeTrouble(store))
    .create();
  return { skill, amazonPay };
}
