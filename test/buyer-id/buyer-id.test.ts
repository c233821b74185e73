import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerInput } from 'ask-sdk-core';
import { getBuyerId, isAmazonPayBuyerIdError, type AmazonPayBuyerIdError } from '../../src';
import { buyerIdHostFor } from '../../src/buyer-id/get-buyer-id';
import { intentRequestEnvelope } from '../../src/testing';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf, testSkill } from '../support/skill';

// A real Buyer ID API stand-in on 127.0.0.1: the access token chooses the answer.
const answers: Record<string, [number, string]> = {
  'good-token': [200, JSON.stringify({ buyerId: 'amzn1.account.BUYER-SECRET' })],
  'expired-token': [
    400,
    JSON.stringify({ errorCode: 'invalid_token', errorMessage: 'expired', requestId: 'req-400' }),
  ],
  'no-scope-token': [
    401,
    JSON.stringify({
      errorCode: 'insufficient_scope',
      errorMessage: 'no scope',
      requestId: 'req-401',
    }),
  ],
  'forbidden-token': [
    403,
    JSON.stringify({ errorCode: 'forbidden', errorMessage: 'not allowed', requestId: 'req-403' }),
  ],
  'broken-token': [
    500,
    JSON.stringify({ errorCode: 'server_error', errorMessage: 'oops', requestId: 'req-500' }),
  ],
  'html-token': [502, '<html>bad gateway</html>'],
  'empty-token': [200, JSON.stringify({ somethingElse: true })],
  'blank-id-token': [200, JSON.stringify({ buyerId: '' })],
};
const seen: { url: string | undefined; authorization: string | undefined }[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    seen.push({ url: request.url, authorization: request.headers.authorization });
    const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    if (token === 'slow-token') return; // never answers
    const [status, body] = answers[token] ?? [
      400,
      JSON.stringify({ errorCode: 'invalid_request' }),
    ];
    response.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const inputWith = (apiAccessToken: string, locale = 'en-US') =>
  ({
    requestEnvelope: intentRequestEnvelope('BuyIntent', { apiAccessToken, locale }),
  }) as HandlerInput;

const withoutAccessToken = (): HandlerInput => {
  const requestEnvelope = intentRequestEnvelope('BuyIntent');
  delete requestEnvelope.context.System.apiAccessToken;
  return { requestEnvelope } as HandlerInput;
};

const failureOf = async (promise: Promise<unknown>): Promise<AmazonPayBuyerIdError> => {
  try {
    await promise;
  } catch (error) {
    if (isAmazonPayBuyerIdError(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
};

describe('getBuyerId', () => {
  it('returns the buyer id, asking with the bearer token on the live path', async () => {
    seen.length = 0;

    const buyerId = await getBuyerId(inputWith('good-token'), { baseUrl });

    expect(buyerId).toBe('amzn1.account.BUYER-SECRET');
    expect(seen).toEqual([{ url: '/live/v1/buyer/id', authorization: 'Bearer good-token' }]);
  });

  it('asks the sandbox path when told to', async () => {
    seen.length = 0;

    await getBuyerId(inputWith('good-token'), { baseUrl: `${baseUrl}/`, sandbox: true });
    await getBuyerId(inputWith('good-token'), { baseUrl: `${baseUrl}//` });

    expect(seen.map(({ url }) => url)).toEqual(['/sandbox/v1/buyer/id', '/live/v1/buyer/id']);
  });

  it.each([
    ['expired-token', 400, 'InvalidToken', 'req-400'],
    ['no-scope-token', 401, 'InsufficientScope', 'req-401'],
    ['forbidden-token', 403, 'Forbidden', 'req-403'],
    ['broken-token', 500, 'ServerError', 'req-500'],
    ['unknown-token', 400, 'InvalidRequest', undefined],
    ['html-token', 502, undefined, undefined],
    ['empty-token', 200, undefined, undefined],
    ['blank-id-token', 200, undefined, undefined],
  ])(
    'turns an answer for %s into a typed error (%s %s)',
    async (token, statusCode, code, requestId) => {
      const error = await failureOf(getBuyerId(inputWith(token), { baseUrl }));

      expect(error).toMatchObject({ name: 'AmazonPayBuyerIdError', statusCode, code, requestId });
      expect(error.message).not.toContain(token);
    },
  );

  // The message is for the developer's log: the status, and the code exactly as the API sent it.
  it.each([
    ['expired-token', 'The Buyer ID API answered 400 invalid_token.'],
    ['html-token', 'The Buyer ID API answered 502.'],
    ['empty-token', 'The Buyer ID API answered without a buyer id.'],
  ])('says what the API answered for %s', async (token, message) => {
    const error = await failureOf(getBuyerId(inputWith(token), { baseUrl }));

    expect(error.message).toBe(message);
  });

  it('gives up after the timeout', async () => {
    const started = Date.now();

    const error = await failureOf(getBuyerId(inputWith('slow-token'), { baseUrl, timeoutMs: 100 }));

    expect(error).toMatchObject({ statusCode: undefined, code: undefined });
    expect(error.cause).toBeDefined();
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it.each([
    ['an empty access token', inputWith('')],
    ['no access token', withoutAccessToken()],
    ['no System context', { requestEnvelope: { request: {} } } as unknown as HandlerInput],
  ])('fails clearly with %s, without asking the API', async (_, handlerInput) => {
    seen.length = 0;

    const error = await failureOf(getBuyerId(handlerInput, { baseUrl }));

    expect(error).toMatchObject({ code: 'InvalidToken', statusCode: undefined });
    expect(seen).toEqual([]);
  });

  it.each([
    ['https://api.amazonalexa.com', 'https://pay-api.amazon.com'],
    ['https://api.eu.amazonalexa.com', 'https://pay-api.amazon.eu'],
    ['https://api.fe.amazonalexa.com', 'https://pay-api.amazon.jp'],
    ['https://api.fe.amazonalexa.com/', 'https://pay-api.amazon.jp'],
    ['http://api.eu.amazonalexa.com', 'https://pay-api.amazon.eu'],
    [undefined, 'https://pay-api.amazon.com'],
  ])('picks the host of the region of %s', (apiEndpoint, host) => {
    expect(buyerIdHostFor(apiEndpoint)).toBe(host);
  });
});

describe('Buyer ID failures answered by the middleware', () => {
  // Short enough that the token the stand-in never answers costs little; the others answer
  // at once.
  const timeoutFor = (token: string) => (token === 'slow-token' ? 50 : 2000);
  const askingSkill = (token = 'good-token') =>
    testSkill({
      handlers: [
        {
          canHandle: (input) => input.requestEnvelope.request.type === 'IntentRequest',
          handle: async (input) => {
            const buyerId = await getBuyerId(input, { baseUrl, timeoutMs: timeoutFor(token) });
            return input.responseBuilder
              .speak(`Welcome back, buyer ${buyerId.length}`)
              .getResponse();
          },
        },
      ],
    });

  it.each([
    ['expired-token', 'error.shopCannotTakePayments', false],
    ['no-scope-token', 'permission.request', true],
    ['broken-token', 'error.amazonPayUnavailable', false],
    ['slow-token', 'error.amazonPayUnavailable', false],
  ] as const)('%s: the customer hears %s', async (token, key, card) => {
    const skill = askingSkill(token);

    const response = await skill.invoke(
      intentRequestEnvelope('BuyIntent', { apiAccessToken: token, locale: 'ja-JP' }),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('ja-JP', key, 'amazon.co.jp'));
    expect(response.response.card !== undefined).toBe(card);
    expect(JSON.stringify(skill.events)).not.toContain(token);
  });

  it('never puts the buyer id or the access token in a log event or in speech', async () => {
    const skill = askingSkill();

    const response = await skill.invoke(
      intentRequestEnvelope('BuyIntent', { apiAccessToken: 'good-token' }),
    );

    expect(ssmlOf(response)).toBe('<speak>Welcome back, buyer 26</speak>');
    expect(JSON.stringify(skill.events)).not.toMatch(/BUYER-SECRET|good-token/);
  });
});
