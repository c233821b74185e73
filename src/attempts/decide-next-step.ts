import type { HandlerInput } from 'ask-sdk-core';
import { answerForEntry, isJapaneseRequest, type Answer } from '../middleware/answer';
import { isJapanesePayload } from '../middleware/japanese-marketplace';
import { isUnconfirmedCharge } from '../outcome/unconfirmed';
import type {
  ChargeDeclineOutcome,
  ErrorOutcome,
  PaymentOutcome,
  UnknownOutcome,
} from '../outcome/types';
import type { Attempt, RetrySettings } from './attempt';

/** The outcomes the middleware answers itself (successes and pending charges go to the skill). */
export type AnsweredOutcome = ChargeDeclineOutcome | ErrorOutcome | UnknownOutcome;

/** What to do next about an attempt, once Amazon Pay has answered it. */
export type NextStep =
  /** Send the identical directive again, with the attempt's counters advanced. */
  | { readonly kind: 'resend'; readonly attempt: Attempt }
  /** Ask whether to try the voice code again, and wait for the answer in the session. */
  | {
      readonly kind: 'offer-voice-code-retry';
      readonly attempt: Attempt;
      readonly question: Answer;
    }
  /** Answer the customer: the attempt is over. */
  | { readonly kind: 'answer'; readonly answer: Answer };

export interface StepSettings {
  readonly retry: RetrySettings;
  /** The skill says nothing after Amazon Pay has spoken (`afterAmazonPaySpoke: 'silent'`). */
  readonly silentAfterAmazonPay: boolean;
}

/** What the request itself allows. */
export interface Turn {
  /** The request has a session, where an offer can wait for its answer. */
  readonly inSession: boolean;
  /** The request comes from the Japanese marketplace, where the skill sends permission cards. */
  readonly japaneseRequest: boolean;
}

/** What this request allows. */
export function turnOf(handlerInput: HandlerInput): Turn {
  const session: unknown = handlerInput.requestEnvelope?.session;
  return {
    inSession: typeof session === 'object' && session !== null,
    japaneseRequest: isJapaneseRequest(handlerInput),
  };
}

/** The code after which the middleware offers to try the voice code again. */
export const voiceCodeFailure = 'CustomerApprovalFailure';

/**
 * Whether the next step, or what the log says of it, depends on the attempt behind the outcome,
 * so that it must be read (and its record kept until the step is taken). Other attempts are
 * over as soon as Amazon Pay's answer is known.
 */
export function attemptMatters(
  outcome: PaymentOutcome,
  settings: StepSettings,
  turn: Turn,
): boolean {
  // The order behind an unconfirmed charge is named in the log: by Amazon Pay's answer, or
  // else by the payload that was sent, so its record is kept until the handler has read it.
  if (isUnconfirmedCharge(outcome)) return true;
  if (outcome.kind !== 'error' || outcome.entry === undefined) return false;
  const { code, permissionCard } = outcome.entry;
  return (
    settings.retry.codes.has(code) ||
    (code === voiceCodeFailure && !settings.silentAfterAmazonPay && turn.inSession) ||
    (permissionCard === 'japan' && !turn.japaneseRequest)
  );
}

/**
 * The next step after Amazon Pay answered an attempt: resend the identical directive after a
 * resendable server error while resends remain; offer to try a failed voice code again while
 * tries remain and a session can wait for the answer; otherwise answer with the prompt (and
 * card) for the outcome. `attempt` is the opened attempt, `undefined` when there is none to
 * resend (no valid token, no record, a payload that fails the checks). Pure.
 */
export function decideNextStep(
  outcome: AnsweredOutcome,
  attempt: Attempt | undefined,
  settings: StepSettings,
  turn: Turn,
): NextStep {
  const { retry, silentAfterAmazonPay } = settings;
  if (outcome.kind === 'decline')
    return answer(
      answerForEntry(
        outcome.entry,
        'afterAmazonPaySpoke.declined',
        turn.japaneseRequest,
        silentAfterAmazonPay,
      ),
    );
  if (outcome.kind === 'unknown')
    return answer(
      isUnconfirmedCharge(outcome)
        ? { promptKey: 'unconfirmed.charge', card: false, endSession: true }
        : { promptKey: 'error.unexpected', card: false },
    );
  const { entry } = outcome;
  const code = entry?.code;
  if (
    code !== undefined &&
    retry.codes.has(code) &&
    attempt !== undefined &&
    attempt.serverResends < retry.maxRetries
  )
    return { kind: 'resend', attempt: { ...attempt, serverResends: attempt.serverResends + 1 } };
  if (code === voiceCodeFailure && !silentAfterAmazonPay) {
    return attempt !== undefined && turn.inSession && attempt.voiceRetries < retry.voiceCodeRetries
      ? {
          kind: 'offer-voice-code-retry',
          attempt,
          question: { promptKey: 'voiceCodeOffer.askToTryAgain', card: false },
        }
      : answer({ promptKey: 'afterAmazonPaySpoke.voiceCodeNotAccepted', card: false });
  }
  const inJapan =
    turn.japaneseRequest ||
    (attempt !== undefined && isJapanesePayload(JSON.parse(attempt.payload)));
  return answer(answerForEntry(entry, 'error.unexpected', inJapan, silentAfterAmazonPay));
}

const answer = (given: Answer): NextStep => ({ kind: 'answer', answer: given });
