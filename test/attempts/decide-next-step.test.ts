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

// code, opened attempt (or none), settings, turn, what happens.
const table: readonly [string, AnsweredOutcome, Attempt | undefined, Settings, Turn, string][] = [
  [
    'InternalServerError',
    chargeError('InternalServerError'),
    attempt(0, 0),
    {},
    inSession,
    'resend (1 sent again, 0 voice tries)',
  ],
  [
    'InternalServerError',
    chargeError('InternalServerError'),
    attempt(1, 0),
    {},
    inSession,
    'error.amazonPayUnavailable',
  ],
  [
    'InternalServerError',
    chargeError('InternalServerError'),
    none,
    {},
    inSession,
    'error.amazonPayUnavailable',
  ],
  [
    'InternalServerError',
    chargeError('InternalServerError'),
    attempt(0, 0),
    { maxRetries: 0 },
    inSession,
    'error.amazonPayUnavailable',
  ],
  [
    'InternalServerError',
    chargeError('InternalServerError'),
    attempt(2, 1),
    { maxRetries: 3 },
    inSession,
    'resend (3 sent again, 1 voice tries)',
  ],
  [
    'InternalServerError',
    chargeError('InternalServerError'),
    attempt(3, 0),
    { maxRetries: 3 },
    inSession,
    'error.amazonPayUnavailable',
  ],
  [
    'InternalServerError',
    chargeError('InternalServerError'),
    attempt(0, 0),
    { silent: true },
    inSession,
    'resend (1 sent again, 0 voice tries)',
  ],
  [
    'InternalServerError',
    chargeError('InternalServerError'),
    attempt(0, 0),
    {},
    { inSession: false, japaneseRequest: false },
    'resend (1 sent again, 0 voice tries)',
  ],
  [
    'ServiceUnavailable',
    chargeError('ServiceUnavailable'),
    attempt(0, 0),
    {},
    inSession,
    'resend (1 sent again, 0 voice tries)',
  ],
  [
    'ServiceUnavailable',
    chargeError('ServiceUnavailable'),
    attempt(0, 0),
    { codes: new Set() },
    inSession,
    'error.amazonPayUnavailable',
  ],
  [
    'RequestThrottled',
    chargeError('RequestThrottled'),
    attempt(0, 0),
    {},
    inSession,
    'afterAmazonPaySpoke.comeBackInFewMinutes',
  ],
  [
    'RequestThrottled',
    chargeError('RequestThrottled'),
    attempt(0, 0),
    { silent: true },
    inSession,
    'silence',
  ],
  [
    'RequestThrottled',
    chargeError('RequestThrottled'),
    attempt(0, 0),
    { codes: throttled },
    inSession,
    'resend (1 sent again, 0 voice tries)',
  ],
  [
    'RequestThrottled',
    chargeError('RequestThrottled'),
    attempt(1, 0),
    { codes: throttled },
    inSession,
    'afterAmazonPaySpoke.comeBackInFewMinutes',
  ],
  [
    'CustomerApprovalFailure',
    chargeError('CustomerApprovalFailure'),
    attempt(0, 0),
    {},
    inSession,
    'offer: voiceCodeOffer.askToTryAgain',
  ],
  [
    'CustomerApprovalFailure',
    chargeError('CustomerApprovalFailure'),
    attempt(1, 1),
    {},
    inSession,
    'offer: voiceCodeOffer.askToTryAgain',
  ],
  [
    'CustomerApprovalFailure',
    chargeError('CustomerApprovalFailure'),
    attempt(0, 2),
    {},
    inSession,
    'afterAmazonPaySpoke.nothingBought',
  ],
  [
    'CustomerApprovalFailure',
    chargeError('CustomerApprovalFailure'),
    attempt(0, 3),
    { voiceCodeRetries: 3 },
    inSession,
    'afterAmazonPaySpoke.nothingBought',
  ],
  [
    'CustomerApprovalFailure',
    chargeError('CustomerApprovalFailure'),
    attempt(0, 0),
    { voiceCodeRetries: 0 },
    inSession,
    'afterAmazonPaySpoke.nothingBought',
  ],
  [
    'CustomerApprovalFailure',
    chargeError('CustomerApprovalFailure'),
    none,
    {},
    inSession,
    'afterAmazonPaySpoke.nothingBought',
  ],
  [
    'CustomerApprovalFailure',
    chargeError('CustomerApprovalFailure'),
    attempt(0, 0),
    {},
    { inSession: false, japaneseRequest: false },
    'afterAmazonPaySpoke.nothingBought',
  ],
  [
    'CustomerApprovalFailure',
    chargeError('CustomerApprovalFailure'),
    attempt(0, 0),
    { silent: true },
    inSession,
    'silence',
  ],
  [
    'VoicePurchaseNotEnabled',
    chargeError('VoicePurchaseNotEnabled'),
    attempt(0, 0),
    {},
    inSession,
    'afterAmazonPaySpoke.nothingBought',
  ],
  [
    'VoicePurchaseNotEnabled',
    chargeError('VoicePurchaseNotEnabled'),
    attempt(0, 0),
    { silent: true },
    inSession,
    'silence',
  ],
  [
    'InvalidSellerId',
    chargeError('InvalidSellerId'),
    attempt(0, 0),
    {},
    inSession,
    'error.shopCannotTakePayments',
  ],
  [
    'InvalidSellerId',
    chargeError('InvalidSellerId'),
    attempt(0, 0),
    { silent: true },
    inSession,
    'error.shopCannotTakePayments',
  ],
  [
    'InvalidPaymentMethod',
    chargeError('InvalidPaymentMethod'),
    none,
    {},
    inSession,
    'afterAmazonPaySpoke.paymentMethodNeedsUpdate',
  ],
  [
    'InvalidPaymentMethod',
    chargeError('InvalidPaymentMethod'),
    none,
    { silent: true },
    inSession,
    'silence',
  ],
  ['ACCESS_DENIED', chargeError('ACCESS_DENIED'), none, {}, inSession, 'permission.request + card'],
  [
    'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE',
    chargeError('MISSING_PERMISSIONS_TO_ACCESS_RESOURCE'),
    attempt(0, 0),
    {},
    inSession,
    'permission.request',
  ],
  [
    'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE',
    chargeError('MISSING_PERMISSIONS_TO_ACCESS_RESOURCE'),
    attempt(0, 0, yen),
    {},
    inSession,
    'permission.request + card',
  ],
  [
    'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE',
    chargeError('MISSING_PERMISSIONS_TO_ACCESS_RESOURCE'),
    none,
    {},
    { inSession: true, japaneseRequest: true },
    'permission.request + card',
  ],
  ['BrandNewCode', chargeError('BrandNewCode'), attempt(0, 0), {}, inSession, 'error.unexpected'],
  [
    'a decline (InvalidPaymentMethod)',
    answered(chargeDeclinedEnvelope('InvalidPaymentMethod')),
    none,
    {},
    inSession,
    'afterAmazonPaySpoke.paymentMethodNeedsUpdate',
  ],
  [
    'a decline (AmazonRejected)',
    answered(chargeDeclinedEnvelope('AmazonRejected')),
    none,
    { silent: true },
    inSession,
    'silence',
  ],
  [
    'a decline (SomethingNew)',
    answered(chargeDeclinedEnvelope('SomethingNew')),
    none,
    {},
    inSession,
    'afterAmazonPaySpoke.declined',
  ],
  [
    'an unreadable Charge',
    answered(connectionsResponseEnvelope({ name: 'Charge', payload: {} })),
    none,
    {},
    inSession,
    'unconfirmed.charge (ends the session)',
  ],
  [
    'an unreadable Charge',
    answered(connectionsResponseEnvelope({ name: 'Charge', payload: {} })),
    none,
    { silent: true },
    inSession,
    'unconfirmed.charge (ends the session)',
  ],
  [
    'an unreadable Setup',
    answered(connectionsResponseEnvelope({ name: 'Setup', payload: {} })),
    none,
    {},
    inSession,
    'error.unexpected',
  ],
];

describe('the next step after Amazon Pay answered an attempt', () => {
  it.each(table)(
    '%s, attempt %j, settings %j, turn %j: %s',
    (_, outcome, opened, settings, turn, expected) => {
      expect(summary(decideNextStep(outcome, opened, settingsOf(settings), turn))).toBe(expected);
    },
  );

  // The response handler reads no attempt for these rows: the step must not need one.
  const attemptFree = table.filter(
    ([, outcome, , settings, turn]) => !attemptMatters(outcome, settingsOf(settings), turn),
  );

  it.each(attemptFree)(
    '%s is the same with or without an attempt when it does not depend on one (%#)',
    (_, outcome, __, settings, turn) => {
      const step = (given: Attempt | undefined) =>
        decideNextStep(outcome, given, settingsOf(settings), turn);

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
    ['CustomerApprovalFailure', {}, { inSession: false, japaneseRequest: false }, false],
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
