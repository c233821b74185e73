import { getLocale, getRequestType, type HandlerInput } from 'ask-sdk-core';
import { marketplaceOf, type Marketplace } from '../shop';

/** Whether the request is one of these intents. */
export const intentIs = (input: HandlerInput, ...names: string[]): boolean => {
  const { request } = input.requestEnvelope;
  return request.type === 'IntentRequest' && names.includes(request.intent?.name);
};

export const requestIs = (input: HandlerInput, type: string): boolean =>
  getRequestType(input.requestEnvelope) === type;

/** The marketplace of the request's locale; some envelopes have none, or a made-up one. */
export const marketOf = (input: HandlerInput): Marketplace =>
  marketplaceOf(getLocale(input.requestEnvelope) as string | undefined);
