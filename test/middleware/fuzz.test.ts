import fc from 'fast-check';
import { SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  AmazonPayBuyerIdError,
  AmazonPayFpsError,
  AmazonPayValidationError,
  classifyConnectionsResponse,
  createAmazonPayMiddleware,
  errorCatalog,
  errorContexts,
  isAmazonPayConfigurationError,
  lookupErrorCode,
  promptKeys,
  supportedLocales,
  type AmazonPayLogEvent,
} from '../../src';
import { logFieldLimits } from '../../src/middleware/log-event';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  requestEnvelope,
} from '../../src/testing';
import { deepCopy, deepFreeze } from '../support/deep-freeze';
import { buy, directiveOf, storeSkill } from '../support/payment-skill';
import { skillSays, ssmlOf, testSkill } from '../support/skill';
import { ssmlMarkup } from '../support/ssml-markup';
import { xmlProblem } from '../support/xml';

// FUZZ_RUNS=100000 npm test runs the properties for longer; the default keeps npm test quick.
// FUZZ_SEED=n replays the cases of one seed (fast-check prints the seed of a failing run).
const seed = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };
const runs = (cases: number) => ({ numRuns: Number(process.env.FUZZ_RUNS ?? cases), ...seed });

// Markers that must never reach the customer's ears, whatever the envelope.
const secret = {
  errorMessage: 'SECRET-MERCHANT-MESSAGE',
  code: 'SECRETCODE',
  token: 'SECRET-DIRECTIVE-TOKEN',
  accessToken: 'SECRET-ACCESS-TOKEN',
  buyerId: 'SECRET-BUYER-ID',
} as const;

const catalogCodes = [...new Set(errorCatalog.map((entry) => entry.code))];
const junk = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant('__proto__'),
);

const statusCode = fc.oneof(
  fc.constantFrom('200', '400', '403', '429', '500', ' 200 ', '2000', 'string', ''),
  fc.constantFrom(200, 400, 403, 500, 200.5, -1, Number.NaN),
  junk,
);
// Whitespace around a code, as a proxy or a template can leave it (no-break spaces included).
const padding = fc.constantFrom('', ' ', '  ', '\t', '\r\n', '\n', '\u00A0', '\uFEFF', '\u2028');
const paddedCode = fc
  .tuple(padding, fc.constantFrom(...catalogCodes), padding)
  .map(([before, name, after]) => `${before}${name}${after}`);
const casedCode = fc
  .tuple(
    fc.constantFrom(...catalogCodes),
    fc.constantFrom(
      (name: string) => name.toLowerCase(),
      (name: string) => name.toUpperCase(),
      (name: string) => name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toLowerCase(),
      (name: string) => name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase(),
    ),
  )
  .map(([name, spell]) => spell(name));
// Longer than any limit of a log field, with what could forge a log line in it.
const longText = fc
  .tuple(fc.constantFrom('W', '\n', '\u202E', '😀', '\u0000'), fc.integer({ min: 90, max: 5000 }))
  .map(([unit, times]) => `Code${unit.repeat(times)}`);

const code = fc.oneof(
  fc.constantFrom(...catalogCodes),
  fc.constantFrom(`${secret.code}42`, 'invalid_token', 'FORBIDDEN', ''),
  paddedCode,
  casedCode,
  longText,
  junk,
);
const state = fc.oneof(
  fc.constantFrom(
    'Open',
    'Closed',
    'Completed',
    'Pending',
    'Declined',
    'OPEN',
    'declined',
    'Exploded',
  ),
  junk,
);

const payload = fc.oneof(
  fc.record(
    {
      errorCode: code,
      errorMessage: fc.oneof(
        fc.constant(secret.errorMessage),
        longText.map((text) => `${secret.errorMessage}${text}`),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.record({
    billingAgreementDetails: fc.oneof(
      fc.record(
        {
          billingAgreementId: fc.oneof(fc.constant('C01-1'), junk),
          billingAgreementStatus: fc.oneof(
            fc.constantFrom('OPEN', 'SUSPENDED', 'closed', 'NEW'),
            junk,
          ),
          destination: fc.constant({ name: 'Secret Street Person', addressLine1: secret.buyerId }),
        },
        { requiredKeys: [] },
      ),
      junk,
    ),
  }),
  fc.record({
    authorizationDetails: fc.oneof(
      fc.record(
        {
          authorizationStatus: fc.oneof(
            fc.record({ state, reasonCode: code }, { requiredKeys: [] }),
            junk,
          ),
          softDecline: fc.oneof(fc.boolean(), junk),
          authorizationReferenceId: fc.oneof(fc.string(), junk),
        },
        { requiredKeys: [] },
      ),
      junk,
    ),
  }),
  fc.array(junk, { maxLength: 3 }),
  fc.object(),
  junk,
);

const request = fc.record(
  {
    type: fc.oneof(
      fc.constant('Connections.Response'),
      fc.constant('Connections.Response'),
      fc.constantFrom('IntentRequest', 'LaunchRequest'),
      junk,
    ),
    requestId: fc.oneof(fc.constant('amzn1.echo-api.request.fuzz'), longText, junk),
    timestamp: fc.constant('2022-06-01T12:00:00Z'),
    locale: fc.oneof(
      fc.constantFrom(...supportedLocales, 'es-US', 'fr-CA', 'pt-BR', 'string', ''),
      junk,
    ),
    name: fc.oneof(
      fc.constantFrom('Setup', 'Charge', 'Setup', 'Charge', 'Buy', 'Upsell', 'Cancel'),
      junk,
    ),
    status: fc.oneof(fc.record({ code: statusCode, message: code }, { requiredKeys: [] }), junk),
    payload,
    token: fc.oneof(fc.constant(secret.token), junk),
    intent: fc.oneof(
      fc.record({ name: fc.constantFrom('AMAZON.YesIntent', 'AMAZON.NoIntent', 'BuyIntent') }),
      junk,
    ),
  },
  { requiredKeys: ['type', 'requestId', 'timestamp'] },
);

const envelope = fc
  .record({
    request,
    consent: fc.constantFrom('GRANTED', 'DENIED', 'absent' as const),
    withSession: fc.boolean(),
  })
  .map(({ request: fuzzed, consent, withSession }) => {
    const built = requestEnvelope(
      { type: 'LaunchRequest', requestId: 'x', timestamp: '2022-06-01T12:00:00Z' },
      { consent, withSession, apiAccessToken: secret.accessToken, locale: null },
    );
    return { ...built, request: fuzzed } as unknown as RequestEnvelope;
  });

const events: AmazonPayLogEvent[] = [];
const skill = createAmazonPayMiddleware({
  merchantName: 'Tea House',
  tokenSecret: 'fuzzing-secret-of-sixteen-plus',
  onError: (event) => {
    events.push(event);
  },
})
  .register(SkillBuilders.custom())
  .addRequestHandlers({
    canHandle: () => true,
    handle: (input) => input.responseBuilder.speak('The skill answered.').getResponse(),
  })
  .create();

/** Every text field of a log event with its dotted path (`error.message`). */
function textFieldsOf(value: object, prefix = ''): [string, string][] {
  return Object.entries(value).flatMap(([key, field]): [string, string][] => {
    if (typeof field === 'string') return [[`${prefix}${key}`, field]];
    if (typeof field === 'object' && field !== null) return textFieldsOf(field, `${prefix}${key}.`);
    return [];
  });
}

const limits: Readonly<Record<string, number>> = logFieldLimits;

/** Every field of every event within its limit, and none that could forge a log line. */
function expectBoundedEvents(logged: readonly AmazonPayLogEvent[]): void {
  for (const event of logged) {
    for (const [path, text] of textFieldsOf(event)) {
      // The fields without a limit of their own are names the middleware chooses: short.
      expect([path, text.length <= (limits[path] ?? 40)]).toEqual([path, true]);
      expect(text).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u);
    }
  }
}

/** Well-formed by a conformant XML parser, when there is speech at all. */
function expectWellFormedSpeech(response: ResponseEnvelope): void {
  const ssml = ssmlOf(response);
  if (ssml !== undefined) expect([ssml, xmlProblem(ssml)]).toEqual([ssml, undefined]);
  const reprompt = response.response.reprompt?.outputSpeech;
  if (reprompt?.type === 'SSML') expect(xmlProblem(reprompt.ssml)).toBeUndefined();
}

describe('fuzzing the middleware through a real skill', () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  it('never throws, always answers with well-formed speech, a directive or a deliberate silence, never leaks, and keeps its log bounded', async () => {
    await fc.assert(
      fc.asyncProperty(envelope, async (fuzzed) => {
        events.length = 0;
        const response = await skill.invoke(fuzzed);
        const speech = response.response.outputSpeech;
        const ssml = speech?.type === 'SSML' ? speech.ssml : '';

        expect(
          speech !== undefined ||
            response.response.directives !== undefined ||
            response.response.shouldEndSession === true,
        ).toBe(true);
        expectWellFormedSpeech(response);
        for (const marker of Object.values(secret)) expect(ssml).not.toContain(marker);
        for (const name of catalogCodes) if (name.length > 8) expect(ssml).not.toContain(name);
        expectBoundedEvents(events);
      }),
      runs(1200),
    );
  });

  it('never pollutes Object.prototype', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).errorCode).toBeUndefined();
  });
});

describe('properties of the pure parts', () => {
  it('classification never throws and never changes its input', () => {
    fc.assert(
      fc.property(fc.oneof(request, fc.anything()), (input) => {
        const before = deepCopy(input);

        expect(() => classifyConnectionsResponse(input)).not.toThrow();
        expect(input).toEqual(before);
        expect(() => classifyConnectionsResponse(deepFreeze(input))).not.toThrow();
      }),
      runs(3000),
    );
  });

  it('lookups are total', () => {
    fc.assert(
      fc.property(
        code,
        fc.oneof(fc.constantFrom(undefined, ...errorContexts), junk),
        (name, context) => {
          const entry = lookupErrorCode(name, context as never);

          expect(entry === undefined || catalogCodes.includes(entry.code)).toBe(true);
        },
      ),
      runs(3000),
    );
  });
});

describe('a directive sent back with any answer', () => {
  const store = storeSkill();
  let sent: ReturnType<typeof directiveOf>;

  beforeAll(async () => {
    sent = directiveOf(await store.invoke(buy()));
  });

  it('either resends the identical payload or speaks, never both', async () => {
    const seen = { resends: 0, speeches: 0 };
    await fc.assert(
      fc.asyncProperty(
        // Weighted so that the resendable codes, rare among all codes, are met on every run.
        fc.oneof(
          { arbitrary: code, weight: 3 },
          { arbitrary: fc.constantFrom('InternalServerError', 'ServiceUnavailable'), weight: 1 },
        ),
        fc.oneof(
          { arbitrary: statusCode, weight: 1 },
          { arbitrary: fc.constantFrom('500', 500), weight: 1 },
        ),
        fc.constantFrom(...supportedLocales),
        async (answerCode, status, locale) => {
          const answer = requestEnvelope(
            {
              type: 'Connections.Response',
              requestId: 'amzn1.echo-api.request.fuzz',
              timestamp: '2022-06-01T12:00:00Z',
              name: 'Charge',
              // The status code as it comes, junk included: the classifier reads it, not the test.
              status: {
                code: status,
                message: typeof answerCode === 'string' ? answerCode : 'Error',
              },
              payload: { errorCode: answerCode, errorMessage: secret.errorMessage },
              token: sent.token,
            } as never,
            { locale },
          );

          const response = await store.skill.invoke(answer);
          const directives = response.response.directives ?? [];
          const speaks = response.response.outputSpeech !== undefined;

          expect(directives.length > 0 && speaks).toBe(false);
          if (directives.length > 0) seen.resends += 1;
          if (speaks) seen.speeches += 1;
          for (const directive of directives) {
            expect(JSON.stringify((directive as { payload?: unknown }).payload)).toBe(
              JSON.stringify(sent.payload),
            );
          }
        },
      ),
      runs(400),
    );

    // The property saw both kinds of answer, so it could have failed either way.
    expect(seen.resends).toBeGreaterThan(0);
    expect(seen.speeches).toBeGreaterThan(0);
  });
});

describe('padded and cased codes', () => {
  const answered = testSkill();
  const heard = (response: ResponseEnvelope) => ({
    ssml: ssmlOf(response),
    card: response.response.card,
    shouldEndSession: response.response.shouldEndSession,
  });
  const errorEntries = errorCatalog.filter((entry) =>
    ['setup', 'charge', 'permission'].includes(entry.context),
  );
  const declineReasons = errorCatalog.filter((entry) => entry.context === 'decline');

  it('answer a padded code exactly as the code itself, wherever it travels', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...errorEntries),
        padding,
        padding,
        fc.constantFrom('both', 'status-message', 'payload' as const),
        fc.constantFrom(...supportedLocales),
        async (entry, before, after, codeIn, locale) => {
          const operation = entry.operations.includes('Setup') ? 'Setup' : 'Charge';
          const envelopeOf = (name: string) =>
            amazonPayErrorEnvelope(
              operation,
              name,
              { statusCode: String(entry.httpStatus), codeIn },
              { locale },
            );

          const plain = await answered.invoke(envelopeOf(entry.code));
          const padded = await answered.invoke(envelopeOf(`${before}${entry.code}${after}`));

          expect(heard(padded)).toEqual(heard(plain));
          expectWellFormedSpeech(padded);
        },
      ),
      runs(300),
    );
  });

  it('answer a padded decline reason exactly as the reason itself', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...declineReasons),
        padding,
        padding,
        fc.boolean(),
        async (entry, before, after, softDecline) => {
          const plain = await answered.invoke(chargeDeclinedEnvelope(entry.code, { softDecline }));
          const padded = await answered.invoke(
            chargeDeclinedEnvelope(`${before}${entry.code}${after}`, { softDecline }),
          );

          expect(heard(padded)).toEqual(heard(plain));
        },
      ),
      runs(100),
    );
  });

  it('never take a code spelt another way for a different code', () => {
    const looseKey = (name: string) => name.toLowerCase().replaceAll('_', '');
    fc.assert(
      fc.property(
        fc.oneof(casedCode, paddedCode),
        fc.constantFrom('Setup', 'Charge' as const),
        (spelt, operation) => {
          const outcome = classifyConnectionsResponse(
            amazonPayErrorEnvelope(operation, spelt, { statusCode: '400' }).request,
          );
          const entry = outcome?.kind === 'error' ? outcome.entry : undefined;
          const names = entry === undefined ? [] : [entry.code, ...entry.aliases];

          expect(outcome?.kind).toBe('error');
          // Found by its own name, whatever the spelling, or not at all; SCREAMING_CASE spellings
          // of other names never convert.
          if (entry !== undefined) expect(names.map(looseKey)).toContain(looseKey(spelt.trim()));
          if (entry !== undefined && /^[A-Z0-9_]+$/.test(spelt.trim()))
            expect(names).toContain(spelt.trim());
        },
      ),
      runs(2000),
    );
  });
});

describe('hostile overrides', () => {
  const placeholder = fc.constantFrom('{{merchantName}}', '{{amazonSite}}', '{{ merchantName }}');
  // Generated markup with placeholders dropped in anywhere: in text, in a value, in a name.
  const override = fc
    .tuple(ssmlMarkup, fc.array(fc.tuple(fc.nat(), placeholder), { maxLength: 3 }))
    .map(([markup, insertions]) =>
      insertions.reduce((text, [at, name]) => {
        const where = text.length === 0 ? 0 : at % (text.length + 1);
        return `${text.slice(0, where)}${name}${text.slice(where)}`;
      }, markup),
    );
  const merchantName = fc.oneof(
    fc.constantFrom(
      'Fish & Chips <Ltd>',
      ']]>',
      '"Quoted" & \'apostrophes\'',
      '&amp; Co',
      '</speak><audio src="x"/>',
      '{{merchantName}}',
      'Tee\u00A0Haus\u0007',
    ),
    fc.string({ minLength: 1, maxLength: 100 }),
  );
  const answers = [
    amazonPayErrorEnvelope('Charge', 'InvalidSellerId'),
    amazonPayErrorEnvelope('Charge', 'CustomerApprovalFailure'),
    amazonPayErrorEnvelope('Setup', 'ACCESS_DENIED', { statusCode: '403' }),
    chargeDeclinedEnvelope('AmazonRejected'),
  ];

  it('are refused with a configuration error, or always spoken as well-formed SSML', async () => {
    const seen = { refused: 0, spoken: 0 };
    await fc.assert(
      fc.asyncProperty(
        override,
        merchantName,
        fc.constantFrom(...answers),
        async (text, name, answer) => {
          let created;
          try {
            created = createAmazonPayMiddleware({
              merchantName: name,
              onError: () => undefined,
              prompts: { 'en-US': Object.fromEntries(promptKeys.map((key) => [key, text])) },
            });
          } catch (error) {
            expect(isAmazonPayConfigurationError(error)).toBe(true);
            seen.refused += 1;
            return;
          }
          const response = await created
            .register(SkillBuilders.custom())
            .create()
            .invoke(structuredClone(answer));

          expect(ssmlOf(response)).toBeDefined();
          expectWellFormedSpeech(response);
          seen.spoken += 1;
        },
      ),
      runs(600),
    );

    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.spoken).toBeGreaterThan(0);
  });
});

describe('hostile thrown errors', () => {
  const anyCode = fc.oneof(
    fc.constantFrom(...catalogCodes),
    paddedCode,
    casedCode,
    longText,
    fc.string(),
  );
  const throwingGetter = (key: string) =>
    Object.defineProperty({}, key, {
      enumerable: true,
      get() {
        throw new Error(`${key} getter failed`);
      },
    });
  const foreign = fc.oneof(
    anyCode.map((name) => Object.assign(new Error(name), { code: name, statusCode: 500 })),
    anyCode.map((name) =>
      Object.assign(new Error('v3'), { name, $metadata: { httpStatusCode: 400 }, Code: name }),
    ),
    anyCode.map((name) => Object.assign(new Error('x'), { errorCode: name })),
    anyCode.map((name) =>
      Object.assign(new Error('service'), {
        name: 'ServiceError',
        statusCode: 403,
        response: { errorCode: name, code: name, message: name },
      }),
    ),
    anyCode.map((name) => ({ name, code: name, message: name })),
    fc.constantFrom(
      throwingGetter('name'),
      throwingGetter('code'),
      throwingGetter('message'),
      Object.create(null) as object,
      new Proxy(
        {},
        {
          get() {
            throw new Error('proxy');
          },
          getPrototypeOf() {
            throw new Error('proxy');
          },
        },
      ),
    ),
    fc.anything(),
  );
  const ours = fc.oneof(
    anyCode.map((name) => new AmazonPayFpsError(name, name)),
    anyCode.map(
      (name) => new AmazonPayBuyerIdError(name, { statusCode: 400, code: name, requestId: name }),
    ),
    anyCode.map((name) => new AmazonPayValidationError(name, name, name, 'Charge')),
  );
  const nonPayment = fc.constantFrom(
    () => launchRequestEnvelope(),
    () => intentRequestEnvelope('AMAZON.HelpIntent'),
    () => intentRequestEnvelope('OrderStatusIntent', { locale: 'ja-JP' }),
  );

  const skillThrowing = (thrown: unknown) =>
    testSkill({
      handlers: [
        {
          canHandle: () => true,
          handle: () => {
            throw thrown;
          },
        },
      ],
    });

  it("reach the skill's own error handler unless they are the package's own", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          foreign.map((thrown) => ({ thrown, isOurs: false })),
          ours.map((thrown) => ({ thrown, isOurs: true })),
        ),
        nonPayment,
        async ({ thrown, isOurs }, request) => {
          const skill = skillThrowing(thrown);

          const response = await skill.invoke(request());

          if (isOurs) {
            expect(ssmlOf(response)).not.toBe(`<speak>${skillSays.errorHandler}</speak>`);
            expect(skill.events).toEqual([expect.objectContaining({ kind: 'thrown' })]);
          } else {
            expect(ssmlOf(response)).toBe(`<speak>${skillSays.errorHandler}</speak>`);
            expect(skill.events).toEqual([]);
          }
          expectWellFormedSpeech(response);
          expectBoundedEvents(skill.events);
        },
      ),
      runs(500),
    );
  });

  it('are answered by the middleware while it handles an Amazon Pay response, whatever they are', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(foreign, ours), async (thrown) => {
        // Thrown by the skill's own request interceptor, after the middleware's classified it.
        const skill = testSkill({
          interceptors: [
            () => {
              throw thrown;
            },
          ],
        });

        const response = await skill.invoke(chargeDeclinedEnvelope('AmazonRejected'));

        expect(ssmlOf(response)).not.toBe(`<speak>${skillSays.errorHandler}</speak>`);
        expect(skill.events).toEqual([expect.objectContaining({ kind: 'thrown' })]);
        expectWellFormedSpeech(response);
        expectBoundedEvents(skill.events);
      }),
      runs(300),
    );
  });
});
