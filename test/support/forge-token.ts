import { createHash, createHmac } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { testUserId } from '../../src/testing';

/** The key every installation without a `tokenSecret` signs with: anyone can read it. */
export const builtInKey = 'ask-sdk-amazon-pay-middleware: built-in key, set tokenSecret';

/**
 * A token written by hand, as someone who knows the token format and a key would write one:
 * for the test customer, for a Charge, good for ten minutes, carrying the given payload.
 */
export function forgeToken(
  payload: unknown,
  { key = builtInKey, operation = 'Charge' }: { key?: string; operation?: string } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    operation,
    user: createHash('sha256').update(testUserId).digest('base64url').slice(0, 22),
    issuedAt: now,
    expiresAt: now + 600,
    serverResends: 0,
    voiceRetries: 0,
    payload: JSON.stringify(payload),
  };
  const signed = `aps1.${deflateRawSync(JSON.stringify(claims)).toString('base64url')}`;
  return `${signed}.${createHmac('sha256', key).update(signed).digest('base64url')}`;
}
