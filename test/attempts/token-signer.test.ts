import { createHmac } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { createAmazonPayMiddleware, type AmazonPayLogEvent } from '../../src';
import { TokenSigner, userHash, type TokenClaims } from '../../src/attempts/token-signer';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf } from '../support/skill';
import {
  buy,
  directiveOf,
  errorAnswerTo,
  setUp,
  storeSkill,
  type SendRequest,
} from '../support/payment-skill';

const secret = 'a-secret-of-at-least-sixteen-chars';

const withToken = (directive: SendRequest, token: string): SendRequest => ({ ...directive, token });

function flipCharacter(text: string, at: number): string {
  const char = text[at] === 'A' ? 'B' : 'A';
  return `${text.slice(0, at)}${char}${text.slice(at + 1)}`;
}

describe('tokens that must not resend', () => {
  const resends = async (directive: SendRequest, options = {}, envelopeOptions = {}) => {
    const store = storeSkill(options);
    const response = await store.invoke(
      errorAnswerTo(directive, 'InternalServerError', envelopeOptions),
    );
    return response.response.directives !== undefined;
  };

  it('resends the genuine one (the control)', async () => {
    const sent = directiveOf(await storeSkill().invoke(buy()));

    expect(await resends(sent)).toBe(true);
  });

  it('refuses a token signed with another secret', async () => {
    const foreign = directiveOf(
      await storeSkill({ tokenSecret: 'some-other-skill-secret-value' }).invoke(buy()),
    );

    expect(await resends(foreign)).toBe(false);
  });

  it('refuses a token signed with the built-in key when the skill has a secret', async () => {
    const unsigned = directiveOf(await storeSkill({ tokenSecret: undefined }).invoke(buy()));

    expect(await resends(unsigned)).toBe(false);
  });

  it('refuses a tampered body and a tampered signature', async () => {
    const sent = directiveOf(await storeSkill().invoke(buy()));
    const [head, body = '', mac = ''] = sent.token.split('.');

    expect(await resends(withToken(sent, `${head}.${flipCharacter(body, 10)}.${mac}`))).toBe(false);
    expect(await resends(withToken(sent, `${head}.${body}.${flipCharacter(mac, 5)}`))).toBe(false);
    expect(await resends(withToken(sent, `${head}.${body}`))).toBe(false);
  });

  it('refuses a forged token with a payload the skill never built', async () => {
    const sent = directiveOf(await storeSkill().invoke(buy()));
    const [head, body = '', mac = ''] = sent.token.split('.');
    const claims = JSON.parse(inflateRawSync(Buffer.from(body, 'base64url')).toString());
    claims.payload = claims.payload.replace('12.50', '0.01');
    const forged = `${head}.${deflateRawSync(JSON.stringify(claims)).toString('base64url')}.${mac}`;

    expect(await resends(withToken(sent, forged))).toBe(false);
  });

  it.each(['', 'test-token', 'aps1..', 'aps1.z.', 'x'.repeat(20_000), 'aps1.jeyJ9.AAAA.extra'])(
    'refuses the token %j',
    async (token) => {
      const sent = directiveOf(await storeSkill().invoke(buy()));

      expect(await resends(withToken(sent, token))).toBe(false);
    },
  );

  it('refuses a token made for another customer', async () => {
    const sent = directiveOf(await storeSkill().invoke(buy()));

    expect(await resends(sent, {}, { userId: 'amzn1.ask.account.SOMEONE-ELSE' })).toBe(false);
  });

  it('refuses a token made for another operation', async () => {
    const setup = directiveOf(await storeSkill().invoke(setUp()));

    expect(await resends({ ...setup, name: 'Charge' })).toBe(false);
  });

  it('refuses an expired token', async () => {
    const sent = directiveOf(await storeSkill({ tokenTtlSeconds: 60 }).invoke(buy()));
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 61_000);
    try {
      expect(await resends(sent)).toBe(false);
    } finally {
      clock.mockRestore();
    }
  });

  it('accepts tokens of a previous secret while secrets rotate', async () => {
    const old = directiveOf(await storeSkill({ tokenSecret: secret }).invoke(buy()));

    expect(await resends(old, { tokenSecret: ['the-new-secret-sixteen-plus', secret] })).toBe(true);
    expect(await resends(old, { tokenSecret: ['the-new-secret-sixteen-plus'] })).toBe(false);
  });

  it('answers the customer kindly whatever the token', async () => {
    const sent = directiveOf(await storeSkill().invoke(buy()));
    const store = storeSkill();

    const response = await store.invoke(
      errorAnswerTo(withToken(sent, 'garbage'), 'InternalServerError', { locale: 'ja-JP' }),
    );

    expect(ssmlOf(response)).toBe(expectedSpeech('ja-JP', 'error.amazonPayUnavailable'));
  });
});

describe('token size', () => {
  it('stays small for the largest payload the limits allow', async () => {
    const largest = {
      sellerId: 'A'.repeat(20),
      billingAgreementId: 'C01-1234567-1234567',
      paymentAction: 'AuthorizeAndCapture' as const,
      authorizeAttributes: {
        authorizationReferenceId: 'r'.repeat(32),
        authorizationAmount: { amount: '99999.99', currencyCode: 'USD' },
        softDescriptor: 's'.repeat(16),
        sellerAuthorizationNote: 'Your order of fine teas. '.repeat(11).slice(0, 255),
        transactionTimeout: 0,
      },
      sellerOrderAttributes: {
        sellerOrderId: 'o'.repeat(32),
        storeName: 'Tea House',
        sellerNote: 'Thank you for shopping with us. '.repeat(40).slice(0, 1024),
        customInformation: Array.from(
          { length: 1024 },
          (_, i) => 'abcdefghijklmnopqrstuvwxyz0123456789'[(i * 7919) % 36],
        ).join(''),
      },
    };

    const token = directiveOf(await storeSkill({}, largest).invoke(buy())).token;

    expect(token.length).toBeLessThan(3000);
  });
});

describe('the token signer', () => {
  const signer = new TokenSigner([secret]);
  const claims: TokenClaims = {
    operation: 'Charge',
    user: userHash('amzn1.ask.account.test'),
    issuedAt: 1_700_000_000_000,
    expiresAt: 1_700_003_600_000,
    serverResends: 0,
    voiceRetries: 0,
    payload: '{"sellerId":"A1B2C3D4E5"}',
  };
  // What the skill's own key would sign, for tokens the signer itself would never write.
  const signedWithTheSecret = (signed: string) =>
    `${signed}.${createHmac('sha256', secret).update(signed).digest('base64url')}`;
  const bodyOf = (token: string) => token.split('.')[1] ?? '';

  it('opens what it signed (the control)', () => {
    expect(signer.open(signer.sign(claims))).toEqual(claims);
  });

  it.each([
    ['an operation other than Setup and Charge', { ...claims, operation: 'Refund' }],
    ['a user that is not a string', { ...claims, user: 42 }],
    ['a time that is not a whole number', { ...claims, issuedAt: 1.5 }],
    ['a count that is missing', { ...claims, voiceRetries: undefined }],
    ['neither a payload nor a record', { ...claims, payload: undefined }],
    ['null instead of claims', null],
    ['a list instead of claims', [claims]],
  ])('refuses a genuinely signed token with %s', (_, odd) => {
    expect(signer.open(signer.sign(odd as unknown as TokenClaims))).toBeUndefined();
  });

  it('accepts a payload kept in a record instead of the token', () => {
    const recorded = { ...claims, payload: undefined, record: 'attempt-1' };

    expect(signer.open(signer.sign(recorded))).toMatchObject({ record: 'attempt-1' });
  });

  it('refuses a correctly signed token of another format version', () => {
    const body = bodyOf(signer.sign(claims));

    expect(signer.open(signedWithTheSecret(`aps1.${body}`))).toEqual(claims);
    expect(signer.open(signedWithTheSecret(`aps2.${body}`))).toBeUndefined();
  });

  it('refuses a genuine token with anything after the signature', () => {
    const token = signer.sign(claims);

    expect(signer.open(`${token}.more`)).toBeUndefined();
  });

  it('refuses what is not a string, or is missing its parts', () => {
    expect(signer.open(undefined)).toBeUndefined();
    expect(signer.open({ token: signer.sign(claims) })).toBeUndefined();
    expect(signer.open('aps1')).toBeUndefined();
    expect(signer.open(`aps1.${bodyOf(signer.sign(claims))}`)).toBeUndefined();
  });

  it('opens tokens up to 16384 characters and refuses longer ones, genuine or not', () => {
    // Stored (level 0) deflate adds five bytes to the JSON text, so the length is exact: 49
    // characters around the base64url of the body.
    const tokenOfLength = (length: number) => {
      const bodyBytes = Math.floor(((length - 49) * 3) / 4);
      const bare = JSON.stringify({ ...claims, payload: '' }).length;
      const json = JSON.stringify({ ...claims, payload: 'x'.repeat(bodyBytes - 5 - bare) });
      return signedWithTheSecret(
        `aps1.${deflateRawSync(json, { level: 0 }).toString('base64url')}`,
      );
    };
    const atLimit = tokenOfLength(16_384);
    const overLimit = tokenOfLength(16_385);

    expect(atLimit).toHaveLength(16_384);
    expect(overLimit).toHaveLength(16_385);
    expect(signer.open(atLimit)).toMatchObject({ operation: 'Charge' });
    expect(signer.open(overLimit)).toBeUndefined();
  });

  it('refuses a genuine token whose body would inflate past 64 KiB', () => {
    const bomb = signer.sign({ ...claims, payload: 'a'.repeat(70_000) });

    expect(bomb.length).toBeLessThan(1_000);
    expect(signer.open(bomb)).toBeUndefined();
    expect(signer.open(signer.sign({ ...claims, payload: 'a'.repeat(60_000) }))).toBeDefined();
  });

  it('binds a token to a 22-character hash of the user id', () => {
    expect(userHash('amzn1.ask.account.test')).toHaveLength(22);
    expect(userHash('amzn1.ask.account.other')).not.toBe(userHash('amzn1.ask.account.test'));
  });
});

describe('a middleware created without a secret', () => {
  const created = (extra: Record<string, unknown>) => {
    const events: AmazonPayLogEvent[] = [];
    createAmazonPayMiddleware({
      merchantName: 'Tea House',
      onError: (event) => {
        events.push(event);
      },
      ...extra,
    });
    return events;
  };

  it.each([
    ['left out', {}],
    [
      'read from an unset environment variable',
      { tokenSecret: process.env.TEA_HOUSE_UNSET_SECRET },
    ],
  ])('reports it once, at creation, when the secret is %s', (_, extra) => {
    const events = created(extra);

    expect(events).toEqual([
      expect.objectContaining({
        kind: 'configuration',
        handledBy: 'merchant',
        requestId: undefined,
        message: expect.stringMatching(/tokenSecret.*forge/),
        correctiveAction: expect.stringMatching(/Set tokenSecret/),
      }),
    ]);
  });

  it('says nothing when a secret is set, nor again when requests come', async () => {
    const store = storeSkill({ tokenSecret: undefined });
    await store.invoke(errorAnswerTo(directiveOf(await store.invoke(buy())), 'InvalidSellerId'));

    expect(created({ tokenSecret: secret })).toEqual([]);
    expect(store.events.map((event) => event.kind)).toEqual(['configuration', 'error']);
  });

  it('writes the report on console.error when no log hook is given, so it shows at start-up', () => {
    const lines: unknown[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((line: unknown) => {
      lines.push(line);
    });
    try {
      createAmazonPayMiddleware({ merchantName: 'Tea House' });
    } finally {
      spy.mockRestore();
    }

    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ kind: 'configuration' });
  });
});
