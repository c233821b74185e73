import {
  getIntentName,
  getRequestType,
  getSlotValue,
  SkillBuilders,
  type HandlerInput,
  type RequestHandler,
} from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { createAmazonPayMiddleware, getPaymentOutcome, type AmazonPayLogEvent } from '../../src';
import { intentRequestEnvelope, launchRequestEnvelope, playPurchase } from '../../src/testing';

const isIntent = (input: HandlerInput, name: string) =>
  getRequestType(input.requestEnvelope) === 'IntentRequest' &&
  getIntentName(input.requestEnvelope) === name;

const ssmlOf = (response: ResponseEnvelope | undefined) => {
  const speech = response?.response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : undefined;
};

/**
 * A real skill that sells the way a certified one does: Setup, a question that the customer
 * answers, then Charge. What it heard last is kept in the session, to show the session travels.
 */
function shop() {
  const events: AmazonPayLogEvent[] = [];
  const amazonPay = createAmazonPayMiddleware({
    merchantName: 'Tea House',
    tokenSecret: 'a-secret-for-these-tests-only',
    onError: (event) => void events.push(event),
  });
  const ask = (input: HandlerInput, question: string, step: string) => {
    input.attributesManager.setSessionAttributes({ step });
    return input.responseBuilder.speak(question).reprompt(question).getResponse();
  };
  const handlers: RequestHandler[] = [
    {
      canHandle: (input) => isIntent(input, 'BuyIntent'),
      async handle(input) {
        const setup = await amazonPay.setupDirective(input, {
          sellerId: 'A1TESTSELLER',
          countryOfEstablishment: 'US',
          ledgerCurrency: 'USD',
        });
        return input.responseBuilder.addDirective(setup).withShouldEndSession(true).getResponse();
      },
    },
    {
      canHandle: (input) => getPaymentOutcome(input)?.operation === 'Setup',
      handle: (input) => ask(input, 'Which tea would you like?', 'choosing'),
    },
    {
      canHandle: (input) =>
        isIntent(input, 'ChooseIntent') &&
        input.attributesManager.getSessionAttributes().step === 'choosing',
      handle: (input) =>
        ask(
          input,
          `${getSlotValue(input.requestEnvelope, 'tea')} it is. Shall I order it?`,
          'confirming',
        ),
    },
    {
      canHandle: (input) =>
        isIntent(input, 'AMAZON.YesIntent') &&
        input.attributesManager.getSessionAttributes().step === 'confirming',
      async handle(input) {
        const charge = await amazonPay.chargeDirective(input, {
          sellerId: 'A1TESTSELLER',
          billingAgreementId: 'C01-0000000-0000001',
          paymentAction: 'AuthorizeAndCapture',
          authorizeAttributes: {
            authorizationReferenceId: 'order-1',
            authorizationAmount: { amount: '12.50', currencyCode: 'USD' },
          },
        });
        return input.responseBuilder.addDirective(charge).withShouldEndSession(true).getResponse();
      },
    },
    {
      canHandle: (input) => getPaymentOutcome(input)?.operation === 'Charge',
      handle: (input) =>
        input.responseBuilder.speak('Thank you!').withShouldEndSession(true).getResponse(),
    },
    {
      canHandle: () => true,
      handle: (input) =>
        input.responseBuilder.speak('Goodbye.').withShouldEndSession(true).getResponse(),
    },
  ];
  const skill = amazonPay
    .register(SkillBuilders.custom())
    .addRequestHandlers(...handlers)
    .create();
  return { skill, events };
}

describe('playPurchase with scripted customer turns', () => {
  it("plays Setup, the customer's answers in the session the skill left open, then Charge", async () => {
    const { skill, events } = shop();

    const run = await playPurchase(skill, intentRequestEnvelope('BuyIntent'), {
      customer: [{ intent: 'ChooseIntent', slots: { tea: 'Sencha' } }, 'AMAZON.YesIntent'],
    });

    expect(run.directives.map((directive) => directive.name)).toEqual(['Setup', 'Charge']);
    expect(run.turns.map((turn) => turn.speaker)).toEqual([
      'customer',
      'skill',
      'amazon-pay',
      'skill',
      'customer',
      'skill',
      'customer',
      'skill',
      'amazon-pay',
      'skill',
    ]);
    expect(ssmlOf(run.responses[2])).toBe('<speak>Sencha it is. Shall I order it?</speak>');
    expect(ssmlOf(run.last)).toBe('<speak>Thank you!</speak>');
    expect(run.responses.at(-1)).toBe(run.last);
    expect(run.unplayed).toEqual([]);
    expect(events).toEqual([]);
  });

  it('sends each customer turn in the same session, with the attributes the skill left there', async () => {
    const { skill } = shop();

    const run = await playPurchase(skill, intentRequestEnvelope('BuyIntent', { locale: 'de-DE' }), {
      customer: [{ intent: 'ChooseIntent', slots: { tea: 'Sencha' } }, 'AMAZON.NoIntent'],
    });
    const said = run.turns.flatMap((turn) => (turn.speaker === 'customer' ? [turn.request] : []));

    expect(said.map((request) => request.session?.new)).toEqual([false, false, false]);
    expect(said[2]?.session?.attributes).toEqual({ step: 'confirming' });
    expect(said.map((request) => request.request)).toEqual([
      expect.objectContaining({ locale: 'de-DE' }),
      expect.objectContaining({
        locale: 'de-DE',
        intent: expect.objectContaining({ name: 'ChooseIntent' }),
      }),
      expect.objectContaining({
        locale: 'de-DE',
        intent: expect.objectContaining({ name: 'AMAZON.NoIntent' }),
      }),
    ]);
    expect(run.directives.map((directive) => directive.name)).toEqual(['Setup']);
    expect(ssmlOf(run.last)).toBe('<speak>Goodbye.</speak>');
  });

  it('plays no turn once the skill has ended the session, and says which turns were left', async () => {
    const { skill } = shop();

    const run = await playPurchase(skill, intentRequestEnvelope('BuyIntent'), {
      Setup: { kind: 'error', code: 'InvalidSellerId' },
      customer: ['AMAZON.YesIntent'],
    });

    expect(run.directives.map((directive) => directive.name)).toEqual(['Setup']);
    expect(run.last.response.shouldEndSession).toBe(true);
    expect(run.unplayed).toEqual(['AMAZON.YesIntent']);
  });

  it("lets the customer answer the middleware's own question: yes after a failed voice code resends", async () => {
    const { skill } = shop();

    const run = await playPurchase(skill, intentRequestEnvelope('BuyIntent'), {
      Setup: [{ kind: 'error', code: 'CustomerApprovalFailure' }, { kind: 'success' }],
      customer: [
        'AMAZON.YesIntent',
        { intent: 'ChooseIntent', slots: { tea: 'Gyokuro' } },
        'AMAZON.YesIntent',
      ],
    });

    expect(run.directives.map((directive) => directive.name)).toEqual(['Setup', 'Setup', 'Charge']);
    expect(run.directives[1]?.payload).toEqual(run.directives[0]?.payload);
    expect(ssmlOf(run.last)).toBe('<speak>Thank you!</speak>');
  });

  it('stops a skill that answers every answer with another directive', async () => {
    const amazonPay = createAmazonPayMiddleware({ merchantName: 'Tea House', onError: () => {} });
    const setupAgain: RequestHandler = {
      canHandle: () => true,
      async handle(input) {
        const setup = await amazonPay.setupDirective(input, {
          sellerId: 'A1TESTSELLER',
          countryOfEstablishment: 'US',
          ledgerCurrency: 'USD',
        });
        return input.responseBuilder.addDirective(setup).getResponse();
      },
    };
    const skill = amazonPay
      .register(SkillBuilders.custom())
      .addRequestHandlers(setupAgain)
      .create();

    const run = await playPurchase(skill, intentRequestEnvelope('BuyIntent'), {
      customer: ['AMAZON.YesIntent'],
    });

    expect(run.directives).toHaveLength(10);
    expect(run.unplayed).toEqual(['AMAZON.YesIntent']);
  });

  it('starts from any request, a launch included, and leaves a script without turns as it was', async () => {
    const { skill } = shop();

    const run = await playPurchase(skill, launchRequestEnvelope());

    expect(run.directives).toEqual([]);
    expect(run.turns.map((turn) => turn.speaker)).toEqual(['customer', 'skill']);
    expect(run.unplayed).toEqual([]);
  });
});
