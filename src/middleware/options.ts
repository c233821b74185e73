import type { HandlerInput, PersistenceAdapter } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { AmazonPayConfigurationError } from '../errors/configuration-error';
import type {
  ChargePendingOutcome,
  ChargeSuccessOutcome,
  SetupSuccessOutcome,
} from '../outcome/types';
import type { MerchantName } from '../prompts/merchant-names';
import type { PromptOverrides } from '../prompts/overrides';
import type { AmazonPayLogger } from './log-event';
import { consoleLogger } from './log-hook';
import { resendableCodes, type ResendableCode, type RetrySettings } from '../attempts/attempt';

/** Answers an outcome the skill wants to handle itself. */
export type OutcomeCallback<Outcome> = (
  handlerInput: HandlerInput,
  outcome: Outcome,
) => Response | Promise<Response>;

/** Options of {@link createAmazonPayMiddleware}. */
export interface AmazonPayMiddlewareOptions {
  /**
   * The shop's name as customers know it, spoken in prompts. Required. Either one name for
   * every locale, or names by locale (`ja-JP`) or language (`ja`) with a `default`: a request
   * hears the name of its own locale, else of its language, else the default (a request with
   * no locale: the name of the locale it is answered in). Each name is at most 100
   * characters; any other key, an empty name or a missing default is refused at creation.
   * @default none: required
   * @example 'Tea House'
   * @example { default: 'Tea House', 'ja-JP': 'ティーハウス' }
   */
  readonly merchantName: MerchantName;
  /**
   * Prompts to replace, by locale and key, or whole locales to add. Checked at creation.
   * @default {} (the shipped prompts)
   * @example { 'en-US': { 'error.unexpected': 'Sorry, {{merchantName}} hit a snag. Nothing was bought.' } }
   */
  readonly prompts?: PromptOverrides;
  /**
   * The locale for requests in a language no prompt speaks.
   * @default 'en-US'
   */
  readonly defaultLocale?: string;
  /**
   * Receives a structured event for every outcome that is not a plain success and every error
   * the middleware answers.
   * @default merchant-side events as one JSON line on console.error
   */
  readonly onError?: AmazonPayLogger;
  /**
   * What the skill says after Amazon Pay has already spoken to the customer: a short
   * `'follow-up'` (nothing was bought, how to come back), or nothing at all (`'silent'`).
   * @default 'follow-up'
   */
  readonly afterAmazonPaySpoke?: 'follow-up' | 'silent';
  /**
   * Whether the session ends after the middleware answers an error or a decline.
   * @default true
   */
  readonly endSessionAfterError?: boolean;
  /**
   * Whether the middleware's error handler also answers errors it does not recognise (with a
   * kind, generic sentence). Leave off when the skill has error handlers of its own.
   * @default false
   */
  readonly catchAllErrors?: boolean;
  /**
   * Answers a successful Setup. Without it, the skill's own handlers receive the request.
   * @default undefined
   */
  readonly onSetupSuccess?: OutcomeCallback<SetupSuccessOutcome>;
  /**
   * Answers a successful Charge. Without it, the skill's own handlers receive the request.
   * @default undefined
   */
  readonly onChargeSuccess?: OutcomeCallback<ChargeSuccessOutcome>;
  /**
   * Answers a pending Charge. Without it, the skill's own handlers receive the request.
   * @default undefined
   */
  readonly onChargePending?: OutcomeCallback<ChargePendingOutcome>;
  /**
   * The secret that signs directive tokens, at least 16 characters; several, to rotate (the
   * first signs, all are accepted). Without one, a built-in key identical everywhere only
   * catches corrupted tokens, and anyone can forge a token: set it, from an environment
   * variable. Creating the middleware without one (an unset variable included) reports a
   * `configuration` event to `onError`.
   * @default the built-in key
   * @example process.env.AMAZON_PAY_TOKEN_SECRET
   */
  readonly tokenSecret?: string | readonly string[];
  /**
   * How long a directive's token is good for, in seconds (60 to 86400).
   * @default 900
   */
  readonly tokenTtlSeconds?: number;
  /**
   * The skill's ASK persistence adapter. With it, the payload a resend needs is kept there (in
   * an item of its own, never in the skill's attributes) and the token carries only its id.
   * @default undefined (the payload travels in the token)
   */
  readonly persistenceAdapter?: PersistenceAdapter;
  /**
   * How long a read or a save of the persistence adapter may take, in milliseconds (10 to
   * 5000). Past it, a read counts as finding no record (no resend; the customer hears the
   * prompt), and a save rejects the directive helper with an `AmazonPayPersistenceError`.
   * Deletes are never waited for. Leaves room for a cold container's first call to the store.
   * @default 500
   */
  readonly persistenceTimeoutMs?: number;
  /** When to resend a directive. */
  readonly retry?: RetryOptions;
}

export interface RetryOptions {
  /**
   * How many times the identical directive is resent after a resendable error (0 to 3).
   * @default 1
   */
  readonly maxRetries?: number;
  /**
   * The codes that resend. `RequestThrottled` can be added; it is off by default because Amazon
   * Pay has just told the customer to try later.
   * @default ['InternalServerError', 'ServiceUnavailable']
   */
  readonly codes?: readonly ResendableCode[];
  /**
   * Whether a resend says a short "one moment" first; otherwise it is silent.
   * @default false
   */
  readonly sayOneMoment?: boolean;
  /**
   * How many times the customer is offered to try again after a failed voice code (0 to 3).
   * @default 2
   */
  readonly voiceCodeRetries?: number;
}

/** The options with their defaults applied, as the middleware's parts read them. */
export interface ResolvedOptions {
  readonly log: AmazonPayLogger;
  readonly silentAfterAmazonPay: boolean;
  readonly endSessionAfterError: boolean;
  readonly catchAllErrors: boolean;
  readonly onSetupSuccess: OutcomeCallback<SetupSuccessOutcome> | undefined;
  readonly onChargeSuccess: OutcomeCallback<ChargeSuccessOutcome> | undefined;
  readonly onChargePending: OutcomeCallback<ChargePendingOutcome> | undefined;
  readonly tokenSecrets: readonly string[];
  readonly tokenTtlSeconds: number;
  readonly persistenceAdapter: PersistenceAdapter | undefined;
  readonly persistenceTimeoutMs: number;
  readonly retry: RetrySettings;
}

const knownOptions: ReadonlySet<string> = new Set([
  'merchantName',
  'prompts',
  'defaultLocale',
  'onError',
  'afterAmazonPaySpoke',
  'endSessionAfterError',
  'catchAllErrors',
  'onSetupSuccess',
  'onChargeSuccess',
  'onChargePending',
  'tokenSecret',
  'tokenTtlSeconds',
  'persistenceAdapter',
  'persistenceTimeoutMs',
  'retry',
]);

const knownRetryOptions: ReadonlySet<string> = new Set([
  'maxRetries',
  'codes',
  'sayOneMoment',
  'voiceCodeRetries',
]);
const minSecretLength = 16;

function optionalFunction<F>(options: Record<string, unknown>, name: string): F | undefined {
  const value = options[name];
  if (value !== undefined && typeof value !== 'function') {
    throw new AmazonPayConfigurationError(name, 'must be a function');
  }
  return value as F | undefined;
}

function optionalBoolean(
  options: Record<string, unknown>,
  name: string,
  fallback: boolean,
  prefix = '',
): boolean {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new AmazonPayConfigurationError(`${prefix}${name}`, 'must be true or false');
  return value;
}

function integerIn(
  value: unknown,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new AmazonPayConfigurationError(name, `must be a whole number from ${min} to ${max}`);
  }
  return value as number;
}

function tokenSecrets(value: unknown): readonly string[] {
  if (value === undefined) return [];
  const secrets: unknown[] =
    typeof value === 'string' ? [value] : Array.isArray(value) ? value : [undefined];
  if (secrets.length === 0)
    throw new AmazonPayConfigurationError('tokenSecret', 'must hold at least one secret');
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length < minSecretLength) {
      throw new AmazonPayConfigurationError(
        'tokenSecret',
        `must be a string of at least ${minSecretLength} characters, or a list of them`,
      );
    }
  }
  return secrets as string[];
}

function persistenceAdapter(value: unknown): PersistenceAdapter | undefined {
  if (value === undefined) return undefined;
  const adapter = value as Partial<PersistenceAdapter> | null;
  if (
    typeof adapter?.getAttributes !== 'function' ||
    typeof adapter.saveAttributes !== 'function'
  ) {
    throw new AmazonPayConfigurationError(
      'persistenceAdapter',
      'must be an ASK persistence adapter (getAttributes, saveAttributes)',
    );
  }
  return adapter as PersistenceAdapter;
}

function retrySettings(value: unknown): RetrySettings {
  const given = (value ?? {}) as Record<string, unknown>;
  if (typeof given !== 'object' || Array.isArray(given))
    throw new AmazonPayConfigurationError('retry', 'must be an object');
  for (const name of Object.keys(given)) {
    if (!knownRetryOptions.has(name)) {
      throw new AmazonPayConfigurationError(
        `retry.${name}`,
        `is not an option; the options are ${[...knownRetryOptions].join(', ')}`,
      );
    }
  }
  const codes = given.codes ?? ['InternalServerError', 'ServiceUnavailable'];
  if (
    !Array.isArray(codes) ||
    !codes.every((code) => (resendableCodes as readonly unknown[]).includes(code))
  ) {
    throw new AmazonPayConfigurationError(
      'retry.codes',
      `must list only ${resendableCodes.join(', ')}; nothing else is ever resent`,
    );
  }
  return {
    maxRetries: integerIn(given.maxRetries, 'retry.maxRetries', 0, 3, 1),
    codes: new Set(codes as string[]),
    sayOneMoment: optionalBoolean(given, 'sayOneMoment', false, 'retry.'),
    voiceCodeRetries: integerIn(given.voiceCodeRetries, 'retry.voiceCodeRetries', 0, 3, 2),
  };
}

/** Checks the options once, when the middleware is created, and applies the defaults. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new AmazonPayConfigurationError('', 'must be an object with at least merchantName');
  }
  const given = options as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!knownOptions.has(name)) {
      throw new AmazonPayConfigurationError(
        name,
        `is not an option; the options are ${[...knownOptions].join(', ')}`,
      );
    }
  }
  const after = given.afterAmazonPaySpoke ?? 'follow-up';
  if (after !== 'follow-up' && after !== 'silent') {
    throw new AmazonPayConfigurationError('afterAmazonPaySpoke', "must be 'follow-up' or 'silent'");
  }
  return {
    log: optionalFunction<AmazonPayLogger>(given, 'onError') ?? consoleLogger,
    silentAfterAmazonPay: after === 'silent',
    endSessionAfterError: optionalBoolean(given, 'endSessionAfterError', true),
    catchAllErrors: optionalBoolean(given, 'catchAllErrors', false),
    onSetupSuccess: optionalFunction(given, 'onSetupSuccess'),
    onChargeSuccess: optionalFunction(given, 'onChargeSuccess'),
    onChargePending: optionalFunction(given, 'onChargePending'),
    tokenSecrets: tokenSecrets(given.tokenSecret),
    tokenTtlSeconds: integerIn(given.tokenTtlSeconds, 'tokenTtlSeconds', 60, 86_400, 900),
    persistenceAdapter: persistenceAdapter(given.persistenceAdapter),
    persistenceTimeoutMs: integerIn(
      given.persistenceTimeoutMs,
      'persistenceTimeoutMs',
      10,
      5000,
      500,
    ),
    retry: retrySettings(given.retry),
  };
}
