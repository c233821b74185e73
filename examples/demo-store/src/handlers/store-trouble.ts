import type { ErrorHandler } from 'ask-sdk-core';
import { end } from '../dialogue';
import { speech } from '../say';
import type { StoreContext } from '../store-context';
import { marketOf } from './requests';

/**
 * The shop's own error handler, after the middleware's: a failure of the order table (or any
 * other) before a payment directive went out. Nothing was charged; the customer hears so.
 */
export function storeTrouble(store: StoreContext): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input, error) {
      store.onStoreError(error);
      return end(input, speech(marketOf(input).locale, 'trouble'));
    },
  };
}
