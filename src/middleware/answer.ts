import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { ErrorCatalogEntry } from '../catalog/types';
import { repromptFor, type PromptKey } from '../prompts/prompt-keys';
import type { PromptRenderer } from '../prompts/renderer';
import { amazonPayScope } from './permissions';

/** What the middleware says and shows; `promptKey` undefined is a deliberate silence. */
export interface Answer {
  readonly promptKey: PromptKey | undefined;
  readonly card: boolean;
  /** Ends the session whatever the `endSessionAfterError` option says (successes do). */
  readonly endSession?: boolean;
}

/** The request's locale, read without trusting the envelope's shape. */
export function requestLocale(handlerInput: HandlerInput): unknown {
  const request: unknown = handlerInput.requestEnvelope?.request;
  return typeof request === 'object' && request !== null
    ? (request as { locale?: unknown }).locale
    : undefined;
}

/** Japan is the one marketplace where the skill, not Amazon Pay, sends permission cards. */
export function isJapaneseRequest(handlerInput: HandlerInput): boolean {
  return requestLocale(handlerInput) === 'ja-JP';
}

/**
 * The answer to a catalog entry: the follow-up (or silence) where Amazon Pay has spoken, the
 * full prompt elsewhere, and a consent card where the entry calls for one in this marketplace.
 */
export function answerForEntry(
  entry: ErrorCatalogEntry | undefined,
  fallback: PromptKey,
  inJapan: boolean,
  silentAfterAmazonPay: boolean,
): Answer {
  const card = entry?.permissionCard === 'always' || (entry?.permissionCard === 'japan' && inJapan);
  if (entry?.voicedByAmazonPay === true && silentAfterAmazonPay)
    return { promptKey: undefined, card };
  return { promptKey: entry?.promptKey ?? fallback, card };
}

const consentCard = { type: 'AskForPermissionsConsent', permissions: [amazonPayScope] } as const;

/** Turns answers into ASK responses in the request's language. */
export class Responder {
  constructor(
    private readonly renderer: PromptRenderer,
    private readonly endSessionAfterError: boolean,
  ) {}

  respond(handlerInput: HandlerInput, answer: Answer): Response {
    const locale = requestLocale(handlerInput);
    const response: Response = {};
    if (answer.promptKey !== undefined) {
      response.outputSpeech = { type: 'SSML', ssml: this.renderer.speak(answer.promptKey, locale) };
    }
    if (answer.card) response.card = { ...consentCard, permissions: [...consentCard.permissions] };
    const reprompt = answer.promptKey === undefined ? undefined : repromptFor[answer.promptKey];
    if (reprompt !== undefined) {
      response.reprompt = {
        outputSpeech: { type: 'SSML', ssml: this.renderer.speak(reprompt, locale) },
      };
      response.shouldEndSession = false;
    } else {
      response.shouldEndSession = answer.endSession ?? this.endSessionAfterError;
    }
    return response;
  }
}
