import type { HandlerInput } from 'ask-sdk-core';
import { AmazonPayFpsError, errorCatalog, supportedLocales, type PromptKey } from '../../src';
import {
  amazonPayErrorEnvelope,
  amazonPaySpeechFor,
  intentRequestEnvelope,
} from '../../src/testing';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf, testSkill } from '../support/skill';

const skillThrowing = (thrown: Error) =>
  testSkill({
    handlers: [
      {
        canHandle: (input: HandlerInput) => input.requestEnvelope.request.type === 'IntentRequest',
        handle: () => {
          throw thrown;
        },
      },
    ],
  });

describe('codes with a sentence of their own', () => {
  it.each([
    ['Setup', 'UnsupportedClientPlatform', 'afterAmazonPaySpoke.unsupportedDevice'],
    ['Charge', 'UnsupportedClientPlatform', 'afterAmazonPaySpoke.unsupportedDevice'],
    ['Setup', 'InvalidAccountStatus', 'afterAmazonPaySpoke.shopCannotTakeOrders'],
    ['Charge', 'InvalidMerchantAccountStatus', 'afterAmazonPaySpoke.shopCannotTakeOrders'],
  ] as const)('%s %s is followed by %s', async (operation, code, key) => {
    const skill = testSkill();

    for (const locale of supportedLocales) {
      const response = await skill.invoke(amazonPayErrorEnvelope(operation, code, {}, { locale }));

      expect(ssmlOf(response)).toBe(expectedSpeech(locale, key));
    }
  });

  it.each([
    'InvalidAccountState_Recipient',
    'UnverifiedAccount_Recipient',
    'UnverifiedEmailAddress_Recipient',
  ])(
    'the FPS code %s tells the customer the shop cannot take the payment, never that their account is at fault',
    async (code) => {
      const response = await skillThrowing(new AmazonPayFpsError(code)).invoke(
        intentRequestEnvelope('BuyIntent'),
      );

      expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'fps.shopCannotTakePayment'));
      expect(ssmlOf(response)).not.toMatch(/your (amazon|payment|account|e-?mail)/i);
    },
  );

  it('leaves the sender codes with sentences about the customer’s own account', () => {
    const keyOf = (code: string): PromptKey | undefined =>
      errorCatalog.find((entry) => entry.context === 'fps' && entry.code === code)?.promptKey;

    expect(keyOf('InvalidAccountState_Sender')).toBe('fps.accountNotActive');
    expect(keyOf('UnverifiedAccount_Sender')).toBe('fps.addVerifiedPaymentMethod');
    expect(keyOf('UnverifiedEmailAddress_Sender')).toBe('fps.verifyEmail');
  });

  it('says who has to act on an FPS recipient code in the developer log', () => {
    for (const code of [
      'InvalidAccountState_Recipient',
      'UnverifiedAccount_Recipient',
      'UnverifiedEmailAddress_Recipient',
    ]) {
      const entry = errorCatalog.find((e) => e.context === 'fps' && e.code === code);

      expect(entry?.correctiveAction).toMatch(/merchant/);
      expect(entry?.correctiveAction).toMatch(/not the customer/);
    }
  });
});

describe('what Amazon Pay says for UnsupportedClientPlatform', () => {
  it('is only that something went wrong: the device text is for the developer', () => {
    for (const context of ['setup', 'charge'] as const) {
      const speech = amazonPaySpeechFor('UnsupportedClientPlatform', context);

      expect(speech).toMatch(/went wrong/);
      expect(speech).not.toMatch(/device|update|software/i);
    }
  });
});
