import { errorCatalog, type AmazonPayLogEvent } from '../../src';
import { withTags } from '../../src/directives/tags';
import { amazonPayErrorEnvelope } from '../../src/testing';
import { forgeToken } from '../support/forge-token';
import { MemoryAdapter } from '../support/memory-adapter';
import {
  buy,
  chargeInput,
  directiveOf,
  errorAnswerTo,
  nextInSession,
  setUp,
  setupInput,
  storeSkill,
} from '../support/payment-skill';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf } from '../support/skill';

describe('resends after server errors', () => {
  it.each(['InternalServerError', 'ServiceUnavailable'])(
    'answers %s with the identical directive, from another container',
    async (code) => {
      const first = storeSkill();
      const second = storeSkill(); // another Lambda container: nothing shared but the secret
      const sent = directiveOf(await first.invoke(buy()));

      const response = await second.invoke(errorAnswerTo(sent, code));
      const resent = directiveOf(response);

      expect(JSON.stringify(resent.payload)).toBe(JSON.stringify(sent.payload));
      expect(resent.name).toBe(sent.name);
      expect(resent.token).not.toBe(sent.token);
      expect(response.response.outputSpeech).toBeUndefined();
      expect(response.response.shouldEndSession).toBe(true);
      expect(second.events).toEqual([
        expect.objectContaining({ kind: 'error', code }),
        expect.objectContaining({ kind: 'resend', code }),
      ]);
    },
  );

  it('speaks the prompt once the resends are used up', async () => {
    const store = storeSkill();
    const sent = directiveOf(await store.invoke(buy({ locale: 'de-DE' })));
    const resent = directiveOf(
      await store.invoke(errorAnswerTo(sent, 'InternalServerError', { locale: 'de-DE' })),
    );

    const last = await store.invoke(
      errorAnswerTo(resent, 'ServiceUnavailable', { locale: 'de-DE' }),
    );

    expect(last.response.directives).toBeUndefined();
    expect(ssmlOf(last)).toBe(expectedSpeech('de-DE', 'error.amazonPayUnavailable'));
  });

  it('resends as often as configured, and says one moment when asked to', async () => {
    const store = storeSkill({ retry: { maxRetries: 2, sayOneMoment: true } });
    let directive = directiveOf(await store.invoke(buy()));
    const payloads = [JSON.stringify(directive.payload)];

    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await store.invoke(errorAnswerTo(directive, 'InternalServerError'));
      expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'resend.oneMoment'));
      directive = directiveOf(response);
      payloads.push(JSON.stringify(directive.payload));
    }
    const third = await store.invoke(errorAnswerTo(directive, 'InternalServerError'));

    expect(new Set(payloads).size).toBe(1);
    expect(third.response.directives).toBeUndefined();
  });

  it('leaves RequestThrottled to Amazon Pay by default, and resends it when the skill adds it', async () => {
    const plain = storeSkill();
    const eager = storeSkill({ retry: { codes: ['InternalServerError', 'RequestThrottled'] } });
    const sent = directiveOf(await plain.invoke(buy()));

    const notResent = await plain.invoke(errorAnswerTo(sent, 'RequestThrottled'));
    const resent = await eager.invoke(errorAnswerTo(sent, 'RequestThrottled'));

    expect(notResent.response.directives).toBeUndefined();
    expect(ssmlOf(notResent)).toBe(
      expectedSpeech('en-US', 'afterAmazonPaySpoke.comeBackInFewMinutes'),
    );
    expect(JSON.stringify(directiveOf(resent).payload)).toBe(JSON.stringify(sent.payload));
  });

  const neverResent = errorCatalog
    .filter((entry) => ['setup', 'charge', 'permission'].includes(entry.context))
    .filter(
      (entry) =>
        !['InternalServerError', 'ServiceUnavailable', 'CustomerApprovalFailure'].includes(
          entry.code,
        ),
    )
    .flatMap((entry) =>
      (entry.context === 'permission'
        ? (['setup', 'charge'] as const)
        : [entry.context as 'setup' | 'charge']
      ).map((context) => [context, entry.code] as const),
    );

  it.each(neverResent)('never resends a %s after %s', async (context, code) => {
    const store = storeSkill();
    const sent = directiveOf(await store.invoke(context === 'setup' ? setUp() : buy()));

    const response = await store.invoke(errorAnswerTo(sent, code));

    expect(response.response.directives).toBeUndefined();
    expect(store.events.some((event) => event.kind === 'resend')).toBe(false);
  });

  it('names the operation, status and code in the log, and which resend out of how many', async () => {
    const store = storeSkill({ retry: { maxRetries: 2 } });
    const sent = directiveOf(await store.invoke(buy()));
    const resent = directiveOf(await store.invoke(errorAnswerTo(sent, 'InternalServerError')));

    await store.invoke(errorAnswerTo(resent, 'ServiceUnavailable'));

    const resends: AmazonPayLogEvent[] = store.events.filter((event) => event.kind === 'resend');
    expect(resends).toEqual([
      expect.objectContaining({
        code: 'InternalServerError',
        operation: 'Charge',
        httpStatus: 500,
        message:
          'Charge answered InternalServerError; the identical directive was sent again (resend 1 of 2).',
        correctiveAction:
          'None, unless it keeps happening: then look at Amazon Pay’s service status.',
      }),
      expect.objectContaining({
        code: 'ServiceUnavailable',
        operation: 'Charge',
        message:
          'Charge answered ServiceUnavailable; the identical directive was sent again (resend 2 of 2).',
      }),
    ]);
  });
});

// Forged payloads in the very form the directive helpers send, tags and all.
const tagged = (payload: object) => withTags('Charge', payload);
const otherSeller = tagged({
  ...chargeInput,
  sellerId: 'A9OTHERSELLER',
  billingAgreementId: 'C01-9999999-9999999',
});
const longReference = tagged({
  ...chargeInput,
  sellerId: 'A9OTHERSELLER',
  authorizeAttributes: {
    ...chargeInput.authorizeAttributes,
    authorizationReferenceId: 'r'.repeat(200),
  },
});
const negativeAmount = tagged({
  ...chargeInput,
  authorizeAttributes: {
    ...chargeInput.authorizeAttributes,
    authorizationAmount: { amount: '-499.99', currencyCode: 'USD' },
  },
});

const serverErrorWith = (token: string) =>
  amazonPayErrorEnvelope('Charge', 'InternalServerError', {}, { token });

describe('a token forged with the built-in key, on a skill without tokenSecret', () => {
  it.each([
    ['a 200-character reference id', longReference, 'authorizeAttributes.authorizationReferenceId'],
    ['the amount -499.99', negativeAmount, 'authorizeAttributes.authorizationAmount.amount'],
    ['a payload that is null', null, ''],
    ['a payload that is a list', [], ''],
    ['a payload that is a string', 'Charge', ''],
    ['a Setup payload instead of a Charge', withTags('Setup', setupInput), 'billingAgreementId'],
    [
      'a payload without the tags the directive helpers write',
      { ...chargeInput, '@type': 'ChargeAmazonPayRequest', '@version': '2' },
      '',
    ],
    [
      'a payload with a tag of the wrong type',
      {
        ...tagged(chargeInput),
        sellerOrderAttributes: { ...chargeInput.sellerOrderAttributes, '@type': 'Price' },
      },
      'sellerOrderAttributes.@type',
    ],
  ])('never resends %s, logs it, and answers kindly', async (_, payload, field) => {
    const store = storeSkill({ tokenSecret: undefined });

    const response = await store.invoke(serverErrorWith(forgeToken(payload)));

    expect(response.response.directives).toBeUndefined();
    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.amazonPayUnavailable'));
    expect(store.events).toContainEqual(
      expect.objectContaining({ kind: 'resend-refused', operation: 'Charge', field }),
    );
  });

  it('is stopped only by a real tokenSecret when its payload is well-formed', async () => {
    const withSecret = storeSkill();
    const withoutSecret = storeSkill({ tokenSecret: undefined });

    const refused = await withSecret.invoke(serverErrorWith(forgeToken(otherSeller)));
    const resent = await withoutSecret.invoke(serverErrorWith(forgeToken(otherSeller)));

    expect(refused.response.directives).toBeUndefined();
    expect(directiveOf(resent).payload).toMatchObject({ sellerId: 'A9OTHERSELLER' });
  });
});

describe('a record whose payload is corrupted', () => {
  it.each([
    ['null', 'null'],
    ['a list', '[]'],
    ['a string', '"a payload"'],
    ['an empty object', '{}'],
    ['not JSON at all', '{"sellerId":'],
  ])('is never resent after a server error when its payload is %s', async (_, text) => {
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter });
    const sent = directiveOf(await store.invoke(buy()));
    const record = adapter.onlyRecord();
    (record.amazonPayAttempt as Record<string, unknown>).payload = text;

    const response = await store.invoke(errorAnswerTo(sent, 'ServiceUnavailable'));

    expect(response.response.directives).toBeUndefined();
    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.amazonPayUnavailable'));
    expect(store.events.map((event) => event.kind)).toEqual(['error', 'resend-refused']);
  });

  it.each([
    ['null', 'null'],
    ['a list', '[]'],
    ['a string', '"a payload"'],
  ])('is never resent on a yes to the voice-code offer when its payload is %s', async (_, text) => {
    const adapter = new MemoryAdapter();
    const store = storeSkill({ persistenceAdapter: adapter });
    const question = await store.invoke(
      errorAnswerTo(directiveOf(await store.invoke(buy())), 'CustomerApprovalFailure'),
    );
    (adapter.onlyRecord().amazonPayAttempt as Record<string, unknown>).payload = text;

    const yes = await store.invoke(nextInSession(question, 'AMAZON.YesIntent'));

    expect(yes.response.directives).toBeUndefined();
    expect(ssmlOf(yes)).toBe(expectedSpeech('en-US', 'error.unexpected'));
    expect(yes.response.shouldEndSession).toBe(true);
    expect(store.events.at(-1)).toMatchObject({ kind: 'resend-refused' });
  });
});
