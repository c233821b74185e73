import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
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
import { intentRequestEnvelope, type EnvelopeOptions } from './envelopes';

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

/** Amazon Pay's answers by operation, in order; once a list runs out, its last answer repeats. */
export interface AmazonPayScript {
  readonly Setup?: AmazonPayAnswer | readonly AmazonPayAnswer[];
  readonly Charge?: AmazonPayAnswer | readonly AmazonPayAnswer[];
}

/** One step of a played purchase, in the order it happened. */
export type PurchaseTurn =
  | { readonly speaker: 'customer'; readonly request: RequestEnvelope }
  | { readonly speaker: 'skill'; readonly response: ResponseEnvelope }
  | {
      readonly speaker: 'amazon-pay';
      readonly operation: AmazonPayOperation;
      readonly answer: AmazonPayAnswer;
      /** What Amazon Pay says to the customer first, paraphrased; undefined when it says nothing. */
      readonly says: string | undefined;
      readonly request: RequestEnvelope;
    };

export interface PlayedPurchase {
  readonly turns: readonly PurchaseTurn[];
  /** The skill's last response. */
  readonly last: ResponseEnvelope;
  /** Every Setup and Charge directive the skill sent, in order. */
  readonly directives: readonly interfaces.connections.SendRequestDirective[];
}

/** Anything with ask-sdk's `invoke`: a `CustomSkill`, or a wrapper of one. */
export interface InvocableSkill {
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
}

const successAnswer: AmazonPayAnswer = { kind: 'success' };
const maxRoundTrips = 10;

function paymentDirectiveOf(
  response: ResponseEnvelope,
): interfaces.connections.SendRequestDirective | undefined {
  return response.response.directives?.find(
    (directive): directive is interfaces.connections.SendRequestDirective =>
      directive.type === 'Connections.SendRequest' &&
      (directive.name === 'Setup' || directive.name === 'Charge'),
  );
}

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

function saysFirst(operation: AmazonPayOperation, answer: AmazonPayAnswer): string | undefined {
  if (answer.kind === 'decline') return amazonPaySpeechFor(answer.reasonCode, 'decline');
  if (answer.kind !== 'error') return undefined;
  const context = lookupErrorCode(answer.code, 'permission')
    ? 'permission'
    : operation === 'Setup'
      ? 'setup'
      : 'charge';
  return amazonPaySpeechFor(answer.code, context);
}

/**
 * Plays a purchase through a skill: sends the customer's request, then, for every Setup or
 * Charge directive the skill answers with, the Connections.Response Amazon Pay would send (in
 * a new session, with the directive's token), as the script says. Stops when the skill sends
 * no more directives.
 *
 * @example
 * const run = await playPurchase(skill, intentRequestEnvelope('BuyIntent'), { Charge: { kind: 'decline', reasonCode: 'AmazonRejected' } });
 * expect(run.last.response.outputSpeech).toBeDefined();
 */
export async function playPurchase(
  skill: InvocableSkill,
  request: RequestEnvelope,
  script: AmazonPayScript = {},
  options: EnvelopeOptions = {},
): Promise<PlayedPurchase> {
  const queues = {
    Setup: [script.Setup ?? successAnswer].flat(),
    Charge: [script.Charge ?? successAnswer].flat(),
  };
  const turns: PurchaseTurn[] = [{ speaker: 'customer', request }];
  const directives: interfaces.connections.SendRequestDirective[] = [];
  let last = await skill.invoke(request);
  turns.push({ speaker: 'skill', response: last });
  const locale =
    options.locale === undefined ? (request.request as { locale?: string }).locale : options.locale;
  const userId = options.userId ?? request.context.System.user.userId;
  // Every request of a conversation carries the same permissions as the first one.
  const status =
    request.context.System.user.permissions?.scopes?.['payments:autopay_consent']?.status;
  const consent =
    options.consent ?? (status === 'GRANTED' || status === 'DENIED' ? status : 'absent');

  for (let trip = 0; trip < maxRoundTrips; trip += 1) {
    const directive = paymentDirectiveOf(last);
    if (directive === undefined) break;
    directives.push(directive);
    const operation = directive.name as AmazonPayOperation;
    const queue = queues[operation];
    const answer = (queue.length > 1 ? queue.shift() : queue[0]) as AmazonPayAnswer;
    const envelope = answerEnvelope(directive, answer, { ...options, locale, userId, consent });
    turns.push({
      speaker: 'amazon-pay',
      operation,
      answer,
      says: saysFirst(operation, answer),
      request: envelope,
    });
    last = await skill.invoke(envelope);
    turns.push({ speaker: 'skill', response: last });
  }
  return { turns, last, directives };
}

/** The customer's next intent in the session a response left open, with its session attributes. */
export function nextIntentInSession(
  response: ResponseEnvelope,
  intentName: string,
  options: EnvelopeOptions & { readonly slots?: Record<string, string> } = {},
): RequestEnvelope {
  return intentRequestEnvelope(intentName, {
    ...options,
    newSession: false,
    sessionAttributes: response.sessionAttributes ?? {},
  });
}
