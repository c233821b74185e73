import type { HandlerInput } from 'ask-sdk-core';
import { AmazonPayBuyerIdError } from '../errors/payment-errors';
import { isRecord, ownString } from '../outcome/read';
import { checkBuyerIdOptions, type BuyerIdOptions } from './buyer-id-options';
import { readCappedBody, TooLargeError } from './read-capped-body';

export type { BuyerIdOptions } from './buyer-id-options';

/** The most of an answer read: a buyer id or an error body is a few hundred bytes. */
const maxBodyBytes = 64 * 1024;

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

const failure = (message: string, statusCode?: number, cause?: unknown) =>
  new AmazonPayBuyerIdError(message, { statusCode, code: undefined, requestId: undefined, cause });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Asks the Amazon Pay Buyer ID API who the customer is, with the request's access token, on
 * the host of the request's region. It follows no redirect, reads at most 64 KiB and gives up
 * after `timeoutMs` for the whole answer. A failure rejects with an {@link AmazonPayBuyerIdError}
 * that says what happened (its `code` the catalog's, `invalid_token` becoming `InvalidToken`),
 * which the middleware's error handler answers if it escapes the skill's handler. Options it
 * cannot work with reject with an `AmazonPayConfigurationError` naming the option.
 *
 * @example const buyerId = await getBuyerId(handlerInput);
 */
export async function getBuyerId(
  handlerInput: HandlerInput,
  options: BuyerIdOptions = {},
): Promise<string> {
  const { sandbox, timeoutMs, baseUrl } = checkBuyerIdOptions(options);
  const system = handlerInput.requestEnvelope?.context?.System;
  const accessToken = system?.apiAccessToken;
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new AmazonPayBuyerIdError(
      'The request carries no apiAccessToken to call the Buyer ID API with.',
      { statusCode: undefined, code: 'InvalidToken', requestId: undefined },
    );
  }
  const base = (baseUrl ?? buyerIdHostFor(system?.apiEndpoint)).replace(/\/+$/, '');
  const url = `${base}/${sandbox ? 'sandbox' : 'live'}/v1/buyer/id`;
  const signal = AbortSignal.timeout(timeoutMs);

  let response: globalThis.Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      // A redirect could hand the request, and the answer, to another host.
      redirect: 'manual',
      signal,
    });
  } catch (cause) {
    throw signal.aborted
      ? failure(`The Buyer ID API did not answer within ${timeoutMs} ms.`, undefined, cause)
      : failure('The Buyer ID API could not be reached.', undefined, cause);
  }
  const { status } = response;
  if (status >= 300 && status < 400 && response.headers.has('location')) {
    await response.body?.cancel().catch(() => undefined);
    throw failure(
      `The Buyer ID API answered ${status} with a redirect, which getBuyerId does not follow.`,
      status,
    );
  }

  let text: string;
  try {
    text = await readCappedBody(response, maxBodyBytes);
  } catch (cause) {
    if (cause instanceof TooLargeError)
      throw failure(`The Buyer ID API answered ${status} with more than 64 KiB.`, status);
    throw signal.aborted
      ? failure(`The Buyer ID API did not finish its answer within ${timeoutMs} ms.`, status, cause)
      : failure(`The Buyer ID API broke off its answer (${status}).`, status, cause);
  }
  const body = parseJson(text);
  const buyerId = isRecord(body) ? ownString(body, 'buyerId') : undefined;
  if (response.ok && buyerId !== undefined && buyerId !== '') return buyerId;

  const errorBody = isRecord(body) ? body : undefined;
  const code = ownString(errorBody, 'errorCode');
  throw new AmazonPayBuyerIdError(
    response.ok
      ? 'The Buyer ID API answered without a buyer id.'
      : `The Buyer ID API answered ${status}${code === undefined ? '' : ` ${code}`}.`,
    { statusCode: status, code, requestId: ownString(errorBody, 'requestId') },
  );
}
