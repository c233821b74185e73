import type { RequestEnvelope } from 'ask-sdk-model';
import { classifyConnectionsResponse } from '../../src';
import type { Attempt, RetrySettings } from '../../src/attempts/attempt';
import {
  attemptMatters,
  decideNextStep,
  type AnsweredOutcome,
  type NextStep,
  type StepSettings,
  type Turn,
} from '../../src/attempts/decide-next-step';
import { withTags } from '../../src/directives/tags';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  connectionsResponseEnvelope,
} from '../../src/testing';
import { chargeInput } from '../support/payment-skill';

const answered = (envelope: RequestEnvelope) =>
  classifyConnectionsResponse(envelope.request) as AnsweredOutcome;
const chargeError = (code: string) => answered(amazonPayErrorEnvelope('Charge', code));

const inCurrency = (currencyCode: string, amount: string) =>
  JSON.stringify(
    withTags('Charge', {
      ...chargeInput,
      authorizeAttributes: {
        ...chargeInput.authorizeAttributes,
        authorizationAmount: { amount, currencyCode },
      },
    }),
  );
const dollars = inCurrency('USD', '12.50');
const yen = inCurrency('JPY', '1000');

/** An opened attempt with these counters (server resends, voice-code tries). */
const attempt = (serverResends: number, voiceRetries: number, payload = dollars): Attempt => ({
  operation: 'Charge',
  payload,
  serverResends,
  voiceRetries,
  expiresAt: 1_700_000_600,
});

const defaults: RetrySettings = {
  maxRetries: 1,
  codes: new Set(['InternalServerError', 'ServiceUnavailable']),
  sayOneMoment: false,
  voiceCodeRetries: 2,
};
type Settings = Partial<RetrySettings> & { readonly silent?: boolean };
const settingsOf = ({ silent = false, ...retry }: Settings): StepSettings => ({
  retry: { ...defaults, ...retry },
  silentAfterAmazonPay: silent,
});
const inSession: Turn = { inSession: true, japaneseRequest: false };

/** A step, written the short way: what happens and what the customer hears. */
function summary(step: NextStep): string {
  if (step.kind === 'resend')
    return `resend (${step.attempt.serverResends} sent again, ${step.attempt.voiceRetries} voice tries)`;
  if (step.kind === 'offer-voice-code-retry') return `offer: ${step.question.promptKey ?? ''}`;
  const { promptKey, card, endSession } = step.answer;
  return [
    promptKey ?? 'silence',
    card ? '+ card' : '',
    endSession === true ? '(ends the session)' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const throttled = new Set(['InternalServerError', 'ServiceUnavailable', 'RequestThrottled']);
const none = undefined;
const noSession: Turn = { inSession: false, japaneseRequest: false };
const inJapan: Turn = { inSession: true, japaneseRequest: true };

/** Amazon Pay's answers the table speaks of, by the name its rows give them. */
const outcomes: Readonly<Record<string, AnsweredOutcome>> = {
  ...Object.fromEntries(
    [
      'InternalServerError',
      'ServiceUnavailable',
      'RequestThrottled',
      'CustomerApprovalFailure',
      'VoicePurchaseNotEnabled',
      'InvalidSellerId',
      'InvalidPaymentMethod',
      'ACCESS_DENIED',
      'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE',
      'BrandNewCode',
    ].map((code) => [code, chargeError(code)]),
  ),
  'decline InvalidPaymentMethod': answered(chargeDeclinedEnvelope('InvalidPaymentMethod')),
  'decline AmazonRejected': answered(chargeDeclinedEnvelope('AmazonRejected')),
  'decline SomethingNew': answered(chargeDeclinedEnvelope('SomethingNew')),
  'unreadable Charge': answered(connectionsResponseEnvelope({ name: 'Charge', payload: {} })),
  'unreadable Setup': answered(connectionsResponseEnvelope({ name: 'Setup', payload: {} })),
};

// Amazon Pay's answer, the attempt opened for it (or none), settings, turn: what happens next.
// prettier-ignore
const table: readonly [string, Attempt | undefined, Settings, Turn, string][] = [
  ['InternalServerError', attempt(0, 0), {}, inSession, 'resend (1 sent again, 0 voice tries)'],
  ['InternalServerError', attempt(1, 0), {}, inSession, 'error.amazonPayUnavailable'],
  ['InternalServerError', none, {}, inSession, 'error.amazonPayUnavailable'],
  ['InternalServerError', attempt(0, 0), { maxRetries: 0 }, inSession, 'error.amazonPayUnavailable'],
  ['InternalServerError', attempt(2, 1), { maxRetries: 3 }, inSession, 'resend (3 sent again, 1 voice tries)'],
  ['InternalServerError', attempt(3, 0), { maxRetries: 3 }, inSession, 'error.amazonPayUnavailable'],
  ['InternalServerError', attempt(0, 0), { silent: true }, inSession, 'resend (1 sent again, 0 voice tries)'],
  ['InternalServerError', attempt(0, 0), {}, noSession, 'resend (1 sent again, 0 voice tries)'],
  ['ServiceUnavailable', attempt(0, 0), {}, inSession, 'resend (1 sent again, 0 voice tries)'],
  ['ServiceUnavailable', attempt(0, 0), { codes: new Set() }, inSession, 'error.amazonPayUnavailable'],
  ['RequestThrottled', attempt(0, 0), {}, inSession, 'afterAmazonPaySpoke.comeBackInFewMinutes'],
  ['RequestThrottled', attempt(0, 0), { silent: true }, inSession, 'silence'],
  ['RequestThrottled', attempt(0, 0), { codes: throttled }, inSession, 'resend (1 sent again, 0 voice tries)'],
  ['RequestThrottled', attempt(1, 0), { codes: throttled }, inSession, 'afterAmazonPaySpoke.comeBackInFewMinutes'],
  ['CustomerApprovalFailure', attempt(0, 0), {}, inSession, 'offer: voiceCodeOffer.askToTryAgain'],
  ['CustomerApprovalFailure', attempt(1, 1), {}, inSession, 'offer: voiceCodeOffer.askToTryAgain'],
  ['CustomerApprovalFailure', attempt(0, 2), {}, inSession, 'afterAmazonPaySpoke.voiceCodeNotAccepted'],
  ['CustomerApprovalFailure', attempt(0, 3), { voiceCodeRetries: 3 }, inSession, 'afterAmazonPaySpoke.voiceCodeNotAccepted'],
  ['CustomerApprovalFailure', attempt(0, 0), { voiceCodeRetries: 0 }, inSession, 'afterAmazonPaySpoke.voiceCodeNotAccepted'],
  ['CustomerApprovalFailure', none, {}, inSession, 'afterAmazonPaySpoke.voiceCodeNotAccepted'],
  ['CustomerApprovalFailure', attempt(0, 0), {}, noSession, 'afterAmazonPaySpoke.voiceCodeNotAccepted'],
  ['CustomerApprovalFailure', attempt(0, 0), { silent: true }, inSession, 'silence'],
  ['VoicePurchaseNotEnabled', attempt(0, 0), {}, inSession, 'afterAmazonPaySpoke.nothingBought'],
  ['VoicePurchaseNotEnabled', attempt(0, 0), { silent: true }, inSession, 'silence'],
  ['InvalidSellerId', attempt(0, 0), {}, inSession, 'error.shopCannotTakePayments'],
  ['InvalidSellerId', attempt(0, 0), { silent: true }, inSession, 'error.shopCannotTakePayments'],
  ['InvalidPaymentMethod', none, {}, inSession, 'afterAmazonPaySpoke.paymentMethodNeedsUpdate'],
  ['InvalidPaymentMethod', none, { silent: true }, inSession, 'silence'],
  ['ACCESS_DENIED', none, {}, inSession, 'permission.requestAfterRefusal + card'],
  ['MISSING_PERMISSIONS_TO_ACCESS_RESOURCE', attempt(0, 0), {}, inSession, 'permission.requestAfterRefusal'],
  ['MISSING_PERMISSIONS_TO_ACCESS_RESOURCE', attempt(0, 0, yen), {}, inSession, 'permission.requestAfterRefusal + card'],
  ['MISSING_PERMISSIONS_TO_ACCESS_RESOURCE', none, {}, inJapan, 'permission.requestAfterRefusal + card'],
  ['BrandNewCode', attempt(0, 0), {}, inSession, 'error.unexpected'],
  ['decline InvalidPaymentMethod', none, {}, inSession, 'afterAmazonPaySpoke.paymentMethodNeedsUpdate'],
  ['decline AmazonRejected', none, { silent: true }, inSession, 'silence'],
  ['decline SomethingNew', none, {}, inSession, 'afterAmazonPaySpoke.declined'],
  ['unreadable Charge', none, {}, inSession, 'unconfirmed.charge (ends the session)'],
  ['unreadable Charge', none, { silent: true }, inSession, 'unconfirmed.charge (ends the session)'],
  ['unreadable Setup', none, {}, inSession, 'error.unexpected'],
];

const outcomeOf = (name: string): AnsweredOutcome => {
  const outcome = outcomes[name];
  if (outcome === undefined) throw new Error(`no outcome named ${name}`);
  return outcome;
};

describe('the next step after Amazon Pay answered an attempt', () => {
  it.each(table)(
    '%s, attempt %j, settings %j, turn %j: %s',
    (name, opened, settings, turn, expected) => {
      const step = decideNextStep(outcomeOf(name), opened, settingsOf(settings), turn);

      expect(summary(step)).toBe(expected);
    },
  );

  // The response handler reads no attempt for these rows: the step must not need one.
  const attemptFree = table.filter(
    ([name, , settings, turn]) => !attemptMatters(outcomeOf(name), settingsOf(settings), turn),
  );

  it.each(attemptFree)(
    '%s is the same with or without an attempt when it does not depend on one (%#)',
    (name, _, settings, turn) => {
      const step = (given: Attempt | undefined) =>
        decideNextStep(outcomeOf(name), given, settingsOf(settings), turn);

      expect(step(attempt(0, 0, yen))).toEqual(step(undefined));
    },
  );

  it('keeps the payload and the expiry of the attempt it resends', () => {
    const opened = { ...attempt(0, 1), record: 'record-1' };

    const step = decideNextStep(
      chargeError('ServiceUnavailable'),
      opened,
      settingsOf({}),
      inSession,
    );

    expect(step).toEqual({ kind: 'resend', attempt: { ...opened, serverResends: 1 } });
  });
});

describe('whether the next step depends on the attempt', () => {
  it.each([
    ['InternalServerError', {}, inSession, true],
    ['InternalServerError', { codes: new Set<string>() }, inSession, false],
    ['RequestThrottled', {}, inSession, false],
    ['RequestThrottled', { codes: throttled }, inSession, true],
    ['CustomerApprovalFailure', {}, inSession, true],
    ['CustomerApprovalFailure', { silent: true }, inSession, false],
    ['CustomerApprovalFailure', {}, noSession, false],
    ['MISSING_PERMISSIONS_TO_ACCESS_RESOURCE', {}, inSession, true],
    [
      'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE',
      {},
      { inSession: true, japaneseRequest: true },
      false,
    ],
    ['ACCESS_DENIED', {}, inSession, false],
    ['InvalidSellerId', {}, inSession, false],
    ['BrandNewCode', {}, inSession, false],
  ] as const)('%s with %j in %j: %s', (code, settings, turn, matters) => {
    expect(attemptMatters(chargeError(code), settingsOf(settings), turn)).toBe(matters);
  });

  it('never for an answer that is not an error', () => {
    expect(
      attemptMatters(answered(chargeDeclinedEnvelope('AmazonRejected')), settingsOf({}), inSession),
    ).toBe(false);
  });
});
