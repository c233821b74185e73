import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import {
  AmazonPayBuyerIdError,
  AmazonPayConfigurationError,
  AmazonPayFpsError,
  AmazonPayValidationError,
  amazonPayFpsErrorFrom,
  isAmazonPayBuyerIdError,
  isAmazonPayConfigurationError,
  isAmazonPayFpsError,
  isAmazonPayValidationError,
  type PromptKey,
} from '../../src';
import {
  amazonPayErrorEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  setupSuccessEnvelope,
} from '../../src/testing';
import { expectedSpeech } from '../support/prompt-text';
import { skillSays, ssmlOf, testSkill, type TestSkillOptions } from '../support/skill';

/** A skill whose BuyIntent handler throws what the test gives it. */
const throwingSkill = (thrown: unknown, options: TestSkillOptions = {}) => {
  const thrower: RequestHandler = {
    canHandle: (input: HandlerInput) => input.requestEnvelope.request.type === 'IntentRequest',
    handle: () => {
      throw thrown;
    },
  };
  return testSkill({ ...options, handlers: [thrower, ...(options.handlers ?? [])] });
};

const serviceError = (statusCode: number, errorCode: string) =>
  Object.assign(new Error(`Buyer ID answered ${statusCode}`), {
    name: 'ServiceError',
    statusCode,
    response: { errorCode, errorMessage: 'detail for the merchant', requestId: 'req-1' },
  });
const buyerIdError = (statusCode: number, code: string) =>
  new AmazonPayBuyerIdError(`The Buyer ID API answered ${statusCode} ${code}.`, {
    statusCode,
    code,
    requestId: 'req-1',
  });

describe('the error handler answers payment errors the skill throws', () => {
  it.each([
    [
      'an AmazonPayFpsError with a customer sentence',
      new AmazonPayFpsError('AccountLimitsExceeded'),
      'fps.limitsExceeded',
      'AccountLimitsExceeded',
    ],
    [
      'an AmazonPayFpsError built from an error with an FPS code property',
      amazonPayFpsErrorFrom(
        Object.assign(new Error('x'), { code: 'UnverifiedEmailAddress_Sender' }),
      ),
      'fps.verifyEmail',
      'UnverifiedEmailAddress_Sender',
    ],
    [
      'an AmazonPayFpsError built from an error with an FPS errorCode property',
      amazonPayFpsErrorFrom(Object.assign(new Error('x'), { errorCode: 'AccountClosed' })),
      'fps.accountClosed',
      'AccountClosed',
    ],
    [
      'an AmazonPayFpsError of a code without a customer sentence',
      new AmazonPayFpsError('InsufficientBalance'),
      'error.unexpected',
      'InsufficientBalance',
    ],
    [
      'a Buyer ID error (invalid_token)',
      buyerIdError(400, 'invalid_token'),
      'error.shopCannotTakePayments',
      'InvalidToken',
    ],
    [
      'a Buyer ID error (server_error)',
      buyerIdError(500, 'server_error'),
      'error.amazonPayUnavailable',
      'ServerError',
    ],
    [
      'an AmazonPayBuyerIdError without an answer',
      new AmazonPayBuyerIdError('timeout', {
        statusCode: undefined,
        code: undefined,
        requestId: undefined,
      }),
      'error.amazonPayUnavailable',
      undefined,
    ],
    [
      'a validation error',
      new AmazonPayValidationError(
        'InvalidAuthorizationAmount',
        'authorizeAttributes.authorizationAmount.amount',
        'amount must be positive',
        'Charge',
      ),
      'error.shopCannotTakePayments',
      'InvalidAuthorizationAmount',
    ],
  ] as const)('%s', async (_, error, key: PromptKey, code) => {
    const skill = throwingSkill(error);

    const response = await skill.invoke(intentRequestEnvelope('BuyIntent', { locale: 'de-DE' }));

    expect(ssmlOf(response)).toBe(expectedSpeech('de-DE', key, 'amazon.de'));
    expect(skill.events).toEqual([expect.objectContaining({ kind: 'thrown', code })]);
  });

  it('asks for permission with a card after a Buyer ID InsufficientScope', async () => {
    const response = await throwingSkill(buyerIdError(401, 'insufficient_scope')).invoke(
      intentRequestEnvelope('BuyIntent'),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'permission.request'));
    expect(response.response.card).toMatchObject({ type: 'AskForPermissionsConsent' });
  });

  it('logs the code and field of a validation error, never the customer hears them', async () => {
    const skill = throwingSkill(
      new AmazonPayValidationError(
        'InvalidParameterValue',
        'authorizeAttributes.softDescriptor',
        'softDescriptor is longer than 16',
        'Charge',
      ),
    );

    const response = await skill.invoke(intentRequestEnvelope('BuyIntent'));

    expect(skill.events[0]).toMatchObject({
      code: 'InvalidParameterValue',
      field: 'authorizeAttributes.softDescriptor',
      context: 'charge',
      operation: 'Charge',
    });
    expect(ssmlOf(response)).not.toMatch(/softDescriptor|InvalidParameterValue/);
  });

  it('answers anything thrown while handling an Amazon Pay response, with what the response calls for', async () => {
    const skill = testSkill({
      interceptors: [
        () => {
          throw new TypeError('cannot read x of undefined');
        },
      ],
    });

    const payment = await skill.invoke(
      amazonPayErrorEnvelope('Setup', 'InternalServerError', {}, { locale: 'fr-FR' }),
    );
    const launch = await skill.invoke(launchRequestEnvelope());

    expect(ssmlOf(payment)).toBe(
      expectedSpeech('fr-FR', 'error.amazonPayUnavailable', 'amazon.fr'),
    );
    expect(ssmlOf(launch)).toBe(`<speak>${skillSays.errorHandler}</speak>`);
    expect(skill.events).toEqual([
      expect.objectContaining({
        kind: 'thrown',
        operation: 'Setup',
        error: { name: 'TypeError', message: 'cannot read x of undefined' },
      }),
    ]);
  });

  it('still answers when the log hook throws or rejects', async () => {
    const throwing = testSkill({
      middleware: {
        onError: () => {
          throw new Error('log down');
        },
      },
    });
    const rejecting = testSkill({
      middleware: { onError: () => Promise.reject(new Error('log down')) },
    });

    const first = await throwing.invoke(amazonPayErrorEnvelope('Charge', 'InvalidSellerId'));
    const second = await rejecting.invoke(amazonPayErrorEnvelope('Charge', 'InvalidSellerId'));

    expect(ssmlOf(first)).toBe(expectedSpeech('en-US', 'error.shopCannotTakePayments'));
    expect(ssmlOf(second)).toBe(expectedSpeech('en-US', 'error.shopCannotTakePayments'));
  });
});

describe('errors the middleware leaves to the skill', () => {
  it.each([
    ['a plain Error', new Error('database down')],
    ['a Node system error', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['an FPS name in another spelling', Object.assign(new Error('x'), { code: 'internal_error' })],
    [
      'an error with an FPS code property',
      Object.assign(new Error('x'), { code: 'AccountClosed' }),
    ],
    [
      'an error with an FPS errorCode property',
      Object.assign(new Error('x'), { errorCode: 'AccountClosed' }),
    ],
    ['a ServiceError of another API', serviceError(404, 'NotFound')],
    ['a ServiceError whose body holds a Buyer ID code', serviceError(400, 'invalid_token')],
    ['a ServiceError whose body holds insufficient_scope', serviceError(401, 'insufficient_scope')],
    ['a string', 'thrown text'],
  ])("passes %s on to the skill's own error handler", async (_, error) => {
    const skill = throwingSkill(error);

    const response = await skill.invoke(intentRequestEnvelope('BuyIntent'));

    expect(ssmlOf(response)).toBe(`<speak>${skillSays.errorHandler}</speak>`);
    expect(skill.events).toEqual([]);
  });

  it('answers them kindly when the skill opted into the catch-all', async () => {
    const skill = throwingSkill(new Error('database down'), {
      ownErrorHandler: false,
      middleware: { catchAllErrors: true },
    });

    const response = await skill.invoke(intentRequestEnvelope('BuyIntent', { locale: 'es-ES' }));

    expect(ssmlOf(response)).toBe(expectedSpeech('es-ES', 'error.unexpected', 'amazon.es'));
    expect(skill.events).toEqual([
      expect.objectContaining({
        kind: 'thrown',
        code: undefined,
        error: { name: 'Error', message: 'database down' },
      }),
    ]);
  });
});

describe('the typed errors', () => {
  it('carry their catalog entries and are recognised by name', () => {
    const validation = new AmazonPayValidationError(
      'UnsupportedCountryOfEstablishment',
      'countryOfEstablishment',
      'use UK, not GB',
      'Setup',
    );
    const buyerId = new AmazonPayBuyerIdError('bad token', {
      statusCode: 400,
      code: 'invalid_token',
      requestId: 'r',
    });
    const fps = new AmazonPayFpsError('SystemError');
    const lookalike = { name: 'AmazonPayFpsError', code: 'SystemError' };

    expect(validation.entry).toMatchObject({
      context: 'setup',
      code: 'UnsupportedCountryOfEstablishment',
    });
    expect(buyerId).toMatchObject({ code: 'InvalidToken', statusCode: 400, requestId: 'r' });
    expect(buyerId.entry?.context).toBe('buyer-id');
    expect(fps.entry).toMatchObject({ context: 'fps', retriable: 'yes' });
    expect(isAmazonPayValidationError(validation)).toBe(true);
    expect(isAmazonPayBuyerIdError(buyerId)).toBe(true);
    expect(isAmazonPayFpsError(lookalike)).toBe(true);
    expect(isAmazonPayFpsError(validation)).toBe(false);
    expect(isAmazonPayValidationError(null)).toBe(false);
  });
});

describe('isAmazonPayConfigurationError', () => {
  const name = 'AmazonPayConfigurationError';
  // Another copy of the package (a second install in node_modules) throws its own class.
  const fromAnotherCopy = Object.assign(new TypeError('options.retry is wrong'), {
    name,
    option: 'retry',
  });

  it.each([
    ['an error of this package', new AmazonPayConfigurationError('retry', 'is wrong'), true],
    ['one from another copy of the package', fromAnotherCopy, true],
    ['an error of another name', Object.assign(new TypeError('x'), { option: 'retry' }), false],
    ['an error of that name without an option', Object.assign(new TypeError('x'), { name }), false],
    ['a plain object that is not an error', { name, option: 'retry', message: 'x' }, false],
    ['null', null, false],
  ])('tells %s', (_, error, expected) => {
    expect(isAmazonPayConfigurationError(error)).toBe(expected);
  });
});

describe('errors thrown after a successful Setup', () => {
  it('are answered as failures: nothing was bought yet', async () => {
    const skill = testSkill({
      handlers: [
        {
          canHandle: (input) => input.requestEnvelope.request.type === 'Connections.Response',
          handle: () => {
            throw new AmazonPayValidationError(
              'InvalidAuthorizationAmount',
              'authorizeAttributes.authorizationAmount.amount',
              'bad amount',
              'Charge',
            );
          },
        },
      ],
    });

    const response = await skill.invoke(setupSuccessEnvelope({}, { locale: 'de-DE' }));

    expect(ssmlOf(response)).toBe(
      expectedSpeech('de-DE', 'error.shopCannotTakePayments', 'amazon.de'),
    );
    expect(skill.events).toEqual([
      expect.objectContaining({
        kind: 'thrown',
        code: 'InvalidAuthorizationAmount',
        operation: 'Charge',
      }),
    ]);
  });
});
