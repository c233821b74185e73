import type { ResponseEnvelope } from 'ask-sdk-model';
import { promptResources, type PromptKey, type SupportedLocale } from '../../src';
import { plainSpeech } from '../../examples/demo-store/conversations/transcript';
import { localSettings } from '../../examples/demo-store/local/local-settings';
import { startLocalDynamo, type LocalDynamo } from '../../examples/demo-store/local/local-store';
import type { OrderTable } from '../../examples/demo-store/src/orders/order-table';
import {
  createDemoStore,
  type DemoStore,
  type DemoStoreOptions,
} from '../../examples/demo-store/src/skill';

/**
 * One local DynamoDB server per suite (started before its tests, stopped after them), a fresh
 * orders table per store.
 */
export function localOrderStore(): {
  dynamo: () => LocalDynamo;
  newStore: (
    options?: Partial<DemoStoreOptions>,
  ) => Promise<DemoStore & { orders: OrderTable; storeErrors: unknown[] }>;
} {
  let dynamo: LocalDynamo | undefined;
  beforeAll(async () => {
    dynamo = await startLocalDynamo();
  });
  afterAll(async () => {
    await dynamo?.close();
  });
  const running = () => {
    if (dynamo === undefined) throw new Error('the local store starts in beforeAll');
    return dynamo;
  };
  return {
    dynamo: running,
    async newStore(options = {}) {
      const orders = options.orders ?? (await running().newOrderTable());
      const storeErrors: unknown[] = [];
      const store = createDemoStore({
        ...localSettings,
        onError: () => undefined,
        onStoreError: (error) => void storeErrors.push(error),
        ...options,
        orders,
      });
      return { ...store, orders, storeErrors };
    },
  };
}

/** What a response says, as a listener hears it. */
export const spoken = (response: ResponseEnvelope): string => {
  const speech = response.response.outputSpeech;
  return speech?.type === 'SSML' ? plainSpeech(speech.ssml) : '';
};

/** The payment directive a response sends, if any. */
export const directiveOf = (response: ResponseEnvelope) =>
  response.response.directives?.find((d) => d.type === 'Connections.SendRequest');

/** What the middleware's shipped prompt `key` says in `locale` for a shop called `name`. */
export function middlewareSentence(locale: SupportedLocale, key: PromptKey, name: string): string {
  const [section = '', entry = ''] = key.split('.');
  const table = promptResources[locale].amazonpay as unknown as Record<
    string,
    Record<string, string>
  >;
  const template = table[section]?.[entry];
  if (template === undefined) throw new Error(`no prompt ${key} in ${locale}`);
  return template.replaceAll('{{merchantName}}', name);
}
