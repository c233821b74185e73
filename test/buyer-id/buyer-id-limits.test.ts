import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerInput } from 'ask-sdk-core';
import {
  AmazonPayConfigurationError,
  getBuyerId,
  isAmazonPayBuyerIdError,
  type AmazonPayBuyerIdError,
  type BuyerIdOptions,
} from '../../src';
import { intentRequestEnvelope } from '../../src/testing';
import { skillSays, ssmlOf, testSkill } from '../support/skill';
import { expectedSpeech } from '../support/prompt-text';

const maxBodyBytes = 64 * 1024;

/** A JSON answer with a buyer id, padded to exactly `bytes` bytes. */
const answerOf = (bytes: number, buyerId = 'amzn1.account.REAL'): string => {
  const bare = JSON.stringify({ buyerId, padding: '' });
  return JSON.stringify({ buyerId, padding: 'p'.repeat(bytes - bare.length) });
};

type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1, on a port of its own, that the test closes after. */
async function serve(route: Route): Promise<{ server: Server; url: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    route(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

const close = async (server: Server) => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
};

const json = { 'content-type': 'application/json' };
const routes: Record<string, Route> = {
  '/at-limit': (_, response) => response.writeHead(200, json).end(answerOf(maxBodyBytes)),
  '/at-limit-declared': (_, response) =>
    response
      .writeHead(200, { ...json, 'content-length': String(maxBodyBytes) })
      .end(answerOf(maxBodyBytes)),
  '/over-limit': (_, response) => response.writeHead(200, json).end(answerOf(maxBodyBytes + 1)),
  '/declared-huge': (_, response) => {
    response.writeHead(200, { ...json, 'content-length': String(300 * 1024 * 1024) });
    response.write(answerOf(100));
  },
  '/endless': (_, response) => {
    response.writeHead(200, json);
    response.write('{"buyerId":"amzn1.account.REAL","padding":"');
    const chunk = 'p'.repeat(16 * 1024);
    const timer = setInterval(() => response.write(chunk), 1);
    response.on('close', () => clearInterval(timer));
  },
  '/trickle': (_, response) => {
    response.writeHead(200, json);
    const answer = answerOf(60);
    let sent = 0;
    const timer = setInterval(() => {
      response.write(answer[sent] ?? '');
      sent += 1;
      if (sent >= answer.length) {
        clearInterval(timer);
        response.end();
      }
    }, 20);
    response.on('close', () => clearInterval(timer));
  },
  '/silent': () => undefined,
  '/broken-off': (request, response) => {
    response.writeHead(200, { ...json, 'content-length': '1000' });
    response.write('{"buyerId":');
    setTimeout(() => request.socket.destroy(), 20);
  },
  '/not-modified': (_, response) => response.writeHead(304).end(),
  '/bad-request-with-location': (_, response) =>
    response
      .writeHead(400, { ...json, location: '/elsewhere' })
      .end(JSON.stringify({ errorCode: 'invalid_request' })),
};

let api: Awaited<ReturnType<typeof serve>>;
let elsewhere: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  elsewhere = await serve((_, response) =>
    response.writeHead(200, json).end(JSON.stringify({ buyerId: 'amzn1.account.ELSEWHERE' })),
  );
  api = await serve((request, response) => {
    const path = (request.url ?? '').replace('/live/v1/buyer/id', '');
    const redirect = /^\/redirect-(\d+)-(same|other)$/.exec(path);
    if (redirect !== null) {
      const target = redirect[2] === 'same' ? '/at-limit/live/v1/buyer/id' : `${elsewhere.url}/x`;
      response.writeHead(Number(redirect[1]), { location: target }).end();
      return;
    }
    (routes[path] ?? ((_, r: ServerResponse) => r.writeHead(404).end()))(request, response);
  });
});

afterAll(async () => {
  await close(api.server);
  await close(elsewhere.server);
});

const input = () =>
  ({
    requestEnvelope: intentRequestEnvelope('BuyIntent', { apiAccessToken: 'token' }),
  }) as HandlerInput;

const failureOf = async (promise: Promise<unknown>): Promise<AmazonPayBuyerIdError> => {
  try {
    await promise;
  } catch (error) {
    if (isAmazonPayBuyerIdError(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
};

// A long time limit where time is not what a test is about: the machine may be busy.
const ask = (path: string, options: BuyerIdOptions = {}) =>
  getBuyerId(input(), { baseUrl: `${api.url}${path}`, timeoutMs: 8000, ...options });

describe('getBuyerId follows no redirect', () => {
  it.each([300, 301, 302, 303, 307, 308])(
    'fails on a %i to another origin, which never hears of the request',
    async (status) => {
      elsewhere.hits.length = 0;

      const error = await failureOf(ask(`/redirect-${status}-other`));

      expect(error.message).toBe(
        `The Buyer ID API answered ${status} with a redirect, which getBuyerId does not follow.`,
      );
      expect(error).toMatchObject({ statusCode: status, code: undefined });
      expect(elsewhere.hits).toEqual([]);
    },
  );

  it('fails on a redirect to its own origin too', async () => {
    const error = await failureOf(ask('/redirect-302-same'));

    expect(error.message).toMatch(/redirect, which getBuyerId does not follow/);
  });

  it('tells a 304 without a location from a redirect', async () => {
    const error = await failureOf(ask('/not-modified'));

    expect(error.message).toBe('The Buyer ID API answered 304.');
  });

  it('tells an error answer that carries a location from a redirect', async () => {
    const error = await failureOf(ask('/bad-request-with-location'));

    expect(error.message).toBe('The Buyer ID API answered 400 invalid_request.');
    expect(error.code).toBe('InvalidRequest');
  });
});

describe('getBuyerId reads at most 64 KiB', () => {
  it('reads an answer of exactly 64 KiB', async () => {
    expect(answerOf(maxBodyBytes)).toHaveLength(maxBodyBytes);

    await expect(ask('/at-limit')).resolves.toBe('amzn1.account.REAL');
  });

  it('reads an answer that declares exactly 64 KiB', async () => {
    await expect(ask('/at-limit-declared')).resolves.toBe('amzn1.account.REAL');
  });

  it('rejects with its own error, not a TypeError, for a handler input without an envelope', async () => {
    const error = await failureOf(getBuyerId({} as HandlerInput));

    expect(error.code).toBe('InvalidToken');
  });

  it.each([
    ['one byte over', '/over-limit'],
    ['that declares 300 MB', '/declared-huge'],
    ['that never ends', '/endless'],
  ])('refuses an answer %s', async (_, path) => {
    const error = await failureOf(ask(path));

    expect(error.message).toBe('The Buyer ID API answered 200 with more than 64 KiB.');
    expect(error).toMatchObject({ statusCode: 200, code: undefined });
  });
});

describe('getBuyerId says what happened', () => {
  it('calls an answer that trickles in past the time limit a timeout', async () => {
    // Its 60 characters come one every 20 ms: well past the limit, whatever the machine's load.
    const error = await failureOf(ask('/trickle', { timeoutMs: 400 }));

    expect(error.message).toBe('The Buyer ID API did not finish its answer within 400 ms.');
    expect(error).toMatchObject({ statusCode: 200, code: undefined });
    expect(error.cause).toMatchObject({ name: 'TimeoutError' });
  });

  it('calls silence past the time limit a timeout', async () => {
    const error = await failureOf(ask('/silent', { timeoutMs: 50 }));

    expect(error.message).toBe('The Buyer ID API did not answer within 50 ms.');
    expect(error).toMatchObject({ statusCode: undefined, code: undefined });
  });

  it('calls a closed port unreachable, not slow', async () => {
    const closed = await serve(() => undefined);
    await close(closed.server);

    const error = await failureOf(getBuyerId(input(), { baseUrl: closed.url }));

    expect(error.message).toBe('The Buyer ID API could not be reached.');
    expect(error.cause).toBeDefined();
  });

  it('calls an answer cut off midway broken, not empty', async () => {
    const error = await failureOf(ask('/broken-off'));

    expect(error.message).toBe('The Buyer ID API broke off its answer (200).');
    expect(error.statusCode).toBe(200);
  });

  it('is answered for the customer like any Buyer ID failure', async () => {
    const skill = testSkill({
      handlers: [
        {
          canHandle: (handlerInput) =>
            handlerInput.requestEnvelope.request.type === 'IntentRequest',
          handle: async (handlerInput) => {
            await getBuyerId(handlerInput, { baseUrl: `${api.url}/trickle`, timeoutMs: 400 });
            return handlerInput.responseBuilder.speak(skillSays.fallback).getResponse();
          },
        },
      ],
    });

    const response = await skill.invoke(
      intentRequestEnvelope('BuyIntent', { apiAccessToken: 't' }),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.amazonPayUnavailable'));
    expect(skill.events).toEqual([
      expect.objectContaining({
        kind: 'thrown',
        error: {
          name: 'AmazonPayBuyerIdError',
          message: 'The Buyer ID API did not finish its answer within 400 ms.',
        },
      }),
    ]);
  });
});

describe("getBuyerId checks its options as the middleware's are checked", () => {
  it.each([
    [{ timeoutMs: -1 }, 'timeoutMs'],
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ timeoutMs: Number.NaN }, 'timeoutMs'],
    [{ timeoutMs: Number.POSITIVE_INFINITY }, 'timeoutMs'],
    [{ timeoutMs: 1.5 }, 'timeoutMs'],
    [{ timeoutMs: 8001 }, 'timeoutMs'],
    [{ timeoutMs: '100' }, 'timeoutMs'],
    [{ timeoutMs: null }, 'timeoutMs'],
    [{ sandbox: 'yes' }, 'sandbox'],
    [{ sandbox: 1 }, 'sandbox'],
    [{ baseUrl: 42 }, 'baseUrl'],
    [{ baseUrl: '' }, 'baseUrl'],
    [{ baseUrl: 'pay-api.amazon.com' }, 'baseUrl'],
    [{ baseUrl: 'ftp://127.0.0.1' }, 'baseUrl'],
    [{ baseUrl: 'file:///etc/passwd' }, 'baseUrl'],
    [{ baseUrl: 'https://user:secret@pay-api.amazon.com' }, 'baseUrl'],
    [{ baseUrl: 'https://user@pay-api.amazon.com' }, 'baseUrl'],
    [{ baseUrl: 'https://:secret@pay-api.amazon.com' }, 'baseUrl'],
    [{ baseUrl: 'https://pay-api.amazon.com?' }, 'baseUrl'],
    [{ baseUrl: 'https://pay-api.amazon.com#' }, 'baseUrl'],
    [{ baseUrl: 'https://pay-api.amazon.com?x=1' }, 'baseUrl'],
    [{ baseUrl: 'https://pay-api.amazon.com#top' }, 'baseUrl'],
    [{ timeout: 100 }, 'timeout'],
    [null, ''],
    [[], ''],
    ['sandbox', ''],
  ])('refuses %j with a configuration error naming %j', async (options, option) => {
    const promise = getBuyerId(input(), options as BuyerIdOptions);

    await expect(promise).rejects.toThrow(AmazonPayConfigurationError);
    await expect(promise).rejects.toMatchObject({ option });
  });

  it.each([
    [
      'timeoutMs -1',
      { timeoutMs: -1 },
      'options.timeoutMs of getBuyerId must be a whole number of milliseconds from 1 to 8000',
    ],
    ['sandbox "yes"', { sandbox: 'yes' }, 'options.sandbox of getBuyerId must be true or false'],
    [
      'a baseUrl with a query',
      { baseUrl: 'https://x.example?q' },
      'options.baseUrl of getBuyerId must be an http or https URL without credentials, query or fragment',
    ],
    [
      'an unknown option',
      { timeout: 100 },
      'options.timeout of getBuyerId is not an option; the options are sandbox, timeoutMs, baseUrl',
    ],
    ['options that are not an object', null, 'options of getBuyerId must be an object'],
  ])('says what is wrong with %s', async (_, options, message) => {
    await expect(getBuyerId(input(), options as BuyerIdOptions)).rejects.toThrow(
      `ask-sdk-amazon-pay-middleware: ${message}`,
    );
  });

  it('needs no options at all', async () => {
    const withoutToken = { requestEnvelope: intentRequestEnvelope('BuyIntent') } as HandlerInput;
    delete withoutToken.requestEnvelope.context.System.apiAccessToken;

    // Fails on the missing token, before anything is sent, and not on the options.
    await expect(getBuyerId(withoutToken)).rejects.toMatchObject({
      name: 'AmazonPayBuyerIdError',
      code: 'InvalidToken',
    });
  });

  it('asks nothing of the API with options it refuses', async () => {
    api.hits.length = 0;

    await expect(ask('/at-limit', { timeoutMs: -1 })).rejects.toThrow(AmazonPayConfigurationError);

    expect(api.hits).toEqual([]);
  });

  it('accepts an https URL (here one where nothing listens)', async () => {
    const closed = await serve(() => undefined);
    await close(closed.server);

    const error = await failureOf(
      getBuyerId(input(), { baseUrl: closed.url.replace('http:', 'https:') }),
    );

    expect(error.message).toBe('The Buyer ID API could not be reached.');
  });

  it('accepts the shortest time limit', async () => {
    const outcome: unknown = await ask('/at-limit', { timeoutMs: 1 }).catch(
      (error: unknown) => error,
    );

    expect(outcome === 'amzn1.account.REAL' || isAmazonPayBuyerIdError(outcome)).toBe(true);
  });

  it.each([
    [{ timeoutMs: 8000 }],
    [{ timeoutMs: undefined, sandbox: undefined }],
    [{ sandbox: false }],
  ])('accepts %j', async (options) => {
    await expect(ask('/at-limit', options)).resolves.toBe('amzn1.account.REAL');
  });
});
