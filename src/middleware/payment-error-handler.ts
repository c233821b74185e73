import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { PaymentOutcome } from '../outcome/types';
import { isUnconfirmedCharge } from '../outcome/unconfirmed';
import type { PromptKey } from '../prompts/prompt-keys';
import { answerForEntry, isJapaneseRequest, type Answer, type Responder } from './answer';
import { logEvent, type AmazonPayLogEvent } from './log-event';
import { safelyLog } from './log-hook';
import type { ResolvedOptions } from './options';
import { lookTheOrderUp, referenceIdAnswered } from './outcome-events';
import { getPaymentOutcome } from './outcome-store';
import {
  describeThrown,
  isNoHandlerError,
  recognisePaymentError,
  type ThrownErrorFacts,
} from './thrown-errors';

/** What a thrown error after a Charge means for the order, by what Amazon Pay answered. */
const chargeAfterMath: Partial<
  Record<PaymentOutcome['kind'], { readonly message: string; readonly correctiveAction: string }>
> = {
  success: {
    message: 'after Amazon Pay took the payment; the customer heard that it went through.',
    correctiveAction:
      'Fulfil the order by hand (look it up by its reference id): it is paid, and nothing will ask for it again. Then fix the code that threw.',
  },
  pending: {
    message:
      'after Amazon Pay accepted the payment for processing; the customer heard that it is being processed.',
    correctiveAction:
      'Hold the order (look it up by its reference id) until Amazon Pay confirms the authorization, then fulfil it; it may still be declined. Then fix the code that threw.',
  },
  unknown: {
    message:
      'after a Charge whose answer could not be read: Amazon Pay may have taken the payment. The customer heard that it could not be confirmed.',
    correctiveAction: `${lookTheOrderUp} Then fix the code that threw.`,
  },
};

/** The true, neutral sentence for a payment that went through or is still being processed. */
const neutralPromptFor = (outcome: PaymentOutcome): PromptKey | undefined => {
  if (outcome.kind === 'pending') return 'pending.charge';
  if (outcome.kind === 'success')
    return outcome.operation === 'Setup' ? 'success.setup' : 'success.charge';
  return undefined;
};

/**
 * Answers the errors the middleware claims (see gates.ts): anything thrown while handling an
 * Amazon Pay response, and its own typed errors (validation, Buyer ID from its client, FPS). It
 * answers in the request's language and never rethrows.
 */
export class PaymentErrorHandler {
  constructor(
    private readonly options: ResolvedOptions,
    private readonly responder: Responder,
  ) {}

  handle(handlerInput: HandlerInput, error: Error): Response {
    const outcome = getPaymentOutcome(handlerInput);
    const recognised = recognisePaymentError(error);
    const succeeded = outcome === undefined ? undefined : neutralPromptFor(outcome);
    const missingHandler = succeeded !== undefined && isNoHandlerError(error);
    // Money moved (a charge went through or is pending), or may have (a Charge whose answer
    // cannot be read): the customer must not hear that nothing was bought. After a Setup,
    // nothing was bought yet: a failure there is answered as one.
    const moneyMoved =
      outcome?.kind === 'pending' ||
      (outcome?.kind === 'success' && outcome.operation === 'Charge');
    const neutral = isUnconfirmedCharge(outcome)
      ? 'unconfirmed.charge'
      : missingHandler || moneyMoved
        ? succeeded
        : undefined;
    safelyLog(
      this.options.log,
      this.event(handlerInput, error, outcome, recognised, missingHandler),
    );

    // A payment that went through is never apologised for, whatever failed after it.
    if (neutral !== undefined)
      return this.responder.respond(handlerInput, {
        promptKey: neutral,
        card: false,
        endSession: true,
      });
    return this.responder.respond(handlerInput, this.answerFor(handlerInput, outcome, recognised));
  }

  private answerFor(
    handlerInput: HandlerInput,
    outcome: PaymentOutcome | undefined,
    recognised: ThrownErrorFacts | undefined,
  ): Answer {
    const inJapan = isJapaneseRequest(handlerInput);
    const { silentAfterAmazonPay } = this.options;
    if (recognised !== undefined)
      return answerForEntry(recognised.entry, recognised.fallback, inJapan, silentAfterAmazonPay);
    if (outcome?.kind === 'decline')
      return answerForEntry(
        outcome.entry,
        'afterAmazonPaySpoke.declined',
        inJapan,
        silentAfterAmazonPay,
      );
    if (outcome?.kind === 'error')
      return answerForEntry(outcome.entry, 'error.unexpected', inJapan, silentAfterAmazonPay);
    return { promptKey: 'error.unexpected', card: false };
  }

  private event(
    handlerInput: HandlerInput,
    error: unknown,
    outcome: PaymentOutcome | undefined,
    recognised: ThrownErrorFacts | undefined,
    missingHandler: boolean,
  ): AmazonPayLogEvent {
    const entry = recognised?.entry;
    const thrown = describeThrown(error);
    const operation = entry?.operations.length === 1 ? entry.operations[0] : outcome?.operation;
    if (missingHandler && outcome !== undefined) {
      const what =
        outcome.kind === 'pending' ? 'pending Charge' : `successful ${outcome.operation}`;
      const callback =
        outcome.kind === 'pending' ? 'onChargePending' : `on${outcome.operation}Success`;
      return logEvent(handlerInput, 'missing-handler', undefined, {
        handledBy: 'merchant',
        operation: outcome.operation,
        httpStatus: 200,
        message: `No handler answered a ${what}; the customer heard a neutral sentence that it ${outcome.kind === 'pending' ? 'is being processed' : 'went through'}.`,
        correctiveAction: `Register a handler for this Connections.Response after the middleware, or pass the ${callback} option.`,
      });
    }
    // A Charge that took, may take or may have taken money: the order is named, and what to do
    // with it is said, whatever else failed.
    const moneyAt = outcome?.operation === 'Charge' ? chargeAfterMath[outcome.kind] : undefined;
    if (moneyAt !== undefined)
      return logEvent(handlerInput, 'thrown', entry, {
        code: recognised?.code,
        handledBy: 'merchant',
        operation: 'Charge',
        httpStatus: outcome?.kind === 'unknown' ? outcome.statusCode : 200,
        message: `The skill threw ${thrown.name} ${moneyAt.message}`,
        correctiveAction: moneyAt.correctiveAction,
        authorizationReferenceId: referenceIdAnswered(handlerInput),
        field: recognised?.field,
        error: thrown,
      });
    return logEvent(handlerInput, 'thrown', entry, {
      code: recognised?.code,
      handledBy: entry?.handledBy ?? 'merchant',
      operation,
      message:
        entry?.developerMessage ??
        `The skill threw ${thrown.name} while handling ${outcome === undefined ? 'a request' : `an Amazon Pay ${outcome.operation} response`}.`,
      correctiveAction:
        entry?.correctiveAction ??
        'Fix the code that threw; the customer heard a kind, generic sentence.',
      field: recognised?.field,
      error: thrown,
    });
  }
}
