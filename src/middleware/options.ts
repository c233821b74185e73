import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { AmazonPayConfigurationError } from '../errors/configuration-error';
import type {
  ChargePendingOutcome,
  ChargeSuccessOutcome,
  SetupSuccessOutcome,
} from '../outcome/types';
import type { PromptOverrides } from '../prompts/overrides';
import { consoleLogger, type AmazonPayLogger } from './log-event';

/** Answers an outcome the skill wants to handle itself. */
export type OutcomeCallback<Outcome> = (
  handlerInput: HandlerInput,
  outcome: Outcome,
) => Response | Promise<Response>;

/** Options of {@link createAmazonPayMiddleware}. */
export interface AmazonPayMiddlewareOptions {
  /**
   * The shop's name as customers know it, spoken in prompts. Required.
   * @example 'Tea House'
   */
  readonly merchantName: string;
  /**
   * Prompts to replace, by locale and key, or whole locales to add. Checked at creation.
   * @default {} (the shipped prompts)
   * @example { 'en-US': { 'error.generic': 'Sorry, {{merchantName}} hit a snag. Nothing was bought.' } }
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
]);

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
): boolean {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new AmazonPayConfigurationError(name, 'must be true or false');
  return value;
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
  };
}
