import type { interfaces, RequestEnvelope, Response } from 'ask-sdk-model';
import { SkillBuilders } from 'ask-sdk-core';
import {
  amazonPayPermissionStatus,
  createAmazonPayMiddleware,
  isAmazonPayPermissionGranted,
} from '../../src';
import {
  amazonPayErrorEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  setupSuccessEnvelope,
  type ConsentFixture,
} from '../../src/testing';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf, testSkill } from '../support/skill';

const consentCard = { type: 'AskForPermissionsConsent', permissions: ['payments:autopay_consent'] };
const marketplaces = [
  ['the US', 'en-US'],
  ['the EU', 'de-DE'],
  ['Japan', 'ja-JP'],
] as const;

describe('consent cards for permission errors', () => {
  it.each(
    marketplaces.flatMap(
      ([market, locale]) =>
        [
          ['ACCESS_NOT_REQUESTED', market, locale, true],
          ['ACCESS_DENIED', market, locale, true],
          ['MISSING_PERMISSIONS_TO_ACCESS_RESOURCE', market, locale, locale === 'ja-JP'],
          ['FORBIDDEN', market, locale, false],
        ] as const,
    ),
  )('%s in %s (%s): card %s', async (code, _, locale, card) => {
    const response = await testSkill().invoke(
      amazonPayErrorEnvelope('Charge', code, {}, { locale }),
    );

    expect(response.response.card).toEqual(card ? consentCard : undefined);
  });

  it('asks for the permission, says a card is there, where else to grant it and what then', async () => {
    const response = await testSkill().invoke(
      amazonPayErrorEnvelope('Setup', 'ACCESS_NOT_REQUESTED'),
    );

    expect(ssmlOf(response)).toMatch(
      /^<speak>Sorry, nothing's been bought\. To pay Tea House, I need your permission to use Amazon Pay\./,
    );
    expect(ssmlOf(response)).toMatch(
      /grant permission on the card I've sent to your Alexa app, or in the skill's permission settings\./,
    );
    expect(ssmlOf(response)).toMatch(/try again\.<\/speak>$/);
  });

  it('never sends a card for FORBIDDEN, and says in the log that the manifest lacks the permission', async () => {
    const skill = testSkill();

    const response = await skill.invoke(
      amazonPayErrorEnvelope('Charge', 'FORBIDDEN', {}, { locale: 'ja-JP' }),
    );

    expect(response.response.card).toBeUndefined();
    expect(ssmlOf(response)).toBe(expectedSpeech('ja-JP', 'error.shopCannotTakePayments'));
    expect(skill.events[0]).toMatchObject({ code: 'FORBIDDEN', handledBy: 'merchant' });
    expect(skill.events[0]?.message).toMatch(/manifest/);
    expect(skill.events[0]?.correctiveAction).toMatch(/payments:autopay_consent.*skill\.json/);
  });
});

// The same request is spoken at launch, where nothing was refused, and after Amazon Pay refused a
// Setup or Charge for want of the permission (or, in Japan, instead of a directive that never went
// out): only the second may say that nothing was bought, and it must.
describe('the permission request says what happened', () => {
  const refusedThenLaunch = [
    ['en-US', /nothing's been bought/i],
    ['de-DE', /es wurde nichts gekauft/i],
    ['ja-JP', /ご購入は完了して(いません|おらず)/],
  ] as const;

  it.each(
    refusedThenLaunch.flatMap(([locale, nothingBought]) =>
      (
        ['ACCESS_NOT_REQUESTED', 'ACCESS_DENIED', 'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE'] as const
      ).map((code) => [code, locale, nothingBought] as const),
    ),
  )('after %s in %s: nothing was bought', async (code, locale, nothingBought) => {
    for (const operation of ['Setup', 'Charge'] as const) {
      const response = await testSkill().invoke(
        amazonPayErrorEnvelope(operation, code, {}, { locale }),
      );

      expect(ssmlOf(response)).toMatch(nothingBought);
    }
  });

  it.each(refusedThenLaunch)(
    'at launch in %s: no outcome at all',
    async (locale, nothingBought) => {
      const middleware = createAmazonPayMiddleware({ merchantName: 'Tea House' });
      const skill = middleware
        .register(SkillBuilders.custom())
        .addRequestHandlers({
          canHandle: () => true,
          handle: (input) => middleware.askForPermission(input),
        })
        .create();

      const response = await skill.invoke(launchRequestEnvelope({ locale }));

      expect(ssmlOf(response)).not.toMatch(nothingBought);
      expect(response.response.card).toEqual(consentCard);
    },
  );
});

describe('the permission helpers', () => {
  it.each([
    ['GRANTED', 'GRANTED', true],
    ['DENIED', 'DENIED', false],
    ['absent', undefined, false],
  ] as const)('read a %s scope', (consent: ConsentFixture, status, granted) => {
    const envelope = launchRequestEnvelope({ consent });

    expect(amazonPayPermissionStatus(envelope)).toBe(status);
    expect(isAmazonPayPermissionGranted(envelope)).toBe(granted);
  });

  it.each([
    ['no permissions', {}],
    ['no scopes', { permissions: { consentToken: 'x' } }],
    ['no key', { permissions: { scopes: { 'alexa::profile:name:read': { status: 'GRANTED' } } } }],
    [
      'a scope that is not an object',
      { permissions: { scopes: { 'payments:autopay_consent': 'GRANTED' } } },
    ],
    [
      'a status that is not a string',
      { permissions: { scopes: { 'payments:autopay_consent': { status: 1 } } } },
    ],
    [
      'an inherited key',
      {
        permissions: {
          scopes: Object.create({ 'payments:autopay_consent': { status: 'GRANTED' } }),
        },
      },
    ],
  ])('are safe with %s', (_, userExtras) => {
    const envelope = launchRequestEnvelope();
    Object.assign(envelope.context.System.user, userExtras);

    expect(isAmazonPayPermissionGranted(envelope)).toBe(false);
    expect(amazonPayPermissionStatus(envelope)).toBeUndefined();
  });

  it('are safe with envelopes that are not envelopes', () => {
    expect(isAmazonPayPermissionGranted({} as RequestEnvelope)).toBe(false);
    expect(isAmazonPayPermissionGranted(null as unknown as RequestEnvelope)).toBe(false);
  });

  it('answer with the localized request and the card', async () => {
    const middleware = createAmazonPayMiddleware({ merchantName: 'Tea House' });
    const skill = middleware
      .register(SkillBuilders.custom())
      .addRequestHandlers({
        canHandle: () => true,
        handle: (input) => middleware.askForPermission(input),
      })
      .create();

    const response = await skill.invoke(launchRequestEnvelope({ locale: 'fr-FR' }));

    expect(ssmlOf(response)).toBe(expectedSpeech('fr-FR', 'permission.request'));
    expect(response.response.card).toEqual(consentCard);
    expect(response.response.shouldEndSession).toBe(true);
  });
});

describe('asking for permission before a directive goes out in Japan', () => {
  const setupPayload = (country: string, currency: string) => ({
    '@type': 'SetupAmazonPayRequest',
    '@version': '2',
    sellerId: 'A1SELLER',
    countryOfEstablishment: country,
    ledgerCurrency: currency,
  });
  const chargePayload = (currency: string) => ({
    '@type': 'ChargeAmazonPayRequest',
    '@version': '2',
    sellerId: 'A1SELLER',
    billingAgreementId: 'C01-1',
    paymentAction: 'AuthorizeAndCapture',
    authorizeAttributes: {
      '@type': 'AuthorizeAttributes',
      '@version': '2',
      authorizationReferenceId: 'r1',
      authorizationAmount: {
        '@type': 'Price',
        '@version': '2',
        amount: '100',
        currencyCode: currency,
      },
    },
  });

  // A skill whose buy intent sends a directive built by hand, as many do.
  function buyingSkill(name: 'Setup' | 'Charge', payload: object, extra: Partial<Response> = {}) {
    return testSkill({
      handlers: [
        {
          canHandle: (input) => input.requestEnvelope.request.type === 'IntentRequest',
          handle: (input) => {
            const directive: interfaces.connections.SendRequestDirective = {
              type: 'Connections.SendRequest',
              name,
              payload,
              token: 'tok',
            };
            return {
              ...input.responseBuilder
                .speak('Buying.')
                .addDirective(directive)
                .withShouldEndSession(true)
                .getResponse(),
              ...extra,
            };
          },
        },
      ],
    });
  }

  it.each([
    ['a Japanese request', 'ja-JP', 'Setup', setupPayload('JP', 'JPY')],
    ['a Setup for country JP from another locale', 'en-US', 'Setup', setupPayload('JP', 'USD')],
    ['a Setup in yen from another locale', 'en-US', 'Setup', setupPayload('US', 'JPY')],
    ['a Charge in yen from another locale', 'en-US', 'Charge', chargePayload('JPY')],
  ] as const)(
    'replaces the directive of %s without permission by the request and the card',
    async (_, locale, name, payload) => {
      const skill = buyingSkill(name, payload);

      const response = await skill.invoke(
        intentRequestEnvelope('BuyIntent', { locale, consent: 'DENIED' }),
      );

      expect(response.response.directives).toBeUndefined();
      expect(ssmlOf(response)).toBe(
        expectedSpeech(
          locale === 'ja-JP' ? 'ja-JP' : 'en-US',
          'permission.requestAfterRefusal',
          locale === 'ja-JP' ? 'amazon.co.jp' : 'amazon.com',
        ),
      );
      expect(response.response.card).toEqual(consentCard);
      expect(response.response.shouldEndSession).toBe(true);
      expect(skill.events).toEqual([
        expect.objectContaining({ kind: 'permission-requested', operation: name }),
      ]);
    },
  );

  it('asks when the scope is absent too, and keeps other directives', async () => {
    const other = { type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'CLEAR' } as const;
    const skill = buyingSkill('Setup', setupPayload('JP', 'JPY'), {});
    const withOther = testSkill({
      handlers: [
        {
          canHandle: () => true,
          handle: (input) =>
            input.responseBuilder
              .addDirective(other)
              .addDirective({
                type: 'Connections.SendRequest',
                name: 'Setup',
                payload: setupPayload('JP', 'JPY'),
                token: 't',
              })
              .reprompt('Still there?')
              .getResponse(),
        },
      ],
    });

    const absent = await skill.invoke(intentRequestEnvelope('BuyIntent', { locale: 'ja-JP' }));
    const kept = await withOther.invoke(intentRequestEnvelope('BuyIntent', { locale: 'ja-JP' }));

    expect(absent.response.card).toEqual(consentCard);
    expect(kept.response.directives).toEqual([other]);
    expect(kept.response.reprompt).toBeUndefined();
  });

  it.each([
    ['granted in Japan', 'ja-JP', 'GRANTED', setupPayload('JP', 'JPY')],
    ['in the US without permission', 'en-US', 'DENIED', setupPayload('US', 'USD')],
    ['in the EU without permission', 'de-DE', 'absent', setupPayload('DE', 'EUR')],
  ] as const)('lets the directive go out when %s', async (_, locale, consent, payload) => {
    const skill = buyingSkill('Setup', payload);

    const response = await skill.invoke(intentRequestEnvelope('BuyIntent', { locale, consent }));

    expect(response.response.directives).toEqual([
      expect.objectContaining({ type: 'Connections.SendRequest', name: 'Setup' }),
    ]);
    expect(response.response.card).toBeUndefined();
    expect(ssmlOf(response)).toBe('<speak>Buying.</speak>');
  });

  it('lets the Charge that follows a successful Setup go out, even when the envelope shows no scopes', async () => {
    const skill = testSkill({
      handlers: [
        {
          canHandle: (input) => input.requestEnvelope.request.type === 'Connections.Response',
          handle: (input) =>
            input.responseBuilder
              .addDirective({
                type: 'Connections.SendRequest',
                name: 'Charge',
                payload: chargePayload('JPY'),
                token: 't',
              })
              .withShouldEndSession(true)
              .getResponse(),
        },
      ],
    });

    const response = await skill.invoke(
      setupSuccessEnvelope({}, { locale: 'ja-JP', consent: 'absent' }),
    );

    expect(response.response.directives).toEqual([expect.objectContaining({ name: 'Charge' })]);
    expect(response.response.card).toBeUndefined();
  });
});
