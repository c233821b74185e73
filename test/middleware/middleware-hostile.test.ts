import { XMLValidator } from 'fast-xml-parser';
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  connectionsResponseEnvelope,
} from '../../src/testing';
import { ssmlOf, testSkill } from '../support/skill';

const hostileCodes = [
  '__proto__',
  'constructor',
  'toString',
  '<speak>evil</speak>',
  'A'.repeat(10_000),
  '',
  'INTERNAL_SERVER_ERROR',
  'Invalid&Code',
];
const hostileLocales: unknown[] = [
  'x'.repeat(10_000),
  '<script>',
  '__proto__',
  123,
  null,
  {},
  ['en-US'],
  'en-US\u0000',
  'ja-JP ',
];

const withLocale = (envelope: RequestEnvelope, locale: unknown): RequestEnvelope => {
  (envelope.request as { locale?: unknown }).locale = locale;
  return envelope;
};

describe('hostile input', () => {
  it.each(hostileCodes.map((code) => [code.slice(0, 30), code]))(
    'answers the code %j kindly and never says it',
    async (_, code) => {
      const skill = testSkill();

      const response = await skill.invoke(
        amazonPayErrorEnvelope('Charge', code, { statusCode: 400, errorMessage: code }),
      );
      const speech = ssmlOf(response) ?? '';

      expect(XMLValidator.validate(speech)).toBe(true);
      if (code.length > 3) expect(speech).not.toContain(code);
      expect(speech).not.toMatch(/evil|INTERNAL/);
    },
  );

  it.each(hostileLocales.map((locale) => [String(locale).slice(0, 20), locale]))(
    'answers a request in the locale %j in English',
    async (_, locale) => {
      const response = await testSkill().invoke(
        withLocale(chargeDeclinedEnvelope('AmazonRejected'), locale),
      );

      expect(ssmlOf(response)).toMatch(/^<speak>Nothing's been bought/);
    },
  );

  it.each([
    ['a status that is an object', { code: { toString: () => '400' } }],
    ['a status code of a thousand digits', { code: '4'.repeat(1000) }],
    ['a negative status', { code: -1 }],
  ])('answers %s', async (_, status) => {
    const envelope = connectionsResponseEnvelope({ name: 'Setup' });
    (envelope.request as { status?: unknown }).status = status;

    const response = await testSkill().invoke(envelope);

    expect(ssmlOf(response)).toMatch(/^<speak>Sorry/);
  });

  it('keeps Object.prototype clean', async () => {
    const envelope = JSON.parse(
      JSON.stringify(amazonPayErrorEnvelope('Charge', 'InvalidSellerId')).replace(
        '"payload":{',
        '"payload":{"__proto__":{"polluted":true},',
      ),
    );

    await testSkill().invoke(envelope);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
