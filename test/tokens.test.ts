import { inflateRawSync } from 'node:zlib';
import { expectedSpeech } from './support/prompt-text';
import { ssmlOf } from './support/skill';
import {
  buy,
  directiveOf,
  errorAnswerTo,
  setUp,
  storeSkill,
  type SendRequest,
} from './support/payment-skill';

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
    const claims = JSON.parse(
      (body.startsWith('z')
        ? inflateRawSync(Buffer.from(body.slice(1), 'base64url'))
        : Buffer.from(body.slice(1), 'base64url')
      ).toString(),
    );
    claims.payload = claims.payload.replace('12.50', '0.01');
    const forged = `${head}.j${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${mac}`;

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

    expect(ssmlOf(response)).toBe(expectedSpeech('ja-JP', 'error.tryLater'));
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
