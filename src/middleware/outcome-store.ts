import type { HandlerInput } from 'ask-sdk-core';
import { paymentPath } from '../on-first-use';
import type { PaymentOutcome } from '../outcome/types';

// The outcome of the latest Amazon Pay response, so that the interceptor, canHandle and handle
// of one request classify it once. Kept beside the request rather than in request attributes,
// which a skill may replace. Interleaved requests only cost a new (pure) classification.
let lastRequest: unknown;
let lastOutcome: PaymentOutcome | undefined;

/**
 * The outcome of this request when it is an Amazon Pay `Connections.Response` (Setup or
 * Charge), `undefined` otherwise.
 *
 * @example
 * const outcome = getPaymentOutcome(handlerInput);
 * if (outcome?.kind === 'success' && outcome.operation === 'Charge') fulfil(outcome.result);
 */
export function getPaymentOutcome(handlerInput: HandlerInput): PaymentOutcome | undefined {
  const envelope: unknown = handlerInput?.requestEnvelope;
  if (typeof envelope !== 'object' || envelope === null) return undefined;
  // The common case, any request that is not a Connections.Response, costs one type check.
  const request = (envelope as { request?: { type?: unknown; name?: unknown } }).request;
  if (request?.type !== 'Connections.Response') return undefined;
  if (request !== lastRequest) {
    // Responses to in-skill purchases (Buy, Upsell, Cancel) are no payment: they load nothing.
    const { name } = request;
    lastOutcome =
      name === 'Setup' || name === 'Charge'
        ? paymentPath.get().classifyConnectionsResponse(request)
        : undefined;
    lastRequest = request;
  }
  return lastOutcome;
}
