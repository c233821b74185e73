import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { classifyConnectionsResponse } from '../outcome/classify';
import type { PaymentOutcome } from '../outcome/types';

// Kept beside the request rather than in request attributes, which a skill may replace.
const outcomes = new WeakMap<RequestEnvelope, PaymentOutcome | null>();

/**
 * The outcome of this request when it is an Amazon Pay `Connections.Response` (Setup or
 * Charge), `undefined` otherwise. Classified once per request.
 *
 * @example
 * const outcome = getPaymentOutcome(handlerInput);
 * if (outcome?.kind === 'success' && outcome.operation === 'Charge') fulfil(outcome.result);
 */
export function getPaymentOutcome(handlerInput: HandlerInput): PaymentOutcome | undefined {
  const envelope: unknown = handlerInput?.requestEnvelope;
  if (typeof envelope !== 'object' || envelope === null) return undefined;
  // The common case, any request that is not a Connections.Response, costs one type check.
  const request = (envelope as { request?: { type?: unknown } }).request;
  if (request?.type !== 'Connections.Response') return undefined;
  const known = outcomes.get(envelope as RequestEnvelope);
  if (known !== undefined) return known ?? undefined;
  const outcome = classifyConnectionsResponse((envelope as { request?: unknown }).request);
  outcomes.set(envelope as RequestEnvelope, outcome ?? null);
  return outcome;
}
