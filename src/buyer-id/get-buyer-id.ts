import type { HandlerInput } from 'ask-sdk-core';
import { AmazonPayBuyerIdError } from '../errors/payment-errors';
import { isRecord, ownString } from '../outcome/read';

export interface BuyerIdOptions {
  /**
   * Ask the sandbox (`/sandbox/v1/buyer/id`) rather than the live API.
   * @default false
   */
  readonly sandbox?: boolean;
  /**
   * How long to wait for an answer, in milliseconds: the customer is waiting too.
   * @default 2000
   */
  readonly timeoutMs?: number;
  /**
   * Where the Buyer ID API is; by default the host of the request's region
   * (pay-api.amazon.com, .eu or .jp). Set it to call a test server.
   * @default the region's host
   */
  readonly baseUrl?: string;
}

const hostByAlexaRegion: readonly (readonly [string, string])[] = [
  ['api.eu.amazonalexa.com', 'https://pay-api.amazon.eu'],
  ['api.fe.amazonalexa.com', 'https://pay-api.amazon.jp'],
];

/** The Buyer ID host that serves the region of a request's `apiEndpoint`. */
export function buyerIdHostFor(apiEndpoint: unknown): string {
  const host =
    typeof apiEndpoint === 'string'
      ? apiEndpoint.replace(/^https?:\/\//, '').split('/')[0]
      : undefined;
  return (
    hostByAlexaRegion.find(([alexaHost]) => alexaHost === host)?.[1] ?? 'https://pay-api.amazon.com'
  );
}

async function readJson(response: globalThis.Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * Asks the Amazon Pay Buyer ID API who the customer is, with the request's access token, on
 * the host of the request's region. A failure rejects with an {@link AmazonPayBuyerIdError}
 * (its `code` the catalog's, `invalid_token` becoming `InvalidToken`), which the middleware's
 * error handler answers if it escapes the skill's handler.
 *
 * @example const buyerId = await getBuyerId(handlerInput);
 */
export async function getBuyerId(
  handlerInput: HandlerInput,
  options: BuyerIdOptions = {},
): Promise<string> {
  const system = handlerInput.requestEnvelope?.context?.System;
  const accessToken = system?.apiAccessToken;
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new AmazonPayBuyerIdError(
      'The request carries no apiAccessToken to call the Buyer ID API with.',
      {
        statusCode: undefined,
        code: 'InvalidToken',
        requestId: undefined,
      },
    );
  }
  const base = (options.baseUrl ?? buyerIdHostFor(system?.apiEndpoint)).replace(/\/+$/, '');
  const url = `${base}/${options.sandbox === true ? 'sandbox' : 'live'}/v1/buyer/id`;

  let response: globalThis.Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 2000),
    });
  } catch (cause) {
    throw new AmazonPayBuyerIdError('The Buyer ID API did not answer in time.', {
      statusCode: undefined,
      code: undefined,
      requestId: undefined,
      cause,
    });
  }
  const body = await readJson(response);
  const buyerId = isRecord(body) ? ownString(body, 'buyerId') : undefined;
  if (response.ok && buyerId !== undefined && buyerId !== '') return buyerId;

  const errorBody = isRecord(body) ? body : undefined;
  const code = ownString(errorBody, 'errorCode');
  throw new AmazonPayBuyerIdError(
    response.ok
      ? 'The Buyer ID API answered without a buyer id.'
      : `The Buyer ID API answered ${response.status}${code === undefined ? '' : ` ${code}`}.`,
    { statusCode: response.status, code, requestId: ownString(errorBody, 'requestId') },
  );
}
