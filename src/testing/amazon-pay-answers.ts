import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import type { AmazonPayOperation, BillingAgreementStatus } from '../outcome/types';
import { lookupErrorCode } from '../catalog/lookup';
import { isRecord, ownRecord, ownString } from '../outcome/read';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  chargePendingEnvelope,
  chargeSuccessEnvelope,
  setupSuccessEnvelope,
  type ChargeFixture,
  type ErrorFixture,
} from './amazon-pay-envelopes';
import { amazonPaySpeechFor } from './amazon-pay-speech';
import type { EnvelopeOptions } from './envelopes';

/** How Amazon Pay answers one Setup or Charge directive in a played purchase. */
export type AmazonPayAnswer =
  | {
      readonly kind: 'success';
      readonly billingAgreementStatus?: BillingAgreementStatus;
      readonly state?: 'Open' | 'Closed' | 'Completed';
    }
  | { readonly kind: 'pending' }
  | { readonly kind: 'decline'; readonly reasonCode: string; readonly softDecline?: boolean }
  | ({ readonly kind: 'error'; readonly code: string } & ErrorFixture);

let authorizationCounter = 0;

/** What Amazon Pay echoes of a Charge directive in its answer: reference, amount, a new id. */
function chargeEcho(directive: interfaces.connections.SendRequestDirective): ChargeFixture {
  const authorize = isRecord(directive.payload)
    ? ownRecord(directive.payload, 'authorizeAttributes')
    : undefined;
  const amount = authorize && ownRecord(authorize, 'authorizationAmount');
  authorizationCounter += 1;
  return {
    authorizationReferenceId: ownString(authorize, 'authorizationReferenceId'),
    amount: ownString(amount, 'amount'),
    currencyCode: ownString(amount, 'currencyCode'),
    amazonAuthorizationId: `S01-0000000-0000001-A${String(authorizationCounter).padStart(6, '0')}`,
  };
}

/**
 * The Connections.Response Amazon Pay sends to a directive for an answer: the directive's
 * name and token, and, for a Charge, its reference id and amount echoed back.
 */
export function answerEnvelope(
  directive: interfaces.connections.SendRequestDirective,
  answer: AmazonPayAnswer,
  options: EnvelopeOptions = {},
): RequestEnvelope {
  const operation = directive.name === 'Setup' ? 'Setup' : 'Charge';
  const fixture = { ...options, token: directive.token };
  const echo = operation === 'Charge' ? chargeEcho(directive) : {};
  switch (answer.kind) {
    case 'success':
      return operation === 'Setup'
        ? setupSuccessEnvelope({ billingAgreementStatus: answer.billingAgreementStatus }, fixture)
        : chargeSuccessEnvelope({ ...echo, state: answer.state }, fixture);
    case 'pending':
      return chargePendingEnvelope(echo, fixture);
    case 'decline':
      return chargeDeclinedEnvelope(
        answer.reasonCode,
        { ...echo, softDecline: answer.softDecline },
        fixture,
      );
    case 'error':
      return amazonPayErrorEnvelope(operation, answer.code, answer, fixture);
  }
}

/** What Amazon Pay says to the customer before the skill hears of an answer, paraphrased. */
export function saysFirst(
  operation: AmazonPayOperation,
  answer: AmazonPayAnswer,
): string | undefined {
  if (answer.kind === 'decline') return amazonPaySpeechFor(answer.reasonCode, 'decline');
  if (answer.kind !== 'error') return undefined;
  const context = lookupErrorCode(answer.code, 'permission')
    ? 'permission'
    : operation === 'Setup'
      ? 'setup'
      : 'charge';
  return amazonPaySpeechFor(answer.code, context);
}
