import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SkillBuilders } from 'ask-sdk-core';
import { errorCatalog, type ChargeSuccessOutcome, type PromptKey } from '../../src';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  chargePendingEnvelope,
  chargeSuccessEnvelope,
  connectionsResponseEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  setupSuccessEnvelope,
} from '../../src/testing';
import { expectedSpeech } from '../support/prompt-text';
import { skillSays, ssmlOf, testSkill } from '../support/skill';

// What the customer hears from the skill for each Setup/Charge/permission error code.
const expectedPrompt: Readonly<Record<string, PromptKey>> = {
  UnsupportedClientPlatform: 'afterAmazonPaySpoke.unsupportedDevice',
  InvalidShippingAddress: 'afterAmazonPaySpoke.nothingBought',
  InvalidAccountStatus: 'afterAmazonPaySpoke.shopCannotTakeOrders',
  UnsupportedCustomerAccount: 'afterAmazonPaySpoke.nothingBought',
  VoicePurchaseNotEnabled: 'afterAmazonPaySpoke.nothingBought',
  RequestThrottled: 'afterAmazonPaySpoke.comeBackInFewMinutes',
  InvalidPaymentMethod: 'afterAmazonPaySpoke.paymentMethodNeedsUpdate',
  // The fixture's token was not issued by the middleware: no retry can be offered (resends.test.ts).
  CustomerApprovalFailure: 'afterAmazonPaySpoke.voiceCodeNotAccepted',
  InvalidSellerId: 'error.shopCannotTakePayments',
  InvalidParameterValue: 'error.shopCannotTakePayments',
  UnauthorizedAccess: 'error.shopCannotTakePayments',
  ReleaseEnvironmentNotAllowed: 'error.shopCannotTakePayments',
  UnsupportedCurrency: 'error.shopCannotTakePayments',
  UnsupportedCountryOfEstablishment: 'error.shopCannotTakePayments',
  BuyerEqualsSeller: 'error.shopCannotTakePayments',
  InvalidSandboxCustomerEmail: 'error.shopCannotTakePayments',
  InvalidBillingAgreementId: 'error.shopCannotTakePayments',
  InvalidPaymentAction: 'error.shopCannotTakePayments',
  InvalidAuthorizationAmount: 'error.shopCannotTakePayments',
  ProviderNotAuthorized: 'error.shopCannotTakePayments',
  DuplicateRequest: 'error.shopCannotTakePayments',
  FORBIDDEN: 'error.shopCannotTakePayments',
  InternalServerError: 'error.amazonPayUnavailable',
  ServiceUnavailable: 'error.amazonPayUnavailable',
  InvalidBillingAgreementStatus: 'error.paymentMethodNeedsAttention',
  PeriodicAmountExceeded: 'error.monthlySpendingLimit',
  ACCESS_NOT_REQUESTED: 'permission.requestAfterRefusal',
  ACCESS_DENIED: 'permission.requestAfterRefusal',
  MISSING_PERMISSIONS_TO_ACCESS_RESOURCE: 'permission.requestAfterRefusal',
};

const responseErrors = errorCatalog
  .filter((entry) => ['setup', 'charge', 'permission'].includes(entry.context))
  .flatMap((entry) =>
    (entry.context === 'permission'
      ? (['Setup', 'Charge'] as const)
      : [entry.context === 'setup' ? ('Setup' as const) : ('Charge' as const)]
    ).map((operation) => [operation, entry.code, entry.voicedByAmazonPay] as const),
  );

describe('the middleware answers Amazon Pay errors', () => {
  it('knows what to say for every response error code', () => {
    for (const [, code] of responseErrors) expect(expectedPrompt[code]).toBeDefined();
  });

  it.each(responseErrors)('%s %s (voiced by Amazon Pay: %s)', async (operation, code) => {
    const skill = testSkill();
    const key = expectedPrompt[code] as PromptKey;

    const response = await skill.invoke(amazonPayErrorEnvelope(operation, code));

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', key));
    expect(response.response.shouldEndSession).toBe(true);
    expect(response.response.directives).toBeUndefined();
    expect(skill.events).toEqual([expect.objectContaining({ kind: 'error', code, operation })]);
  });

  it.each(responseErrors.filter(([, , voiced]) => voiced))(
    'says nothing after %s %s when the skill chose silence',
    async (operation, code) => {
      const response = await testSkill({ middleware: { afterAmazonPaySpoke: 'silent' } }).invoke(
        amazonPayErrorEnvelope(operation, code),
      );

      expect(response.response.outputSpeech).toBeUndefined();
      expect(response.response.reprompt).toBeUndefined();
      expect(response.response.shouldEndSession).toBe(true);
    },
  );

  it('still speaks in full after merchant errors when the skill chose silence', async () => {
    const response = await testSkill({ middleware: { afterAmazonPaySpoke: 'silent' } }).invoke(
      amazonPayErrorEnvelope('Charge', 'InvalidSellerId'),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.shopCannotTakePayments'));
  });

  it('answers in the language of the request, with the Amazon website of its country', async () => {
    const skill = testSkill();

    const spanishUs = await skill.invoke(
      amazonPayErrorEnvelope('Charge', 'InvalidBillingAgreementStatus', {}, { locale: 'es-US' }),
    );
    const japanese = await skill.invoke(
      amazonPayErrorEnvelope('Setup', 'InternalServerError', {}, { locale: 'ja-JP' }),
    );

    expect(ssmlOf(spanishUs)).toBe(
      expectedSpeech('es-ES', 'error.paymentMethodNeedsAttention', 'amazon.com'),
    );
    expect(ssmlOf(japanese)).toBe(expectedSpeech('ja-JP', 'error.amazonPayUnavailable'));
  });

  it('reads the code from status.message alone, as Amazon documents', async () => {
    const response = await testSkill().invoke(
      amazonPayErrorEnvelope(
        'Charge',
        'UnsupportedClientPlatform',
        { codeIn: 'status-message' },
        { withSession: false, locale: null },
      ),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'afterAmazonPaySpoke.unsupportedDevice'));
  });

  it('keeps the session open after an error when the skill asks for it', async () => {
    const response = await testSkill({ middleware: { endSessionAfterError: false } }).invoke(
      amazonPayErrorEnvelope('Charge', 'InvalidSellerId'),
    );

    expect(response.response.shouldEndSession).toBe(false);
  });

  it('answers an unknown code kindly, without saying it', async () => {
    const skill = testSkill();

    const response = await skill.invoke(
      amazonPayErrorEnvelope('Charge', 'BrandNewSecretCode', {
        statusCode: 400,
        errorMessage: 'seller A1B2C3 misconfigured',
      }),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.unexpected'));
    expect(ssmlOf(response)).not.toMatch(/BrandNew|A1B2C3/);
    expect(skill.events[0]).toMatchObject({
      kind: 'error',
      code: 'BrandNewSecretCode',
      handledBy: undefined,
      amazonPayMessage: 'seller A1B2C3 misconfigured',
    });
  });

  it('answers a Charge it cannot read as unconfirmed and says why in the log', async () => {
    const skill = testSkill();

    const response = await skill.invoke(
      connectionsResponseEnvelope({ name: 'Charge', payload: { authorizationDetails: {} } }),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'unconfirmed.charge'));
    expect(skill.events[0]).toMatchObject({
      kind: 'unconfirmed-charge',
      operation: 'Charge',
      httpStatus: 200,
    });
  });
});

describe('the middleware answers declines', () => {
  it.each([
    ['InvalidPaymentMethod', true, 'afterAmazonPaySpoke.paymentMethodNeedsUpdate'],
    ['InvalidPaymentMethod', false, 'afterAmazonPaySpoke.paymentMethodNeedsUpdate'],
    ['TransactionTimedOut', false, 'afterAmazonPaySpoke.declined'],
    ['AmazonRejected', false, 'afterAmazonPaySpoke.declined'],
    ['ProcessingFailure', false, 'afterAmazonPaySpoke.declined'],
    ['SomethingNew', false, 'afterAmazonPaySpoke.declined'],
  ] as const)('%s (soft %s) with %s', async (reason, softDecline, key) => {
    const skill = testSkill();

    const response = await skill.invoke(
      chargeDeclinedEnvelope(reason, { softDecline }, { locale: 'it-IT' }),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('it-IT', key, 'amazon.it'));
    expect(skill.events).toEqual([
      expect.objectContaining({ kind: 'decline', code: reason, softDecline, operation: 'Charge' }),
    ]);
  });

  it('answers a soft decline that came back as a 400 error exactly like a 200 decline', async () => {
    const skill = testSkill();

    const asError = await skill.invoke(
      amazonPayErrorEnvelope('Charge', 'InvalidPaymentMethod', {}, { locale: 'de-DE' }),
    );
    const asDecline = await skill.invoke(
      chargeDeclinedEnvelope('InvalidPaymentMethod', { softDecline: true }, { locale: 'de-DE' }),
    );

    expect(ssmlOf(asError)).toBe(ssmlOf(asDecline));
  });
});

describe('successes and pending charges', () => {
  it.each([
    ['a Setup with an OPEN agreement', setupSuccessEnvelope(), 'success'],
    [
      'a Setup with a SUSPENDED agreement',
      setupSuccessEnvelope({ billingAgreementStatus: 'SUSPENDED' }),
      'success',
    ],
    ['a Charge', chargeSuccessEnvelope(), 'success'],
    ['a pending Charge', chargePendingEnvelope(), 'pending'],
  ])('pass %s to the skill, which can read the outcome', async (_, envelope, kind) => {
    const response = await testSkill().invoke(envelope);

    expect(ssmlOf(response)).toBe(`<speak>${skillSays.paymentResult} ${kind}</speak>`);
  });

  it('notes a Setup whose agreement is not OPEN in the log, and nothing for an OPEN one', async () => {
    const skill = testSkill();

    await skill.invoke(setupSuccessEnvelope());
    await skill.invoke(setupSuccessEnvelope({ billingAgreementStatus: 'SUSPENDED' }));

    expect(skill.events).toEqual([
      expect.objectContaining({
        kind: 'billing-agreement-not-open',
        code: 'InvalidPaymentMethod',
        context: 'billing-agreement',
        operation: 'Setup',
      }),
    ]);
  });

  it('gives the typed outcome to a callback instead', async () => {
    const seen: ChargeSuccessOutcome[] = [];
    const skill = testSkill({
      middleware: {
        onChargeSuccess: (input, outcome) => {
          seen.push(outcome);
          return input.responseBuilder
            .speak(`Shipped order ${outcome.result.authorizationDetails.authorizationReferenceId}`)
            .getResponse();
        },
      },
    });

    const response = await skill.invoke(
      chargeSuccessEnvelope({ authorizationReferenceId: 'order-42' }),
    );

    expect(ssmlOf(response)).toBe('<speak>Shipped order order-42</speak>');
    expect(seen).toEqual([
      expect.objectContaining({
        kind: 'success',
        operation: 'Charge',
        authorizationState: 'Closed',
      }),
    ]);
  });

  it.each([
    ['onSetupSuccess', setupSuccessEnvelope()],
    ['onChargePending', chargePendingEnvelope()],
  ] as const)('calls %s', async (option, envelope) => {
    const skill = testSkill({
      middleware: {
        [option]: (input: { responseBuilder: { speak(t: string): { getResponse(): object } } }) =>
          input.responseBuilder.speak(option).getResponse(),
      },
    });

    expect(ssmlOf(await skill.invoke(envelope))).toBe(`<speak>${option}</speak>`);
  });

  it.each([
    [setupSuccessEnvelope({}, { locale: 'fr-FR' }), 'fr-FR', 'success.setup', 'Setup'],
    [chargeSuccessEnvelope({}, { locale: 'fr-FR' }), 'fr-FR', 'success.charge', 'Charge'],
    [chargePendingEnvelope({}, { locale: 'fr-FR' }), 'fr-FR', 'pending.charge', 'Charge'],
  ] as const)(
    'says a neutral, true sentence when nobody handles it (%#)',
    async (envelope, locale, key, operation) => {
      const skill = testSkill({ ownPaymentHandler: false });

      const response = await skill.invoke(envelope);

      expect(ssmlOf(response)).toBe(expectedSpeech(locale, key, 'amazon.fr'));
      expect(response.response.shouldEndSession).toBe(true);
      expect(skill.events).toEqual([
        expect.objectContaining({ kind: 'missing-handler', operation, handledBy: 'merchant' }),
      ]);
    },
  );

  it('never apologises for a charge that went through when the skill then fails', async () => {
    const skill = testSkill({
      handlers: [
        {
          canHandle: (input) => input.requestEnvelope.request.type === 'Connections.Response',
          handle: () => {
            throw new Error('fulfilment service down');
          },
        },
      ],
    });

    const response = await skill.invoke(chargeSuccessEnvelope());

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'success.charge'));
    expect(skill.events).toEqual([
      expect.objectContaining({
        kind: 'thrown',
        error: { name: 'Error', message: 'fulfilment service down' },
      }),
    ]);
  });
});

describe('requests that are not Amazon Pay responses', () => {
  // The same skill without the middleware: what it answers is what the middleware must not touch.
  const bare = SkillBuilders.custom()
    .addRequestHandlers(
      {
        canHandle: (i) => i.requestEnvelope.request.type === 'Connections.Response',
        handle: (i) =>
          i.responseBuilder.speak(`${skillSays.paymentResult} not a payment`).getResponse(),
      },
      {
        canHandle: (i) => i.requestEnvelope.request.type === 'LaunchRequest',
        handle: (i) => i.responseBuilder.speak(skillSays.launch).getResponse(),
      },
      {
        canHandle: (i) => i.requestEnvelope.request.type === 'IntentRequest',
        handle: (i) => i.responseBuilder.speak(skillSays.fallback).getResponse(),
      },
    )
    .create();

  const withoutVersion = (envelope: ResponseEnvelope) => JSON.stringify(envelope.response);

  it.each([
    [
      'an in-skill Buy',
      connectionsResponseEnvelope({
        name: 'Buy',
        payload: { purchaseResult: 'ACCEPTED', productId: 'amzn1.adg.product.x' },
      }),
    ],
    [
      'an in-skill Upsell with placeholder status',
      connectionsResponseEnvelope(
        { name: 'Upsell', statusCode: 'string', payload: { purchaseResult: 'ACCEPTED' } },
        { locale: 'string' },
      ),
    ],
    [
      'an in-skill Cancel',
      connectionsResponseEnvelope({ name: 'Cancel', payload: { purchaseResult: 'DECLINED' } }),
    ],
    [
      'a launch with the consent DENIED',
      launchRequestEnvelope({ consent: 'DENIED', locale: 'de-DE', withSession: false }),
    ],
    ['a launch in Japan without permissions', launchRequestEnvelope({ locale: 'ja-JP' })],
    ['an intent without permissions', intentRequestEnvelope('HelpIntent')],
  ])(
    'leaves %s byte for byte as the skill alone answers it',
    async (_, envelope: RequestEnvelope) => {
      const skill = testSkill();

      const withMiddleware = await skill.invoke(structuredClone(envelope));
      const withoutMiddleware = await bare.invoke(structuredClone(envelope));

      expect(withoutVersion(withMiddleware)).toBe(withoutVersion(withoutMiddleware));
      expect(withMiddleware.response.card).toBeUndefined();
      expect(skill.events).toEqual([]);
    },
  );
});
