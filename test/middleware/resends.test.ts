import { errorCatalog } from '../../src';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf } from '../support/skill';
import {
  buy,
  directiveOf,
  errorAnswerTo,
  nextInSession,
  setUp,
  storeSkill,
  chargeInput,
} from '../support/payment-skill';

describe('the directive helpers', () => {
  it('fill in @type and @version at every level of a Charge', async () => {
    const response = await storeSkill().invoke(buy());
    const directive = directiveOf(response);

    expect(directive).toMatchObject({ type: 'Connections.SendRequest', name: 'Charge' });
    expect(directive.payload).toEqual({
      '@type': 'ChargeAmazonPayRequest',
      '@version': '2',
      sellerId: 'A1SELLER',
      billingAgreementId: 'C01-0000000-0000001',
      paymentAction: 'AuthorizeAndCapture',
      authorizeAttributes: {
        '@type': 'AuthorizeAttributes',
        '@version': '2',
        authorizationReferenceId: 'order-0001',
        authorizationAmount: {
          '@type': 'Price',
          '@version': '2',
          amount: '12.50',
          currencyCode: 'USD',
        },
        softDescriptor: 'Tea House',
        sellerAuthorizationNote: 'One box of green tea',
      },
      sellerOrderAttributes: {
        '@type': 'SellerOrderAttributes',
        '@version': '2',
        sellerOrderId: 'order-0001',
        storeName: 'Tea House',
        sellerNote: 'Thank you',
      },
    });
    expect(typeof directive.token).toBe('string');
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('fill them in for a Setup, nested attributes and provider credits included', async () => {
    const setup = directiveOf(await storeSkill().invoke(setUp()));
    const withProvider = directiveOf(
      await storeSkill(
        {},
        {
          ...chargeInput,
          providerAttributes: {
            providerId: 'P1',
            providerCreditList: [
              { providerId: 'P1', credit: { amount: '1.00', currencyCode: 'USD' } },
            ],
          },
        },
      ).invoke(buy()),
    );

    expect(setup.payload).toMatchObject({
      '@type': 'SetupAmazonPayRequest',
      '@version': '2',
      billingAgreementAttributes: {
        '@type': 'BillingAgreementAttributes',
        '@version': '2',
        sellerBillingAgreementAttributes: {
          '@type': 'SellerBillingAgreementAttributes',
          '@version': '2',
        },
      },
    });
    expect(withProvider.payload?.providerAttributes).toEqual({
      '@type': 'ProviderAttributes',
      '@version': '2',
      providerId: 'P1',
      providerCreditList: [
        {
          '@type': 'ProviderCredit',
          '@version': '2',
          providerId: 'P1',
          credit: { '@type': 'Price', '@version': '2', amount: '1.00', currencyCode: 'USD' },
        },
      ],
    });
  });

  it('keep tags a skill already wrote', async () => {
    const tagged = { ...chargeInput, '@type': 'ChargeAmazonPayRequest' as const, '@version': '2' };

    const directive = directiveOf(await storeSkill({}, tagged).invoke(buy()));

    expect(directive.payload?.['@type']).toBe('ChargeAmazonPayRequest');
  });
});

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
});

describe('a failed voice code', () => {
  it('asks whether to try again and resends the identical directive on yes', async () => {
    const store = storeSkill();
    const sent = directiveOf(await store.invoke(buy({ locale: 'fr-FR' })));

    const question = await store.invoke(
      errorAnswerTo(sent, 'CustomerApprovalFailure', { locale: 'fr-FR' }),
    );
    const yes = await store.invoke(
      nextInSession(question, 'AMAZON.YesIntent', { locale: 'fr-FR' }),
    );

    expect(ssmlOf(question)).toBe(expectedSpeech('fr-FR', 'voiceCodeOffer.askToTryAgain'));
    expect(question.response.reprompt?.outputSpeech).toEqual({
      type: 'SSML',
      ssml: expectedSpeech('fr-FR', 'voiceCodeOffer.askToTryAgainReprompt'),
    });
    expect(question.response.shouldEndSession).toBe(false);
    expect(JSON.stringify(directiveOf(yes).payload)).toBe(JSON.stringify(sent.payload));
    expect(yes.response.shouldEndSession).toBe(true);
    expect(yes.sessionAttributes).toEqual({});
  });

  it('ends politely on no', async () => {
    const store = storeSkill();
    const question = await store.invoke(
      errorAnswerTo(directiveOf(await store.invoke(buy())), 'CustomerApprovalFailure'),
    );

    const no = await store.invoke(nextInSession(question, 'AMAZON.NoIntent'));

    expect(no.response.directives).toBeUndefined();
    expect(ssmlOf(no)).toBe(expectedSpeech('en-US', 'voiceCodeOffer.customerSaidNo'));
    expect(no.response.shouldEndSession).toBe(true);
  });

  it('leaves any other answer to the skill', async () => {
    const store = storeSkill();
    const question = await store.invoke(
      errorAnswerTo(directiveOf(await store.invoke(buy())), 'CustomerApprovalFailure'),
    );

    const other = await store.invoke(nextInSession(question, 'AMAZON.HelpIntent'));

    expect(ssmlOf(other)).toBe('<speak>The skill answered.</speak>');
  });

  it('stops offering after the configured number of retries', async () => {
    const store = storeSkill({ retry: { voiceCodeRetries: 1 } });
    const sent = directiveOf(await store.invoke(buy()));
    const question = await store.invoke(errorAnswerTo(sent, 'CustomerApprovalFailure'));
    const retried = directiveOf(await store.invoke(nextInSession(question, 'AMAZON.YesIntent')));

    const again = await store.invoke(errorAnswerTo(retried, 'CustomerApprovalFailure'));

    expect(ssmlOf(again)).toBe(expectedSpeech('en-US', 'afterAmazonPaySpoke.nothingBought'));
    expect(again.response.shouldEndSession).toBe(true);
  });

  it('says nothing at all when the skill chose silence', async () => {
    const store = storeSkill({ afterAmazonPaySpoke: 'silent' });

    const response = await store.invoke(
      errorAnswerTo(directiveOf(await store.invoke(buy())), 'CustomerApprovalFailure'),
    );

    expect(response.response.outputSpeech).toBeUndefined();
    expect(response.response.shouldEndSession).toBe(true);
  });
});
