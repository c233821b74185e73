import type { HandlerInput } from 'ask-sdk-core';
import type {
  ChargeDeclineOutcome,
  ErrorOutcome,
  SetupSuccessOutcome,
  UnconfirmedChargeOutcome,
  UnknownOutcome,
} from '../outcome/types';
import { asRecord, ownRecord, ownString } from '../outcome/read';
import { logEvent, type AmazonPayLogEvent } from './log-event';

/** What to do about a Charge that may have taken money: said wherever one is logged. */
export const lookTheOrderUp =
  'Look the order up (Seller Central, or the authorization by its reference id) before fulfilling it or charging again.';

/** The authorization's reference id in Amazon Pay's answer to a Charge, if it can be read. */
export function referenceIdAnswered(handlerInput: HandlerInput): string | undefined {
  const payload = ownRecord(asRecord(handlerInput.requestEnvelope?.request), 'payload');
  return ownString(ownRecord(payload, 'authorizationDetails'), 'authorizationReferenceId');
}

/** The authorization's reference id in a Charge payload the skill sent, as JSON text. */
export function referenceIdSent(payload: string | undefined): string | undefined {
  try {
    const sent = payload === undefined ? undefined : asRecord(JSON.parse(payload));
    return ownString(ownRecord(sent, 'authorizeAttributes'), 'authorizationReferenceId');
  } catch {
    return undefined;
  }
}

/** The log event of a declined Charge. */
export function declineEvent(
  handlerInput: HandlerInput,
  outcome: ChargeDeclineOutcome,
): AmazonPayLogEvent {
  const { entry } = outcome;
  return logEvent(handlerInput, 'decline', entry, {
    code: outcome.reasonCode,
    context: 'decline',
    operation: 'Charge',
    httpStatus: 200,
    message:
      entry?.developerMessage ??
      `The authorization was declined with the reason ${outcome.reasonCode ?? '(none)'}, which the catalog does not know.`,
    correctiveAction:
      entry?.correctiveAction ?? 'Do not fulfil the order; the customer can try again later.',
    softDecline: outcome.softDecline,
  });
}

/** The log event of a Setup or Charge that answered with an error status. */
export function errorEvent(handlerInput: HandlerInput, outcome: ErrorOutcome): AmazonPayLogEvent {
  const { entry } = outcome;
  return logEvent(handlerInput, 'error', entry, {
    code: outcome.code,
    operation: outcome.operation,
    httpStatus: outcome.statusCode,
    message:
      entry?.developerMessage ??
      `${outcome.operation} answered ${outcome.statusCode} with the code ${outcome.code ?? '(none)'}, which the catalog does not know for ${outcome.operation}.`,
    correctiveAction:
      entry?.correctiveAction ?? "Read Amazon Pay's message (amazonPayMessage) for the cause.",
    amazonPayMessage: outcome.errorMessage,
  });
}

const unknownReasons: Readonly<Record<UnknownOutcome['reason'], string>> = {
  'unreadable-status': 'has no readable status code',
  'missing-billing-agreement': 'answered 200 without billingAgreementDetails.billingAgreementId',
  'missing-authorization-state':
    'answered 200 without authorizationDetails.authorizationStatus.state',
  'unexpected-authorization-state':
    'answered 200 with an authorization state other than Open, Closed, Completed, Pending or Declined',
  'unreadable-request': 'could not be read',
};

/** The log event of a Setup or Charge response whose shape makes no sense. */
export function malformedEvent(
  handlerInput: HandlerInput,
  outcome: UnknownOutcome,
): AmazonPayLogEvent {
  return logEvent(handlerInput, 'malformed-response', undefined, {
    operation: outcome.operation,
    httpStatus: outcome.statusCode,
    message: `The ${outcome.operation} response ${unknownReasons[outcome.reason]}.`,
    correctiveAction:
      'The customer was told something went wrong; check what sends this request to the skill.',
  });
}

/** The log note of a Setup whose billing agreement is not Open (Setup still succeeded). */
export function agreementNotOpenEvent(
  handlerInput: HandlerInput,
  outcome: SetupSuccessOutcome,
): AmazonPayLogEvent {
  const reason = outcome.billingAgreementReason;
  return logEvent(handlerInput, 'billing-agreement-not-open', reason, {
    operation: 'Setup',
    httpStatus: 200,
    message:
      reason?.developerMessage ??
      `Setup returned a billing agreement in the status ${outcome.billingAgreementStatus ?? '(unknown)'}. Setup itself succeeded.`,
    correctiveAction:
      reason?.correctiveAction ??
      'Call Charge as usual; Amazon Pay answers it with the cause if it cannot charge.',
  });
}

/** The log event of a Charge whose answer cannot be read, so that the payment is unconfirmed. */
export function unconfirmedEvent(
  handlerInput: HandlerInput,
  outcome: UnconfirmedChargeOutcome,
  authorizationReferenceId: string | undefined,
): AmazonPayLogEvent {
  return logEvent(handlerInput, 'unconfirmed-charge', undefined, {
    handledBy: 'merchant',
    operation: 'Charge',
    httpStatus: outcome.statusCode,
    authorizationReferenceId,
    message: `The Charge response ${unknownReasons[outcome.reason]}, so the payment is unconfirmed: Amazon Pay may have taken it. The customer heard that it could not be confirmed and how to check before trying again.`,
    correctiveAction: lookTheOrderUp,
  });
}
