import { AmazonPayConfigurationError } from '../errors/configuration-error';

export interface BuyerIdOptions {
  /**
   * Ask the sandbox (`/sandbox/v1/buyer/id`) rather than the live API.
   * @default false
   */
  readonly sandbox?: boolean;
  /**
   * How long to wait for the whole answer, in milliseconds, from 1 to 8000: the customer is
   * waiting too, and Alexa gives up on a skill after about 8 seconds.
   * @default 2000
   */
  readonly timeoutMs?: number;
  /**
   * Where the Buyer ID API is, an http or https URL; by default the host of the request's
   * region (pay-api.amazon.com, .eu or .jp). Set it to call a test server.
   * @default the region's host
   */
  readonly baseUrl?: string;
}

/** The options with their defaults applied; `baseUrl` stays undefined for the region's host. */
export interface CheckedBuyerIdOptions {
  readonly sandbox: boolean;
  readonly timeoutMs: number;
  readonly baseUrl: string | undefined;
}

const knownOptions = ['sandbox', 'timeoutMs', 'baseUrl'];
const longestTimeoutMs = 8000;

const refuse = (option: string, problem: string): never => {
  throw new AmazonPayConfigurationError(option, `of getBuyerId ${problem}`);
};

function checkBaseUrl(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const url = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
  if (
    (url?.protocol !== 'https:' && url?.protocol !== 'http:') ||
    url.username !== '' ||
    url.password !== '' ||
    // Written out, so that an empty query or fragment (`https://host?`) counts too.
    (value as string).includes('?') ||
    (value as string).includes('#')
  ) {
    return refuse('baseUrl', 'must be an http or https URL without credentials, query or fragment');
  }
  return value as string;
}

/**
 * Checks the options of `getBuyerId` as the middleware's are checked: an
 * `AmazonPayConfigurationError` names the first one that is wrong.
 */
export function checkBuyerIdOptions(options: unknown): CheckedBuyerIdOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return refuse('', 'must be an object');
  const given = options as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!knownOptions.includes(name))
      refuse(name, `is not an option; the options are ${knownOptions.join(', ')}`);
  }
  const { sandbox = false, timeoutMs = 2000 } = given;
  if (typeof sandbox !== 'boolean') refuse('sandbox', 'must be true or false');
  if (
    !Number.isInteger(timeoutMs) ||
    (timeoutMs as number) < 1 ||
    (timeoutMs as number) > longestTimeoutMs
  )
    refuse('timeoutMs', `must be a whole number of milliseconds from 1 to ${longestTimeoutMs}`);
  return {
    sandbox: sandbox as boolean,
    timeoutMs: timeoutMs as number,
    baseUrl: checkBaseUrl(given.baseUrl),
  };
}
