import { getLocale, getSlotValue, getUserId, SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { classifyConnectionsResponse } from '../../src';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  chargePendingEnvelope,
  chargeSuccessEnvelope,
  connectionsResponseEnvelope,
  fixtureTimestamp,
  intentRequestEnvelope,
  launchRequestEnvelope,
  marketplaceFor,
  nextRequestId,
  setupSuccessEnvelope,
  testSkillId,
  testUserId,
} from '../../src/testing';

// A real skill whose one handler speaks what the classifier made of the request.
const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: () => true,
    handle(handlerInput: HandlerInput) {
      const outcome = classifyConnectionsResponse(handlerInput.requestEnvelope.request);
      const said = outcome === undefined ? 'not a payment' : `${outcome.operation} ${outcome.kind}`;
      return handlerInput.responseBuilder
        .speak(`${said} in ${getLocale(handlerInput.requestEnvelope) ?? 'no locale'}`)
        .getResponse();
    },
  })
  .create();

const spoken = (response: ResponseEnvelope) =>
  response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : undefined;

describe('the testing fixtures, through a real ASK SDK skill', () => {
  it.each([
    ['a Setup success', setupSuccessEnvelope(), 'Setup success in en-US'],
    [
      'a Charge success in Japan',
      chargeSuccessEnvelope({}, { locale: 'ja-JP' }),
      'Charge success in ja-JP',
    ],
    ['a pending Charge', chargePendingEnvelope({}, { locale: 'de-DE' }), 'Charge pending in de-DE'],
    [
      'a declined Charge',
      chargeDeclinedEnvelope('AmazonRejected', {}, { locale: 'fr-FR' }),
      'Charge decline in fr-FR',
    ],
    [
      'a Charge error',
      amazonPayErrorEnvelope('Charge', 'InternalServerError', {}, { locale: 'it-IT' }),
      'Charge error in it-IT',
    ],
    [
      'an in-skill purchase',
      connectionsResponseEnvelope({ name: 'Buy' }),
      'not a payment in en-US',
    ],
    ['a launch', launchRequestEnvelope({ locale: 'es-ES' }), 'not a payment in es-ES'],
  ] as const)('%s is accepted and classified', async (_, envelope: RequestEnvelope, expected) => {
    const response = await skill.invoke(envelope);

    expect(spoken(response)).toBe(`<speak>${expected}</speak>`);
  });

  it('builds envelopes without session or locale, as some real ones are', async () => {
    const envelope = amazonPayErrorEnvelope(
      'Charge',
      'UnsupportedClientPlatform',
      { codeIn: 'status-message' },
      { withSession: false, locale: null },
    );

    const response = await skill.invoke(envelope);

    expect(envelope.session).toBeUndefined();
    expect(spoken(response)).toBe('<speak>Charge error in no locale</speak>');
  });

  it.each([
    ['en-GB', 'https://api.eu.amazonalexa.com'],
    ['ja-JP', 'https://api.fe.amazonalexa.com'],
    ['es-US', 'https://api.amazonalexa.com'],
  ])('gives %s its marketplace endpoint', (locale, endpoint) => {
    expect(setupSuccessEnvelope({}, { locale }).context.System.apiEndpoint).toBe(endpoint);
  });

  it.each(['GRANTED', 'DENIED'] as const)('sets the consent scope to %s', (consent) => {
    const envelope = launchRequestEnvelope({ consent });

    expect(
      envelope.context.System.user.permissions?.scopes?.['payments:autopay_consent']?.status,
    ).toBe(consent);
  });

  it('leaves permissions out when the scope is absent', () => {
    expect(launchRequestEnvelope().context.System.user.permissions).toBeUndefined();
  });

  it('builds intent requests with slots that ask-sdk-core reads', () => {
    const envelope = intentRequestEnvelope('BuyIntent', {
      slots: { product: 'tea' },
      userId: 'amzn1.ask.account.OTHER',
    });

    expect(getSlotValue(envelope, 'product')).toBe('tea');
    expect(getUserId(envelope)).toBe('amzn1.ask.account.OTHER');
    expect(envelope.session?.new).toBe(false);
  });

  it('stamps the test skill, user and time', () => {
    const envelope = launchRequestEnvelope({ sessionAttributes: { step: 'launch' } });

    expect(envelope.context.System.application.applicationId).toBe(testSkillId);
    expect(getUserId(envelope)).toBe(testUserId);
    expect(envelope.request.timestamp).toBe(fixtureTimestamp);
    expect(envelope.session?.attributes).toEqual({ step: 'launch' });
    expect(nextRequestId()).toMatch(/^amzn1\.echo-api\.request\./);
  });

  it.each([
    ['en-US', 'USD', 'US', 'en_US'],
    ['en-GB', 'GBP', 'UK', 'en_GB'],
    ['de-DE', 'EUR', 'DE', 'de_DE'],
    ['ja-JP', 'JPY', 'JP', 'ja_JP'],
    ['pt-BR', 'USD', 'US', 'en_US'],
    [undefined, 'USD', 'US', 'en_US'],
  ])('knows the marketplace of %s', (locale, currencyCode, countryCode, checkoutLanguage) => {
    expect(marketplaceFor(locale)).toMatchObject({ currencyCode, countryCode, checkoutLanguage });
  });

  it('gives a yen charge no decimals', () => {
    const envelope = chargeSuccessEnvelope({}, { locale: 'ja-JP' });

    expect(classifyConnectionsResponse(envelope.request)).toMatchObject({
      result: {
        authorizationDetails: { authorizationAmount: { amount: '1000', currencyCode: 'JPY' } },
      },
    });
  });

  it('builds fresh objects on every call', () => {
    const first = chargeSuccessEnvelope();
    const second = chargeSuccessEnvelope();

    expect(first).not.toBe(second);
    expect(first.request).not.toBe(second.request);
    expect(first.request.requestId).not.toBe(second.request.requestId);
  });
});
