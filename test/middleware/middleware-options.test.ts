import { SkillBuilders } from 'ask-sdk-core';
import {
  AmazonPayConfigurationError,
  createAmazonPayMiddleware,
  getPaymentOutcome,
} from '../../src';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  launchRequestEnvelope,
} from '../../src/testing';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf } from '../support/skill';

describe('createAmazonPayMiddleware options', () => {
  it.each([
    [undefined, '', 'must be an object'],
    [{}, 'merchantName', 'non-empty name'],
    [{ merchantName: 'Tea House', merchantname: 'typo' }, 'merchantname', 'is not an option'],
    [
      { merchantName: 'Tea House', afterAmazonPaySpoke: 'quiet' },
      'afterAmazonPaySpoke',
      "'follow-up' or 'silent'",
    ],
    [{ merchantName: 'Tea House', onError: 'console' }, 'onError', 'must be a function'],
    [{ merchantName: 'Tea House', onChargeSuccess: {} }, 'onChargeSuccess', 'must be a function'],
    [
      { merchantName: 'Tea House', endSessionAfterError: 'yes' },
      'endSessionAfterError',
      'true or false',
    ],
    [{ merchantName: 'Tea House', catchAllErrors: 1 }, 'catchAllErrors', 'true or false'],
    [
      { merchantName: 'Tea House', defaultLocale: 'xx-XX' },
      'defaultLocale',
      'locales with prompts',
    ],
    [
      { merchantName: 'Tea House', prompts: { 'en-US': { 'error.unexpected': 'Fish & Chips' } } },
      'prompts.en-US.error.unexpected',
      'bare "&"',
    ],
  ])('rejects %j at creation, naming the option', (options, option, problem) => {
    const create = () => createAmazonPayMiddleware(options as never);

    expect(create).toThrow(AmazonPayConfigurationError);
    expect(create).toThrow(problem);
    expect(create).toThrow(expect.objectContaining({ option }));
  });

  it('registers all its parts on a builder and returns that builder', () => {
    const middleware = createAmazonPayMiddleware({ merchantName: 'Tea House' });
    const calls: string[] = [];
    const builder = {
      addRequestHandlers: (...items: unknown[]) => calls.push(`handlers ${items.length}`),
      addRequestInterceptors: (...items: unknown[]) =>
        calls.push(`request interceptors ${items.length}`),
      addResponseInterceptors: (...items: unknown[]) =>
        calls.push(`response interceptors ${items.length}`),
      addErrorHandlers: (...items: unknown[]) => calls.push(`error handlers ${items.length}`),
    };

    expect(middleware.register(builder)).toBe(builder);
    expect(calls.sort()).toEqual([
      'error handlers 1',
      'handlers 1',
      'request interceptors 1',
      'response interceptors 1',
    ]);
    expect(Object.isFrozen(middleware.requestHandlers)).toBe(true);
  });

  it('works when its parts are added one by one', async () => {
    const middleware = createAmazonPayMiddleware({ merchantName: 'Tea House' });
    const skill = SkillBuilders.custom()
      .addRequestInterceptors(...middleware.requestInterceptors)
      .addRequestHandlers(...middleware.requestHandlers)
      .addResponseInterceptors(...middleware.responseInterceptors)
      .addErrorHandlers(...middleware.errorHandlers)
      .create();

    const response = await skill.invoke(
      chargeDeclinedEnvelope('AmazonRejected', {}, { locale: 'en-GB' }),
    );

    expect(ssmlOf(response)).toBe(
      expectedSpeech('en-GB', 'afterAmazonPaySpoke.declined', 'amazon.co.uk'),
    );
  });

  it('answers with the prompts a skill overrides', async () => {
    const middleware = createAmazonPayMiddleware({
      merchantName: 'Tea House',
      onError: () => undefined,
      prompts: {
        'en-US': {
          'error.shopCannotTakePayments':
            'Our till is closed. <break time="200ms"/> Nothing was bought.',
        },
      },
    });
    const skill = middleware.register(SkillBuilders.custom()).create();

    const response = await skill.invoke(amazonPayErrorEnvelope('Charge', 'InvalidSellerId'));

    expect(ssmlOf(response)).toBe(
      '<speak>Our till is closed. <break time="200ms"/> Nothing was bought.</speak>',
    );
  });
});

describe('getPaymentOutcome', () => {
  it('gives the skill the outcome of the request, or undefined', async () => {
    const middleware = createAmazonPayMiddleware({
      merchantName: 'Tea House',
      onError: () => undefined,
    });
    const kinds: unknown[] = [];
    const skill = middleware
      .register(SkillBuilders.custom())
      .addRequestHandlers({
        canHandle: () => true,
        handle: (input) => {
          kinds.push(getPaymentOutcome(input)?.kind);
          return input.responseBuilder.getResponse();
        },
      })
      .create();

    await skill.invoke(launchRequestEnvelope());

    expect(kinds).toEqual([undefined]);
    expect(getPaymentOutcome({} as never)).toBeUndefined();
    expect(
      getPaymentOutcome({
        requestEnvelope: { request: { type: 'Connections.Response', name: 'Charge' } },
      } as never),
    ).toMatchObject({ kind: 'unknown' });
  });

  it('is not fooled by a skill replacing the request attributes', async () => {
    const middleware = createAmazonPayMiddleware({
      merchantName: 'Tea House',
      onError: () => undefined,
    });
    const skill = middleware
      .register(SkillBuilders.custom())
      .addRequestInterceptors((input) => input.attributesManager.setRequestAttributes({}))
      .create();

    const response = await skill.invoke(amazonPayErrorEnvelope('Setup', 'InvalidSellerId'));

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.shopCannotTakePayments'));
  });
});
