import { getLocale, SkillBuilders } from 'ask-sdk-core';
import { supportedLocales } from '../../src';
import { PromptRenderer } from '../../src/prompts/renderer';
import { amazonPayErrorEnvelope, intentRequestEnvelope } from '../../src/testing';
import { ssmlOf, testSkill } from '../support/skill';
import { expectedSpeech } from '../support/prompt-text';

// One renderer shared by a real skill, as a middleware shares it across requests.
const renderer = new PromptRenderer({ merchantName: 'Tea House' });
const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: () => true,
    async handle(handlerInput) {
      const locale = getLocale(handlerInput.requestEnvelope);
      await new Promise((resolve) => setImmediate(resolve)); // let other invocations interleave
      return handlerInput.responseBuilder
        .speak(renderer.speak('error.unexpected', locale))
        .getResponse();
    },
  })
  .create();

describe('prompts under concurrent requests', () => {
  it('answers hundreds of interleaved requests each in its own language', async () => {
    const locales = Array.from(
      { length: 700 },
      (_, i) =>
        supportedLocales[(i * 5) % supportedLocales.length] as (typeof supportedLocales)[number],
    );

    const responses = await Promise.all(
      locales.map((locale) => skill.invoke(intentRequestEnvelope('BuyIntent', { locale }))),
    );

    responses.forEach((response, i) => {
      const speech = response.response.outputSpeech;
      const locale = locales[i] as (typeof supportedLocales)[number];

      expect(speech?.type === 'SSML' && speech.ssml).toBe(
        expectedSpeech(locale, 'error.unexpected'),
      );
    });
  });
});

describe('the middleware under concurrent requests', () => {
  it('answers hundreds of interleaved payment errors each in its own language', async () => {
    const skill = testSkill();
    const locales = Array.from(
      { length: 500 },
      (_, i) =>
        supportedLocales[(i * 3) % supportedLocales.length] as (typeof supportedLocales)[number],
    );

    const responses = await Promise.all(
      locales.map((locale) =>
        skill.invoke(amazonPayErrorEnvelope('Charge', 'InvalidSellerId', {}, { locale })),
      ),
    );

    responses.forEach((response, i) => {
      const locale = locales[i] as (typeof supportedLocales)[number];
      expect(ssmlOf(response)).toBe(expectedSpeech(locale, 'error.shopCannotTakePayments'));
    });
  });
});
