import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  setupSuccessEnvelope,
} from '../../src/testing';
import { testSkill } from '../support/skill';
import { createAmazonPayMiddleware } from '../../src';
import { SkillBuilders } from 'ask-sdk-core';

describe('the developer log', () => {
  it('carries the facts of the catalog entry, the request id and the locale', async () => {
    const skill = testSkill();
    const envelope = amazonPayErrorEnvelope(
      'Setup',
      'UnsupportedCountryOfEstablishment',
      { errorMessage: 'GB is not supported' },
      { locale: 'en-GB' },
    );

    await skill.invoke(envelope);

    expect(skill.events).toEqual([
      {
        kind: 'error',
        code: 'UnsupportedCountryOfEstablishment',
        context: 'setup',
        operation: 'Setup',
        httpStatus: 400,
        handledBy: 'merchant',
        voicedByAmazonPay: false,
        errorType: 'integration',
        retriable: 'after-fix',
        message: expect.stringMatching(/countryOfEstablishment/),
        correctiveAction: expect.stringMatching(/UK .*not GB/),
        amazonPayMessage: 'GB is not supported',
        requestId: envelope.request.requestId,
        locale: 'en-GB',
      },
    ]);
  });

  it('never carries the access token, the address, the buyer id or the raw payload', async () => {
    const skill = testSkill();
    const secret = 'SECRET-ACCESS-TOKEN-123';

    await skill.invoke(
      amazonPayErrorEnvelope(
        'Charge',
        'InvalidSellerId',
        {},
        { apiAccessToken: secret, token: 'SECRET-DIRECTIVE-TOKEN' },
      ),
    );
    await skill.invoke(
      setupSuccessEnvelope(
        { billingAgreementStatus: 'SUSPENDED', billingAgreementId: 'C01-SECRET-AGREEMENT' },
        { apiAccessToken: secret },
      ),
    );
    await skill.invoke(
      chargeDeclinedEnvelope(
        'AmazonRejected',
        { amazonAuthorizationId: 'S01-SECRET-AUTH' },
        { apiAccessToken: secret },
      ),
    );

    const logged = JSON.stringify(skill.events);
    expect(skill.events).toHaveLength(3);
    expect(logged).not.toMatch(/SECRET|Test Street|Testville|amzn1\.ask\.account/);
  });

  it('shortens what Amazon Pay said to the merchant', async () => {
    const skill = testSkill();

    await skill.invoke(
      amazonPayErrorEnvelope('Charge', 'InvalidParameterValue', { errorMessage: 'x'.repeat(5000) }),
    );

    expect(skill.events[0]?.amazonPayMessage?.length).toBeLessThanOrEqual(501);
  });

  it('writes merchant-side events as one JSON line on console.error when no hook is given', async () => {
    const lines: unknown[][] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      lines.push(args);
    });
    try {
      const skill = createAmazonPayMiddleware({
        merchantName: 'Tea House',
        tokenSecret: 'a-secret-of-at-least-sixteen-chars',
      })
        .register(SkillBuilders.custom())
        .create();

      await skill.invoke(amazonPayErrorEnvelope('Charge', 'FORBIDDEN'));
      await skill.invoke(chargeDeclinedEnvelope('AmazonRejected'));

      expect(lines).toHaveLength(1);
      const [line] = lines[0] as [string];
      expect(line).not.toContain('\n');
      expect(JSON.parse(line)).toMatchObject({
        source: 'ask-sdk-amazon-pay-middleware',
        kind: 'error',
        code: 'FORBIDDEN',
      });
    } finally {
      spy.mockRestore();
    }
  });
});
