import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { AttemptTokens } from '../directives/attempt-tokens';
import type { PaymentDirectives } from '../directives/payment-directives';
import type { PaymentOutcome } from '../outcome/types';
import type { ErrorOutcome } from '../outcome/types';
import { isRecord, ownString } from '../outcome/read';
import type { Responder } from './answer';
import { logEvent, safelyLog, type AmazonPayLogger } from './log-event';

/** The codes a resend may answer: Amazon Pay's two 500s, and throttling if the skill asks. */
export const resendableCodes = [
  'InternalServerError',
  'ServiceUnavailable',
  'RequestThrottled',
] as const;
export type ResendableCode = (typeof resendableCodes)[number];

export interface RetrySettings {
  readonly maxRetries: number;
  readonly codes: ReadonlySet<string>;
  readonly sayOneMoment: boolean;
  readonly voiceCodeRetries: number;
}

/** Where the middleware keeps an offered voice-code retry while it waits for yes or no. */
export const retrySessionKey = 'ask-sdk-amazon-pay-middleware';

const voiceCodeFailure = 'CustomerApprovalFailure';

function sessionAttributes(handlerInput: HandlerInput): Record<string, unknown> | undefined {
  try {
    return handlerInput.attributesManager.getSessionAttributes();
  } catch {
    return undefined; // a request outside a session
  }
}

/**
 * Resends what is worth resending (DESIGN decision 4): the identical directive after a server
 * error, up to `maxRetries`, and after a failed voice code when the customer says yes. Never
 * with a different payload: the token carries the one that was sent.
 */
export class Retries {
  constructor(
    private readonly directives: PaymentDirectives,
    private readonly tokens: AttemptTokens,
    private readonly settings: RetrySettings,
    private readonly responder: Responder,
    private readonly log: AmazonPayLogger,
  ) {}

  /** Whether an outcome may still lead to a resend (so a stored payload must be kept). */
  mayContinue(outcome: PaymentOutcome): boolean {
    const code = outcome.kind === 'error' ? outcome.entry?.code : undefined;
    return code !== undefined && (this.settings.codes.has(code) || code === voiceCodeFailure);
  }

  /** Forgets the stored payload of an attempt that is over (nothing to do without an adapter). */
  finish(outcome: PaymentOutcome): Promise<void> | undefined {
    return this.tokens.keepsRecords && !this.mayContinue(outcome)
      ? this.tokens.forget(outcome.token)
      : undefined;
  }

  /** The identical directive again after a resendable error, while attempts remain. */
  resendAfterError(
    handlerInput: HandlerInput,
    outcome: ErrorOutcome,
  ): Promise<Response | undefined> | undefined {
    const code = outcome.entry?.code;
    // Most errors are not resent: answer them without a detour through promises.
    return code === undefined || !this.settings.codes.has(code)
      ? undefined
      : this.resend(handlerInput, outcome, code);
  }

  private async resend(
    handlerInput: HandlerInput,
    outcome: ErrorOutcome,
    code: string,
  ): Promise<Response | undefined> {
    const attempt = await this.tokens.open(handlerInput, outcome.operation, outcome.token);
    if (attempt === undefined) return undefined;
    if (attempt.serverResends >= this.settings.maxRetries) {
      await this.tokens.forget(outcome.token);
      return undefined;
    }
    const directive = await this.directives.resend(handlerInput, {
      ...attempt,
      serverResends: attempt.serverResends + 1,
    });
    safelyLog(
      this.log,
      logEvent(handlerInput, 'resend', outcome.entry, {
        operation: outcome.operation,
        httpStatus: outcome.statusCode,
        message: `${outcome.operation} answered ${code}; the identical directive was sent again (resend ${attempt.serverResends + 1} of ${this.settings.maxRetries}).`,
        correctiveAction:
          'None, unless it keeps happening: then look at Amazon Pay’s service status.',
      }),
    );
    const response: Response = { directives: [directive], shouldEndSession: true };
    if (this.settings.sayOneMoment) {
      response.outputSpeech = this.responder.respond(handlerInput, {
        promptKey: 'resend.oneMoment',
        card: false,
      }).outputSpeech;
    }
    return response;
  }

  /**
   * After a failed voice code: whether the customer can be asked to try again (a verified
   * token, retries left, a session to wait in). Keeps the token in the session for the answer.
   */
  async offerVoiceCodeRetry(handlerInput: HandlerInput, outcome: ErrorOutcome): Promise<boolean> {
    if (outcome.entry?.code !== voiceCodeFailure) return false;
    const attempt = await this.tokens.open(handlerInput, outcome.operation, outcome.token);
    const attributes = sessionAttributes(handlerInput);
    if (
      attempt === undefined ||
      attributes === undefined ||
      attempt.voiceRetries >= this.settings.voiceCodeRetries
    ) {
      await this.tokens.forget(outcome.token);
      return false;
    }
    handlerInput.attributesManager.setSessionAttributes({
      ...attributes,
      [retrySessionKey]: { operation: outcome.operation, token: outcome.token },
    });
    return true;
  }

  /** Whether this request is the customer's yes or no to an offered retry. */
  isAnswerToOffer(handlerInput: HandlerInput): boolean {
    const request = handlerInput.requestEnvelope?.request;
    if (request?.type !== 'IntentRequest') return false;
    const intent = request.intent?.name;
    return (
      (intent === 'AMAZON.YesIntent' || intent === 'AMAZON.NoIntent') &&
      this.offered(handlerInput) !== undefined
    );
  }

  /** Resends the identical directive on yes; ends politely on no. */
  async answerOffer(handlerInput: HandlerInput): Promise<Response> {
    const offer = this.offered(handlerInput);
    const others = Object.entries(sessionAttributes(handlerInput) ?? {}).filter(
      ([key]) => key !== retrySessionKey,
    );
    handlerInput.attributesManager.setSessionAttributes(Object.fromEntries(others));
    const request = handlerInput.requestEnvelope.request;
    const yes = request.type === 'IntentRequest' && request.intent.name === 'AMAZON.YesIntent';
    if (offer === undefined || !yes) {
      await this.tokens.forget(offer?.token);
      return this.responder.respond(handlerInput, {
        promptKey: 'voiceCodeOffer.customerSaidNo',
        card: false,
        endSession: true,
      });
    }
    const attempt = await this.tokens.open(handlerInput, offer.operation, offer.token);
    if (attempt === undefined) {
      return this.responder.respond(handlerInput, {
        promptKey: 'error.unexpected',
        card: false,
        endSession: true,
      });
    }
    const directive = await this.directives.resend(handlerInput, {
      ...attempt,
      voiceRetries: attempt.voiceRetries + 1,
    });
    return { directives: [directive], shouldEndSession: true };
  }

  private offered(
    handlerInput: HandlerInput,
  ): { operation: 'Setup' | 'Charge'; token: string } | undefined {
    const stored = sessionAttributes(handlerInput)?.[retrySessionKey];
    if (!isRecord(stored)) return undefined;
    const operation = ownString(stored, 'operation');
    const token = ownString(stored, 'token');
    return (operation === 'Setup' || operation === 'Charge') && token !== undefined
      ? { operation, token }
      : undefined;
  }
}
