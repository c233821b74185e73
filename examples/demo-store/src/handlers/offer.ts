import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ask } from '../dialogue';
import { shopValues, speech } from '../say';
import { marketplaces, type ShopLocale } from '../shop';

/** Offers the tea and waits for a yes: after a welcome, help, or anything the shop can't do. */
export function offerTea(
  input: HandlerInput,
  locale: ShopLocale,
  key: 'welcome' | 'help' | 'fallback',
): Response {
  return ask(
    input,
    speech(locale, key, shopValues(marketplaces[locale])),
    speech(locale, 'offerReprompt'),
    { kind: 'offer' },
  );
}
