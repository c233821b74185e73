import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  classifyConnectionsResponse,
  createAmazonPayMiddleware,
  errorCatalog,
  errorContexts,
  lookupErrorCode,
  supportedLocales,
} from '../../src';
import { requestEnvelope } from '../../src/testing';
import { deepCopy, deepFreeze } from '../support/deep-freeze';
import { buy, directiveOf, storeSkill } from '../support/payment-skill';

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
const code = fc.oneof(
  fc.constantFrom(...catalogCodes),
  fc.constantFrom(`${secret.code}42`, 'invalid_token', 'FORBIDDEN', ''),
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
    { errorCode: code, errorMessage: fc.constant(secret.errorMessage) },
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
    requestId: fc.oneof(fc.constant('amzn1.echo-api.request.fuzz'), junk),
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

const skill = createAmazonPayMiddleware({
  merchantName: 'Tea House',
  tokenSecret: 'fuzzing-secret-of-sixteen-plus',
  onError: () => undefined,
})
  .register(SkillBuilders.custom())
  .addRequestHandlers({
    canHandle: () => true,
    handle: (input) => input.responseBuilder.speak('The skill answered.').getResponse(),
  })
  .create();

describe('fuzzing the middleware through a real skill', () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  it('never throws, always answers with well-formed speech, a directive or a deliberate silence, and never leaks', async () => {
    await fc.assert(
      fc.asyncProperty(envelope, async (fuzzed) => {
        const response = await skill.invoke(fuzzed);
        const speech = response.response.outputSpeech;
        const ssml = speech?.type === 'SSML' ? speech.ssml : '';

        expect(
          speech !== undefined ||
            response.response.directives !== undefined ||
            response.response.shouldEndSession === true,
        ).toBe(true);
        if (speech !== undefined) expect(XMLValidator.validate(ssml)).toBe(true);
        for (const marker of Object.values(secret)) expect(ssml).not.toContain(marker);
        for (const name of catalogCodes) if (name.length > 8) expect(ssml).not.toContain(name);
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
              status: {
                code: String(status),
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
