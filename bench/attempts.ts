import { SkillBuilders, type PersistenceAdapter } from 'ask-sdk-core';
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { createAmazonPayMiddleware } from 'ask-sdk-amazon-pay-middleware';
import {
  amazonPayErrorEnvelope,
  chargeSuccessEnvelope,
  intentRequestEnvelope,
} from 'ask-sdk-amazon-pay-middleware/testing';
import { compare } from './measure';

// What a persistence adapter costs the answer of a purchase: a successful Charge whose record
// is deleted slowly (the delete must never reach the customer), and the answer to a server
// error while the store does not answer at all (it must wait no longer than the time limit).

const slowDeleteMs = 50;
const persistenceTimeoutMs = 500;
const hungRequests = 10;
const targets = { slowDelete: 1.05, hungMarginMs: 5 };

/** An adapter that keeps records in memory and deletes them after `deleteMs` (0: at once). */
function memoryAdapter(deleteMs: number): PersistenceAdapter {
  const items = new Map<string, Record<string, unknown>>();
  const keyOf = (envelope: RequestEnvelope) => envelope.context.System.user.userId;
  return {
    getAttributes: async (envelope) => items.get(keyOf(envelope)) ?? {},
    saveAttributes: async (envelope, attributes) => {
      items.set(keyOf(envelope), attributes);
    },
    deleteAttributes: async (envelope) => {
      if (deleteMs > 0) await new Promise((resolve) => setTimeout(resolve, deleteMs));
      items.delete(keyOf(envelope));
    },
  };
}

const never = () => new Promise<never>(() => undefined);

/** A shop whose BuyIntent charges and whose own handler answers a successful Charge. */
function shop(adapter: PersistenceAdapter) {
  const middleware = createAmazonPayMiddleware({
    merchantName: 'Tea House',
    tokenSecret: 'a-secret-of-at-least-sixteen-chars',
    onError: () => undefined,
    persistenceAdapter: adapter,
    persistenceTimeoutMs,
  });
  const skill = middleware
    .register(SkillBuilders.custom())
    .addRequestHandlers(
      {
        canHandle: (input) => input.requestEnvelope.request.type === 'IntentRequest',
        handle: async (input) =>
          input.responseBuilder
            .addDirective(
              await middleware.chargeDirective(input, {
                sellerId: 'A1SELLER',
                billingAgreementId: 'C01-0000000-0000001',
                paymentAction: 'AuthorizeAndCapture',
                authorizeAttributes: {
                  authorizationReferenceId: 'order-0001',
                  authorizationAmount: { amount: '12.50', currencyCode: 'USD' },
                },
              }),
            )
            .getResponse(),
      },
      {
        canHandle: () => true,
        handle: (input) =>
          input.responseBuilder.speak('Thank you, your tea is on its way.').getResponse(),
      },
    )
    .create();
  return skill;
}

/** The token of a Charge directive the shop sends, with its record kept by the adapter. */
async function chargeToken(skill: ReturnType<typeof shop>): Promise<string> {
  const response = await skill.invoke(intentRequestEnvelope('BuyIntent'));
  const [directive] = (response.response.directives ??
    []) as interfaces.connections.SendRequestDirective[];
  if (directive === undefined) throw new Error('the shop sent no Charge');
  return directive.token;
}

/**
 * Milliseconds to answer a server error while the adapter never answers a read: the fastest of
 * a few, the least disturbed by the machine's neighbours.
 */
async function answerWithHungStore(): Promise<{ milliseconds: number; limitMs: number }> {
  const adapter = memoryAdapter(0);
  const skill = shop(adapter);
  const token = await chargeToken(skill);
  adapter.getAttributes = never;
  const times: number[] = [];
  for (let i = 0; i < hungRequests; i += 1) {
    const started = process.hrtime.bigint();
    await skill.invoke(amazonPayErrorEnvelope('Charge', 'InternalServerError', {}, { token }));
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { milliseconds: Math.min(...times), limitMs: persistenceTimeoutMs };
}

export interface AttemptFigures {
  readonly figures: Record<string, unknown>;
  readonly rows: string[][];
}

const µs = (value: number | undefined) => `${(value ?? NaN).toFixed(2)} µs`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

/** The two figures of purchase attempts, and their rows in the printed table. */
export async function measureAttempts(): Promise<AttemptFigures> {
  const slow = shop(memoryAdapter(slowDeleteMs));
  const instant = shop(memoryAdapter(0));
  // Both shops sign with the same secret, so one token names a record to either of them.
  const token = await chargeToken(instant);
  const slowName = `delete takes ${slowDeleteMs} ms`;
  const deletes = await compare(
    [
      { name: slowName, run: (envelope) => slow.invoke(envelope as never) },
      { name: 'instant delete', run: (envelope) => instant.invoke(envelope as never) },
    ],
    () => chargeSuccessEnvelope({}, { token }),
  );
  const hung = await answerWithHungStore();
  const slowDelete = {
    ratio: deletes.ratio,
    microseconds: Object.fromEntries(deletes.microseconds),
    target: `at most ${targets.slowDelete}x`,
    met: deletes.ratio <= targets.slowDelete,
  };
  const hungStore = {
    milliseconds: hung.milliseconds,
    limitMs: hung.limitMs,
    target: `at most ${hung.limitMs + targets.hungMarginMs} ms (the time limit + ${targets.hungMarginMs} ms)`,
    met: hung.milliseconds <= hung.limitMs + targets.hungMarginMs,
  };
  return {
    figures: { slowDelete, hungStore },
    rows: [
      [
        `Charge success, delete takes ${slowDeleteMs} ms / instant`,
        `${µs(deletes.microseconds.get(slowName))} / ${µs(deletes.microseconds.get('instant delete'))}`,
        `${deletes.ratio.toFixed(2)}x`,
        `${slowDelete.target} ${verdict(slowDelete.met)}`,
      ],
      [
        'server error answered, store never answers',
        `${hung.milliseconds.toFixed(1)} ms (limit ${hung.limitMs} ms)`,
        '',
        `${hungStore.target} ${verdict(hungStore.met)}`,
      ],
    ],
  };
}
