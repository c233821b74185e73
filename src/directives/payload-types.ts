import type { interfaces } from 'ask-sdk-model';

type Tag = '@type' | '@version';

/** An ask-sdk-model Amazon Pay entity with its `@type` and `@version` optional, at every level. */
export type Untagged<T> = T extends readonly (infer Item)[]
  ? Untagged<Item>[]
  : T extends object
    ? { [K in keyof T as Exclude<K, Tag>]: Untagged<T[K]> } & {
        [K in Extract<keyof T, Tag>]?: T[K];
      }
    : T;

/** What `setupDirective` takes: ask-sdk-model's `SetupAmazonPayRequest`, tags optional. */
export type SetupInput = Untagged<interfaces.amazonpay.request.SetupAmazonPayRequest>;
/** What `chargeDirective` takes: ask-sdk-model's `ChargeAmazonPayRequest`, tags optional. */
export type ChargeInput = Untagged<interfaces.amazonpay.request.ChargeAmazonPayRequest>;

export type SetupPayload = interfaces.amazonpay.request.SetupAmazonPayRequest;
export type ChargePayload = interfaces.amazonpay.request.ChargeAmazonPayRequest;
export type SendRequestDirective = interfaces.connections.SendRequestDirective;
