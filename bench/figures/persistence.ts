import { spawnSync } from 'node:child_process';
import { SkillBuilders, type PersistenceAdapter } from 'ask-sdk-core';
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { createAmazonPayMiddleware } from 'ask-sdk-amazon-pay-middleware';
import {
  amazonPayErrorEnvelope,
  chargeSuccessEnvelope,
  intentRequestEnvelope,
} from 'ask-sdk-amazon-pay-middleware/testing';
import { atMost, ms, µs, type Figure } from '../figure';
import { compare, median } from '../measure';

// What a persistence adapter costs the answer of a purchase: a successful Charge whose record
// is deleted slowly (the delete must never reach the customer), and the answer to a server
// error while the store does not answer at all (it must wait no longer than the time limit).

const slowDeleteMs = 50;
const persistenceTimeoutMs = 500;
const hungRequests = 10;
const processesPerComparison = 5;
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

interface DeleteComparison {
  readonly ratio: number;
  readonly microseconds: Readonly<Record<string, number>>;
}

const slowSide = `delete takes ${slowDeleteMs} ms`;
const instantSide = 'instant delete';

/** A successful Charge answered with a slow delete / with an instant one, in this process. */
async function compareDeletes(): Promise<DeleteComparison> {
  const slow = shop(memoryAdapter(slowDeleteMs));
  const instant = shop(memoryAdapter(0));
  // Both shops sign with the same secret, so one token names a record to either of them.
  const token = await chargeToken(instant);
  const { ratio, microseconds } = await compare(
    [
      { name: slowSide, run: (envelope) => slow.invoke(envelope as never) },
      { name: instantSide, run: (envelope) => instant.invoke(envelope as never) },
    ],
    () => chargeSuccessEnvelope({}, { token }),
  );
  return { ratio, microseconds: Object.fromEntries(microseconds) };
}

/** The comparison in several fresh processes, as the other comparisons run: the median of each figure. */
function compareDeletesAcrossProcesses(): DeleteComparison {
  const runs = Array.from({ length: processesPerComparison }, () => {
    const worker = spawnSync(process.execPath, ['--expose-gc', __filename], { encoding: 'utf8' });
    if (worker.status !== 0) throw new Error(`the delete comparison failed: ${worker.stderr}`);
    return JSON.parse(worker.stdout) as DeleteComparison;
  });
  const figure = (pick: (run: DeleteComparison) => number | undefined) =>
    median(runs.map((run) => pick(run) ?? NaN));
  return {
    ratio: figure((run) => run.ratio),
    microseconds: {
      [slowSide]: figure((run) => run.microseconds[slowSide]),
      [instantSide]: figure((run) => run.microseconds[instantSide]),
    },
  };
}

export const slowDelete: Figure = {
  key: 'slowDelete',
  measure() {
    const deletes = compareDeletesAcrossProcesses();
    return {
      label: `A successful Charge with a persistence adapter: its delete takes ${slowDeleteMs} ms / is instant`,
      measured: `${µs(deletes.microseconds[slowSide])} / ${µs(deletes.microseconds[instantSide])}`,
      ...atMost(deletes.ratio, targets.slowDelete),
    };
  },
};

export const hungStore: Figure = {
  key: 'hungStore',
  async measure() {
    const hung = await answerWithHungStore();
    const ceiling = hung.limitMs + targets.hungMarginMs;
    return {
      label: `A server error answered while the persistence adapter never answers (persistenceTimeoutMs ${hung.limitMs})`,
      measured: ms(hung.milliseconds),
      headline: ms(hung.milliseconds),
      target: `at most ${ceiling} ms (the time limit + ${targets.hungMarginMs} ms)`,
      met: hung.milliseconds <= ceiling,
    };
  },
};

if (require.main === module) {
  void compareDeletes().then((result) => process.stdout.write(JSON.stringify(result)));
}
