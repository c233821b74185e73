import type { HandlerInput } from 'ask-sdk-core';
import { isRecord, ownString } from '../outcome/read';
import type { AmazonPayOperation } from '../outcome/types';
import type { AttemptStore } from './attempt-store';
import { holdsOffer, offerSessionKey, sessionHoldsOffer } from './offer-in-session';
import { customerOf } from './token-signer';

/** An offer to try a failed voice code again, as it waits in the session. */
interface Offer {
  readonly operation: AmazonPayOperation;
  /** The token of the attempt whose voice code failed. */
  readonly token: string;
  /** The session it was made in, the only one where it can be answered. */
  readonly sessionId: string;
  /** The customer it was made to. */
  readonly user: string;
  /** When it was made, in milliseconds since the epoch. */
  readonly madeAt: number;
}

/**
 * Alexa listens for about eight seconds after a question and as long again after its reprompt;
 * an answer later than this cannot be one, whatever the session attributes say.
 */
const answerWindowMs = 60_000;
/** Containers' clocks may disagree by this much. */
const clockSkewMs = 5_000;
/** What tells one token from another: its last part, the signature (the whole of anything else). */
const signatureOf = (token: string): string => token.slice(token.lastIndexOf('.') + 1);

/** How many ended offers a container remembers: far more than it serves in a minute. */
const maxEndedRemembered = 1_000;

/** The customer's answer to an offer. */
export interface OfferAnswer {
  readonly operation: AmazonPayOperation;
  readonly token: string;
  readonly yes: boolean;
}

function readOffer(value: unknown): Offer | undefined {
  if (!isRecord(value)) return undefined;
  const operation = ownString(value, 'operation');
  const token = ownString(value, 'token');
  const sessionId = ownString(value, 'sessionId');
  const user = ownString(value, 'user');
  const madeAt: unknown = value.madeAt;
  return (operation === 'Setup' || operation === 'Charge') &&
    token !== undefined &&
    sessionId !== undefined &&
    user !== undefined &&
    typeof madeAt === 'number'
    ? { operation, token, sessionId, user, madeAt }
    : undefined;
}

/**
 * The request's answer to the offer: a yes or no in the next turn of its session, by its
 * customer, while Alexa could still be listening for it.
 */
function answerIn(handlerInput: HandlerInput, offer: Offer): OfferAnswer | undefined {
  const { session, request } = handlerInput.requestEnvelope;
  if (session?.new !== false || session.sessionId !== offer.sessionId) return undefined;
  const age = Date.now() - offer.madeAt;
  if (!(age >= -clockSkewMs && age <= answerWindowMs)) return undefined;
  if (request?.type !== 'IntentRequest') return undefined;
  const intent: unknown = request.intent?.name;
  if (intent !== 'AMAZON.YesIntent' && intent !== 'AMAZON.NoIntent') return undefined;
  if (customerOf(handlerInput) !== offer.user) return undefined;
  return { operation: offer.operation, token: offer.token, yes: intent === 'AMAZON.YesIntent' };
}

/** Takes the offer's attribute out of the session attributes, leaving the skill's own. */
function removeFromSession(handlerInput: HandlerInput): void {
  const { attributesManager } = handlerInput;
  const others = Object.entries(attributesManager.getSessionAttributes()).filter(
    ([key]) => key !== offerSessionKey,
  );
  attributesManager.setSessionAttributes(Object.fromEntries(others));
}

/**
 * The offer to try a failed voice code again lasts one turn: only the very next request of the
 * same session, a yes or a no of the same customer, answers it. Any other request withdraws it
 * before the skill's handlers run (they see the session as if no offer had been made) and
 * forgets its record.
 */
export class VoiceCodeOffers {
  // Keyed by request envelope: what this request answers, and the requests that made an offer.
  private readonly answers = new WeakMap<object, OfferAnswer>();
  private readonly madeIn = new WeakSet<object>();
  /**
   * The offers this container saw withdrawn or answered, by their tokens' signatures (a token
   * can be kilobytes long), newest last: a skill that puts old session attributes back after the
   * middleware's last word on a turn (in its own error handler or a later response interceptor)
   * cannot revive one here. Only a persistence adapter, whose record goes with the offer, makes
   * that hold across containers.
   */
  private readonly ended = new Set<string>();

  constructor(private readonly store: AttemptStore) {}

  /**
   * Makes the offer in this request's session (the caller checked that there is one), for the
   * attempt this token stands for.
   */
  make(handlerInput: HandlerInput, operation: AmazonPayOperation, token: string): void {
    const { requestEnvelope, attributesManager } = handlerInput;
    const offer: Offer = {
      operation,
      token,
      sessionId: requestEnvelope.session?.sessionId ?? '',
      user: customerOf(handlerInput),
      madeAt: Date.now(),
    };
    attributesManager.setSessionAttributes({
      ...attributesManager.getSessionAttributes(),
      [offerSessionKey]: offer,
    });
    this.madeIn.add(requestEnvelope);
  }

  /**
   * Takes a waiting offer out of the session before any handler runs: this request keeps it if
   * it answers it; otherwise it is withdrawn. Requests without one cost a property read.
   */
  take(handlerInput: HandlerInput): void {
    const envelope = handlerInput.requestEnvelope;
    const attributes: unknown = envelope?.session?.attributes;
    if (!holdsOffer(attributes)) return;
    const offer = readOffer((attributes as Record<string, unknown>)[offerSessionKey]);
    removeFromSession(handlerInput);
    if (offer === undefined) return;
    const answer = this.ended.has(signatureOf(offer.token))
      ? undefined
      : answerIn(handlerInput, offer);
    this.end(offer.token);
    if (answer !== undefined) this.answers.set(envelope, answer);
    else this.store.forget(handlerInput, offer.token);
  }

  private end(token: string): void {
    const signature = signatureOf(token);
    this.ended.delete(signature);
    this.ended.add(signature);
    if (this.ended.size > maxEndedRemembered) {
      const oldest = this.ended.values().next().value;
      if (oldest !== undefined) this.ended.delete(oldest);
    }
  }

  /** This request's answer to an offer, if it is one. */
  answerOf(handlerInput: HandlerInput): OfferAnswer | undefined {
    return this.answers.get(handlerInput.requestEnvelope);
  }

  /**
   * Lets an offer leave a turn in the session attributes only if that turn made it, so that a
   * skill restoring older session attributes cannot bring a withdrawn offer back to life.
   */
  keepToItsTurn(handlerInput: HandlerInput): void {
    if (!this.madeIn.has(handlerInput.requestEnvelope)) this.withdraw(handlerInput);
  }

  /**
   * Withdraws any offer from the session attributes this turn leaves, even one it made: a turn
   * that ends in an error handler did not ask the question that goes with it.
   */
  withdraw(handlerInput: HandlerInput): void {
    if (!sessionHoldsOffer(handlerInput)) return;
    const attributes = handlerInput.attributesManager.getSessionAttributes();
    const offer = readOffer(attributes[offerSessionKey]);
    if (isRecord(attributes)) removeFromSession(handlerInput);
    // Attributes of the skill's own class stay of that class: the offer is taken out in place,
    // unless the object refuses.
    else if (!Reflect.deleteProperty(attributes, offerSessionKey)) removeFromSession(handlerInput);
    if (offer === undefined) return;
    this.end(offer.token);
    this.store.forget(handlerInput, offer.token);
  }
}
