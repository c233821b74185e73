import type { HandlerInput } from 'ask-sdk-core';
import { parseLocale } from '../prompts/locale';
import { logText } from './log-event';
import { requestLocale } from './answer';

/** The request id and locale a log event carries, shortened and checked. */
export function requestFacts(handlerInput: HandlerInput): {
  requestId: string | undefined;
  locale: string | undefined;
} {
  const request: unknown = handlerInput.requestEnvelope?.request;
  const requestId =
    typeof request === 'object' && request !== null
      ? (request as { requestId?: unknown }).requestId
      : undefined;
  return { requestId: logText(requestId), locale: parseLocale(requestLocale(handlerInput))?.tag };
}
