import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { HandlerInput } from 'ask-sdk-core';
import {
  AmazonPayValidationError,
  createAmazonPayMiddleware,
  errorCatalog,
  type AmazonPayLogEvent,
  type AmazonPayLogger,
} from '../../src';
import { logEvent, logFieldLimits } from '../../src/middleware/log-event';
import { amazonPayLogEventKinds } from '../../src/middleware/log-event-kinds';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
} from '../../src/testing';
import { testSkill } from '../support/skill';

/** Every string of an event with its dotted path (`error.message`). */
function stringsOf(value: unknown, prefix = ''): [string, string][] {
  return Object.entries(value as Record<string, unknown>).flatMap(([key, field]) => {
    if (typeof field === 'string') return [[`${prefix}${key}`, field]];
    if (typeof field === 'object' && field !== null) return stringsOf(field, `${prefix}${key}.`);
    return [];
  });
}

const limitOf = (path: string): number =>
  // The other text fields are names the middleware chooses (kind, context, locale): short.
  (logFieldLimits as Readonly<Record<string, number>>)[path] ?? 40;

/** A skill that answers whatever its intent handler throws (it has no error handler of its own). */
const throwingSkill = (thrown: unknown) =>
  testSkill({
    ownErrorHandler: false,
    middleware: { catchAllErrors: true },
    handlers: [
      {
        canHandle: (input) => input.requestEnvelope.request.type === 'IntentRequest',
        handle: () => {
          throw thrown;
        },
      },
    ],
  });

const withRequestId = (envelope: RequestEnvelope, requestId: string): RequestEnvelope => {
  envelope.request.requestId = requestId;
  return envelope;
};

const huge = 'W'.repeat(2 * 1024 * 1024);

describe('log events are bounded', () => {
  it('keeps every field of the event of a 2 MB code within its limit, and marks the cut', async () => {
    const skill = testSkill();

    await skill.invoke(
      withRequestId(
        amazonPayErrorEnvelope('Charge', huge, { statusCode: '400', errorMessage: huge }),
        huge,
      ),
    );
    await skill.invoke(withRequestId(chargeDeclinedEnvelope(huge), huge));

    expect(skill.events).toHaveLength(2);
    for (const event of skill.events) {
      for (const [path, text] of stringsOf(event))
        expect([path, text.length <= limitOf(path)]).toEqual([path, true]);
      expect(event.code).toBe(`${'W'.repeat(logFieldLimits.code - 1)}…`);
      expect(event.requestId).toBe(`${'W'.repeat(logFieldLimits.requestId - 1)}…`);
      expect(event.message).toHaveLength(logFieldLimits.message);
      expect(event.message.endsWith('W…')).toBe(true);
    }
    expect(skill.events[0]?.amazonPayMessage).toBe(
      `${'W'.repeat(logFieldLimits.amazonPayMessage - 1)}…`,
    );
  });

  it('keeps the default logger to one short line per event', async () => {
    const lines: unknown[][] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      lines.push(args);
    });
    try {
      const skill = createAmazonPayMiddleware({
        merchantName: 'Tea House',
        tokenSecret: 'a secret of thirty-two characters',
      })
        .register(SkillBuilders.custom())
        .create();

      await skill.invoke(
        amazonPayErrorEnvelope('Charge', `Bad\nCode\r\n${huge}`, {
          statusCode: '400',
          errorMessage: `line one\nline two\u2028line three${huge}`,
        }),
      );

      expect(lines).toHaveLength(1);
      const [line] = lines[0] as [string];
      expect(line.split(/[\n\r\u2028\u2029]/)).toEqual([line]);
      expect(line.length).toBeLessThan(5000);
    } finally {
      spy.mockRestore();
    }
  });

  // Each limit exactly, and one over: the field is whole at its limit and cut to it beyond.
  it.each([
    ['code', (length: number) => amazonPayErrorEnvelope('Charge', 'C'.repeat(length))],
    [
      'amazonPayMessage',
      (length: number) =>
        amazonPayErrorEnvelope('Charge', 'InvalidSellerId', { errorMessage: 'C'.repeat(length) }),
    ],
    [
      'requestId',
      (length: number) =>
        withRequestId(amazonPayErrorEnvelope('Charge', 'InvalidSellerId'), 'C'.repeat(length)),
    ],
  ] as const)('keeps %s whole at its limit and cuts it one over', async (path, envelopeOf) => {
    const limit = limitOf(path);
    const skill = testSkill();

    await skill.invoke(envelopeOf(limit));
    await skill.invoke(envelopeOf(limit + 1));

    expect(skill.events.map((event) => event[path])).toEqual([
      'C'.repeat(limit),
      `${'C'.repeat(limit - 1)}…`,
    ]);
  });

  it.each([
    [
      'error.name',
      (length: number) => Object.assign(new Error('x'), { name: 'N'.repeat(length) }),
      (event: AmazonPayLogEvent) => event.error?.name,
    ],
    [
      'error.message',
      (length: number) => new Error('N'.repeat(length)),
      (event: AmazonPayLogEvent) => event.error?.message,
    ],
    [
      'field',
      (length: number) =>
        new AmazonPayValidationError('InvalidParameterValue', 'N'.repeat(length), 'x', 'Charge'),
      (event: AmazonPayLogEvent) => event.field,
    ],
  ] as const)(
    'keeps %s of a thrown error whole at its limit and cuts it one over',
    async (path, thrown, read) => {
      const limit = limitOf(path);
      const atLimit = throwingSkill(thrown(limit));
      const over = throwingSkill(thrown(limit + 1));

      await atLimit.invoke(
        withRequestId(intentRequestEnvelope('BuyIntent', { locale: 'en-GB' }), 'r'),
      );
      await over.invoke(withRequestId(intentRequestEnvelope('BuyIntent'), 'r'));

      expect([...atLimit.events, ...over.events].map(read)).toEqual([
        'N'.repeat(limit),
        `${'N'.repeat(limit - 1)}…`,
      ]);
    },
  );

  it('keeps the message and corrective action whole at their limit and cuts them one over', () => {
    const handlerInput = { requestEnvelope: launchRequestEnvelope() } as HandlerInput;
    const eventOf = (length: number) =>
      logEvent(handlerInput, 'thrown', undefined, {
        operation: undefined,
        message: 'M'.repeat(length),
        correctiveAction: 'A'.repeat(length + 1),
      });

    const atLimit = eventOf(logFieldLimits.message);
    const over = eventOf(logFieldLimits.message + 1);

    expect(logFieldLimits.correctiveAction).toBe(logFieldLimits.message);
    expect([atLimit.message, atLimit.correctiveAction]).toEqual([
      'M'.repeat(logFieldLimits.message),
      `${'A'.repeat(logFieldLimits.message - 1)}…`,
    ]);
    expect(over.message).toBe(`${'M'.repeat(logFieldLimits.message - 1)}…`);
  });

  it("keeps the catalog's own text as it is, and bounds a message that only starts like it", () => {
    const entry = errorCatalog.find((candidate) => candidate.code === 'InvalidSellerId');
    const handlerInput = { requestEnvelope: launchRequestEnvelope() } as HandlerInput;
    if (entry === undefined) throw new Error('no InvalidSellerId in the catalog');

    const own = logEvent(handlerInput, 'error', entry, {
      operation: 'Charge',
      message: entry.developerMessage,
      correctiveAction: entry.correctiveAction,
    });
    const longer = logEvent(handlerInput, 'error', entry, {
      code: `${entry.code}\n${'x'.repeat(200)}`,
      operation: 'Charge',
      message: `${entry.developerMessage}\n${'x'.repeat(2000)}`,
      correctiveAction: `${entry.correctiveAction}\n`,
    });

    expect(own).toMatchObject({
      code: entry.code,
      message: entry.developerMessage,
      correctiveAction: entry.correctiveAction,
    });
    expect(longer.code).toHaveLength(logFieldLimits.code);
    expect(longer.message).toHaveLength(logFieldLimits.message);
    expect(longer.message).toContain(`${entry.developerMessage}\\n`);
    expect(longer.correctiveAction).toBe(`${entry.correctiveAction}\\n`);
  });

  it('never cuts a character in half', async () => {
    const skill = testSkill();
    const limit = logFieldLimits.code;

    await skill.invoke(amazonPayErrorEnvelope('Charge', `${'C'.repeat(limit - 2)}😀😀`));

    expect(skill.events[0]?.code).toBe(`${'C'.repeat(limit - 2)}…`);
  });

  it('writes control characters, line ends and lone surrogates of a field as escapes', async () => {
    const skill = testSkill();

    await skill.invoke(
      amazonPayErrorEnvelope('Charge', 'Fake\r\nINFO all good\u001b[2J', {
        errorMessage: 'a\tb\u2028c\u202Ed\uD800e\u0085f\u00A0g',
      }),
    );

    const [event] = skill.events;
    expect(event?.code).toBe('Fake\\r\\nINFO all good\\u001b[2J');
    expect(event?.amazonPayMessage).toBe('a\\tb\\u2028c\\u202ed\\ud800e\\u0085f\u00A0g');
    expect(event?.message).toContain('Fake\\r\\nINFO');
    for (const [, text] of stringsOf(event))
      expect(text).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u);
  });

  it('counts the escapes against the limit and never cuts one in half', async () => {
    const skill = testSkill();
    const limit = logFieldLimits.code;

    await skill.invoke(amazonPayErrorEnvelope('Charge', `${'C'.repeat(limit - 3)}\nC`));
    await skill.invoke(amazonPayErrorEnvelope('Charge', `${'C'.repeat(limit - 2)}\nC`));
    await skill.invoke(amazonPayErrorEnvelope('Charge', `${'C'.repeat(limit - 7)}\u0007C`));
    await skill.invoke(amazonPayErrorEnvelope('Charge', `${'C'.repeat(limit - 6)}\u0007C`));

    // Whole at the limit; one over, the cut drops the escape whole rather than half of it.
    expect(skill.events.map((event) => event.code)).toEqual([
      `${'C'.repeat(limit - 3)}\\nC`,
      `${'C'.repeat(limit - 2)}…`,
      `${'C'.repeat(limit - 7)}\\u0007C`,
      `${'C'.repeat(limit - 6)}…`,
    ]);
  });
});

describe('log hooks that fail', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => {
    unhandled.push(reason);
  };
  beforeAll(() => process.on('unhandledRejection', onUnhandled));
  afterAll(() => process.off('unhandledRejection', onUnhandled));

  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it.each([
    [
      'a rejected promise of another realm',
      () => runInNewContext('Promise.reject(new Error("log down"))') as Promise<void>,
    ],
    [
      'a thenable that rejects',
      () =>
        ({
          then: (_: unknown, reject: (reason: unknown) => void) => reject(new Error('log down')),
        }) as unknown as Promise<void>,
    ],
    [
      'a thenable whose then throws',
      () =>
        ({
          then: () => {
            throw new Error('log down');
          },
        }) as unknown as Promise<void>,
    ],
    ['a rejected promise of this realm', () => Promise.reject(new Error('log down'))],
    [
      'a rejected promise whose own then is not a function',
      () => Object.assign(Promise.reject(new Error('log down')), { then: 'nope' }),
    ],
    [
      'a rejected promise of another realm whose own then is not a function',
      () =>
        runInNewContext(
          'Object.assign(Promise.reject(new Error("log down")), { then: 0 })',
        ) as Promise<void>,
    ],
  ])('never leave %s unhandled, and the customer is answered', async (_, hook) => {
    unhandled.length = 0;
    const skill = testSkill({ middleware: { onError: hook as AmazonPayLogger } });

    const response = await skill.invoke(amazonPayErrorEnvelope('Charge', 'InvalidSellerId'));
    await settle();

    expect(response.response.outputSpeech).toBeDefined();
    expect(unhandled).toEqual([]);
  });
});

describe('docs/log-events.md', () => {
  it('describes every kind of event, and no other', () => {
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'log-events.md'), 'utf8');
    const section = page.slice(page.indexOf('## Event kinds'), page.indexOf('## Every text field'));

    const described = [...section.matchAll(/^\| `([a-z-]+)` +\|/gm)].map(([, kind]) => kind);

    expect(described.sort()).toEqual([...amazonPayLogEventKinds].sort());
  });

  it('states every limit, and no other', () => {
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'log-events.md'), 'utf8');
    const table = page.slice(
      page.indexOf('log-field-limits:start'),
      page.indexOf('log-field-limits:end'),
    );

    const stated = Object.fromEntries(
      [...table.matchAll(/^\| `([^`]+)` *\| (\d+) *\|$/gm)].map(([, field, limit]) => [
        field,
        Number(limit),
      ]),
    );

    expect(stated).toEqual(logFieldLimits);
  });
});
