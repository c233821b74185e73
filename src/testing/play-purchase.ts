import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { AmazonPayOperation } from '../outcome/types';
import { answerEnvelope, saysFirst, type AmazonPayAnswer } from './amazon-pay-answers';
import { intentRequestEnvelope, type EnvelopeOptions } from './envelopes';

/** Amazon Pay's answers by operation, in order; once a list runs out, its last answer repeats. */
export interface AmazonPayScript {
  readonly Setup?: AmazonPayAnswer | readonly AmazonPayAnswer[];
  readonly Charge?: AmazonPayAnswer | readonly AmazonPayAnswer[];
}

/** What the customer says when the skill asks: an intent's name, or an intent with slot values. */
export type CustomerTurn =
  string | { readonly intent: string; readonly slots?: Readonly<Record<string, string>> };

/** A played purchase's script: Amazon Pay's answers, and the customer's in turn. */
export interface PurchaseScript extends AmazonPayScript {
  /**
   * The customer's answers, in order: each is said when the skill has sent no directive and
   * left the session open (a confirmation question, say), in that session with its attributes.
   * Answers left when the skill ends the session are not played.
   */
  readonly customer?: readonly CustomerTurn[];
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
  /** Every response of the skill, in order. */
  readonly responses: readonly ResponseEnvelope[];
  /** The skill's last response. */
  readonly last: ResponseEnvelope;
  /** Every Setup and Charge directive the skill sent, in order. */
  readonly directives: readonly interfaces.connections.SendRequestDirective[];
  /** The customer's answers that were never said, because the skill ended the session first. */
  readonly unplayed: readonly CustomerTurn[];
}

/** Anything with ask-sdk's `invoke`: a `CustomSkill`, or a wrapper of one. */
export interface InvocableSkill {
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
}

const successAnswer: AmazonPayAnswer = { kind: 'success' };
/** A skill that answers every answer with another directive stops being played here. */
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

/**
 * Plays a purchase through a skill: sends the customer's request, then, for every Setup or
 * Charge directive the skill answers with, the Connections.Response Amazon Pay would send (in
 * a new session, with the directive's token), as the script says; and, whenever the skill asks
 * (no directive, the session left open), the customer's next scripted answer. Stops when the
 * skill neither sends a directive nor asks anything the script answers.
 *
 * @example
 * const run = await playPurchase(skill, intentRequestEnvelope('BuyIntent'), {
 *   customer: ['AMAZON.YesIntent'],
 *   Charge: { kind: 'decline', reasonCode: 'AmazonRejected' },
 * });
 * expect(run.directives.map((directive) => directive.name)).toEqual(['Setup', 'Charge']);
 */
export async function playPurchase(
  skill: InvocableSkill,
  request: RequestEnvelope,
  script: PurchaseScript = {},
  options: EnvelopeOptions = {},
): Promise<PlayedPurchase> {
  const queues = {
    Setup: [script.Setup ?? successAnswer].flat(),
    Charge: [script.Charge ?? successAnswer].flat(),
  };
  const customerTurns = [...(script.customer ?? [])];
  const turns: PurchaseTurn[] = [{ speaker: 'customer', request }];
  const responses: ResponseEnvelope[] = [];
  const directives: interfaces.connections.SendRequestDirective[] = [];
  const answerOf = async (envelope: RequestEnvelope) => {
    const response = await skill.invoke(envelope);
    turns.push({ speaker: 'skill', response });
    responses.push(response);
    return response;
  };
  let last = await answerOf(request);
  const locale =
    options.locale === undefined ? (request.request as { locale?: string }).locale : options.locale;
  const userId = options.userId ?? request.context.System.user.userId;
  // Every request of a conversation carries the same permissions as the first one.
  const status =
    request.context.System.user.permissions?.scopes?.['payments:autopay_consent']?.status;
  const consent =
    options.consent ?? (status === 'GRANTED' || status === 'DENIED' ? status : 'absent');
  const conversation = { ...options, locale, userId, consent };

  for (;;) {
    const directive = paymentDirectiveOf(last);
    if (directive === undefined) {
      const turn = last.response.shouldEndSession === false ? customerTurns.shift() : undefined;
      if (turn === undefined) break;
      const { intent, slots } =
        typeof turn === 'string' ? { intent: turn, slots: undefined } : turn;
      const said = nextIntentInSession(last, intent, { ...conversation, slots });
      turns.push({ speaker: 'customer', request: said });
      last = await answerOf(said);
    } else {
      if (directives.length === maxRoundTrips) break;
      directives.push(directive);
      const operation = directive.name as AmazonPayOperation;
      const queue = queues[operation];
      const answer = (queue.length > 1 ? queue.shift() : queue[0]) as AmazonPayAnswer;
      const envelope = answerEnvelope(directive, answer, conversation);
      turns.push({
        speaker: 'amazon-pay',
        operation,
        answer,
        says: saysFirst(operation, answer),
        request: envelope,
      });
      last = await answerOf(envelope);
    }
  }
  return { turns, responses, last, directives, unplayed: customerTurns };
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
