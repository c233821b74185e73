import type { RequestEnvelope } from 'ask-sdk-model';
import {
  amazonPayErrorEnvelope,
  chargeSuccessEnvelope,
  connectionsResponseEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  requestEnvelope,
  setupSuccessEnvelope,
} from '../../src/testing';
import { OrderTable } from '../../examples/demo-store/src/orders/order-table';
import { directiveOf, localOrderStore } from '../support/demo-store';

const { dynamo, newStore } = localOrderStore();
// Each test plays whole conversations against a local table: seconds on a busy machine.
jest.setTimeout(30_000);

/** Takes parts out of an envelope, as some test tools and recorded envelopes leave them out. */
function without(envelope: RequestEnvelope, ...paths: string[]): RequestEnvelope {
  const copy = structuredClone(envelope) as unknown as Record<string, Record<string, unknown>>;
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce<Record<string, unknown> | undefined>(
      (at, key) => at?.[key] as Record<string, unknown> | undefined,
      copy,
    );
    if (parent !== undefined) Reflect.deleteProperty(parent, last);
  }
  return copy as unknown as RequestEnvelope;
}

const ispResult = (name: string) => ({
  name,
  payload: { purchaseResult: 'ACCEPTED', productId: 'amzn1.adg.product.00000000-tea' },
  token: 'correlation-token',
});
const request = (type: string, extra: Record<string, unknown> = {}) =>
  requestEnvelope({
    type,
    requestId: 'amzn1.echo-api.request.other',
    timestamp: '2022-06-01T12:00:00Z',
    ...extra,
  } as unknown as RequestEnvelope['request']);

/** Requests ask-sdk-core accepts, in the shapes test tools and recorded envelopes have. */
const requests: [string, () => RequestEnvelope][] = [
  [
    'an in-skill purchase Buy without a session (virtual-alexa)',
    () => connectionsResponseEnvelope(ispResult('Buy'), { withSession: false }),
  ],
  [
    'an in-skill purchase Upsell with placeholder values and no locale',
    () => {
      const envelope = connectionsResponseEnvelope(
        { ...ispResult('Upsell'), statusCode: 'string', statusMessage: 'string', token: 'string' },
        { locale: null },
      );
      return envelope;
    },
  ],
  [
    'an in-skill purchase Upsell whose locale is the word "string", with foreign session attributes',
    () => {
      const envelope = connectionsResponseEnvelope(ispResult('Upsell'), {
        newSession: false,
        sessionAttributes: { supportedPeriods: { daily: true } },
      });
      (envelope.request as { locale?: string }).locale = 'string';
      return without(envelope, 'context.System.device.deviceId', 'context.System.apiEndpoint');
    },
  ],
  ['an in-skill purchase Cancel', () => connectionsResponseEnvelope(ispResult('Cancel'))],
  [
    'an in-skill purchase Buy declined, without a session',
    () =>
      connectionsResponseEnvelope(
        { ...ispResult('Buy'), payload: { purchaseResult: 'DECLINED', productId: 'x' } },
        { withSession: false },
      ),
  ],
  [
    'a LaunchRequest without a session, from a device (consent denied)',
    () => launchRequestEnvelope({ locale: 'de-DE', consent: 'DENIED', withSession: false }),
  ],
  [
    'a LaunchRequest without a session (consent granted)',
    () => launchRequestEnvelope({ locale: 'de-DE', consent: 'GRANTED', withSession: false }),
  ],
  [
    'an intent named without AMAZON., with no permissions',
    () => intentRequestEnvelope('HelpIntent'),
  ],
  [
    'a yes without a session',
    () => intentRequestEnvelope('AMAZON.YesIntent', { withSession: false }),
  ],
  ['a no without a locale', () => intentRequestEnvelope('AMAZON.NoIntent', { locale: null })],
  [
    'a buy without a session',
    () => intentRequestEnvelope('BuyIntent', { withSession: false, consent: 'GRANTED' }),
  ],
  [
    'an order enquiry without a session or locale',
    () => intentRequestEnvelope('OrderEnquiryIntent', { withSession: false, locale: null }),
  ],
  [
    'an intent without slots, in a session without attributes',
    () =>
      without(
        intentRequestEnvelope('AMAZON.FallbackIntent'),
        'request.intent.slots',
        'session.attributes',
      ),
  ],
  [
    'an envelope without device, endpoint or access token',
    () =>
      without(
        launchRequestEnvelope(),
        'context.System.device',
        'context.System.apiEndpoint',
        'context.System.apiAccessToken',
      ),
  ],
  [
    'a Setup success without an address and without a session (Japan)',
    () =>
      without(
        setupSuccessEnvelope({}, { locale: 'ja-JP', withSession: false }),
        'request.payload.billingAgreementDetails.destination',
      ),
  ],
  ['a Setup success for no waiting order', () => setupSuccessEnvelope()],
  [
    'a Charge success naming no order, without a session',
    () =>
      chargeSuccessEnvelope(
        { authorizationReferenceId: 'test-5dcda4aecaf1d' },
        { withSession: false, locale: 'ja-JP' },
      ),
  ],
  [
    'a Charge 400 InvalidPaymentMethod without a session',
    () =>
      amazonPayErrorEnvelope(
        'Charge',
        'InvalidPaymentMethod',
        {},
        { locale: 'de-DE', withSession: false },
      ),
  ],
  [
    'a Charge 403 whose code is only in the message, with no locale, id or time',
    () =>
      without(
        amazonPayErrorEnvelope(
          'Charge',
          'UnsupportedClientPlatform',
          { codeIn: 'status-message' },
          { locale: null },
        ),
        'request.requestId',
        'request.timestamp',
      ),
  ],
  [
    'a SessionEndedRequest without a session',
    () =>
      request('SessionEndedRequest', {
        reason: 'ERROR',
        error: { type: 'INVALID_RESPONSE', message: 'x' },
      }),
  ],
  [
    'a CanFulfillIntentRequest',
    () =>
      request('CanFulfillIntentRequest', {
        intent: { name: 'BuyIntent', confirmationStatus: 'NONE' },
      }),
  ],
  [
    'an AudioPlayer event',
    () => request('AudioPlayer.PlaybackStarted', { token: 't', offsetInMilliseconds: 0 }),
  ],
  ['an APL user event', () => request('Alexa.Presentation.APL.UserEvent', { arguments: ['buy'] })],
];

describe('the demo store answers every request ask-sdk-core accepts', () => {
  it.each(requests)('%s', async (_, envelope) => {
    const store = await newStore();

    const response = await store.skill.invoke(envelope());

    const speech = response.response.outputSpeech;
    if (speech !== undefined)
      expect(speech).toMatchObject({
        type: 'SSML',
        ssml: expect.stringMatching(/^<speak>.+<\/speak>$/s),
      });
    expect(directiveOf(response)?.name).not.toBe('Charge');
  });

  it('reports a paid Charge that names no order of the shop, and thanks the customer', async () => {
    const store = await newStore();

    const response = await store.skill.invoke(
      chargeSuccessEnvelope({ authorizationReferenceId: 'test-5dcda4aecaf1d' }),
    );

    expect(response.response.outputSpeech).toMatchObject({
      ssml: expect.stringMatching(/^<speak>Your payment to Tea House went through\. Thank you!/),
    });
    expect(store.storeErrors).toEqual([
      new Error('A paid Charge names no order of ours: test-5dcda4aecaf1d'),
    ]);
  });

  it('tells the customer and the log when the order table fails, and charges nothing', async () => {
    const broken = await newStore({ orders: new OrderTable(dynamo().client, 'no-such-table') });

    const response = await broken.skill.invoke(
      intentRequestEnvelope('BuyIntent', { consent: 'GRANTED' }),
    );

    expect(response.response.outputSpeech).toMatchObject({
      ssml: '<speak>Sorry, Tea House can&apos;t take orders right now, so nothing was bought. Please try again in a little while.</speak>',
    });
    expect(directiveOf(response)).toBeUndefined();
    expect(broken.storeErrors).toEqual([
      expect.objectContaining({ name: 'ResourceNotFoundException' }),
    ]);
  });
});
