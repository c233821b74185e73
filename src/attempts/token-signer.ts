import type { HandlerInput } from 'ask-sdk-core';
import { isRecord, ownField } from '../outcome/read';
import { nodeCrypto, nodeZlib } from './node-builtins';
import type { PayloadOperation } from '../directives/validate-payload';

/** What a token says: signed, so that only this skill's middleware could have written it. */
export interface TokenClaims {
  readonly operation: PayloadOperation;
  /** A hash of the customer's user id: the token is only good for that customer. */
  readonly user: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  /** Resends after server errors so far. */
  readonly serverResends: number;
  /** Retries after a failed voice code so far. */
  readonly voiceRetries: number;
  /** The payload, as the JSON text sent; absent when it is kept in a persistence adapter. */
  readonly payload?: string;
  /** The id of the record holding the payload in the persistence adapter. */
  readonly record?: string;
}

const prefix = 'aps1';
const maxTokenLength = 16_384;
const maxBodyLength = 65_536;

/**
 * The key used without a `tokenSecret`: identical in every container, so it only catches
 * corrupted tokens, not forged ones. Set `tokenSecret`.
 */
export const builtInTokenKey = 'ask-sdk-amazon-pay-middleware: built-in key, set tokenSecret';

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/** A short hash of a user id that binds a token to its customer. */
export function userHash(userId: string): string {
  return nodeCrypto().createHash('sha256').update(userId).digest('base64url').slice(0, 22);
}

/** The hash of the customer's user id that binds tokens, records and offers to them. */
export function customerOf(handlerInput: HandlerInput): string {
  const userId: unknown = handlerInput.requestEnvelope?.context?.System?.user?.userId;
  return userHash(typeof userId === 'string' ? userId : '');
}

function isClaims(value: unknown): value is TokenClaims {
  if (!isRecord(value)) return false;
  const number = (key: string) => Number.isSafeInteger(ownField(value, key));
  const operation = ownField(value, 'operation');
  const payload = ownField(value, 'payload');
  const record = ownField(value, 'record');
  return (
    (operation === 'Setup' || operation === 'Charge') &&
    typeof ownField(value, 'user') === 'string' &&
    ['issuedAt', 'expiresAt', 'serverResends', 'voiceRetries'].every(number) &&
    (typeof payload === 'string' || typeof record === 'string')
  );
}

/**
 * Signs and opens directive tokens (HMAC-SHA256). The first secret signs; every secret is
 * accepted, so secrets can be rotated. The body is the claims' JSON text, compressed (raw
 * deflate: even the smallest claims come out shorter).
 */
export class TokenSigner {
  private readonly keys: readonly Buffer[];

  constructor(secrets: readonly string[]) {
    this.keys = (secrets.length === 0 ? [builtInTokenKey] : secrets).map((secret) =>
      Buffer.from(secret, 'utf8'),
    );
  }

  sign(claims: TokenClaims): string {
    const json = Buffer.from(JSON.stringify(claims), 'utf8');
    const signed = `${prefix}.${base64url(nodeZlib().deflateRawSync(json))}`;
    return `${signed}.${this.mac(this.keys[0] as Buffer, signed)}`;
  }

  /** The claims of a token this signer wrote, or `undefined` for anything else. Never throws. */
  open(token: unknown): TokenClaims | undefined {
    try {
      if (typeof token !== 'string' || token.length > maxTokenLength) return undefined;
      const [head, body, mac, ...rest] = token.split('.');
      if (head !== prefix || body === undefined || mac === undefined || rest.length > 0)
        return undefined;
      const signed = `${head}.${body}`;
      const given = Buffer.from(mac, 'base64url');
      const genuine = this.keys.some((key) => {
        const expected = Buffer.from(this.mac(key, signed), 'base64url');
        return expected.length === given.length && nodeCrypto().timingSafeEqual(expected, given);
      });
      if (!genuine) return undefined;
      const json = nodeZlib().inflateRawSync(Buffer.from(body, 'base64url'), {
        maxOutputLength: maxBodyLength,
      });
      const claims: unknown = JSON.parse(json.toString('utf8'));
      return isClaims(claims) ? claims : undefined;
    } catch {
      return undefined;
    }
  }

  private mac(key: Buffer, signed: string): string {
    return nodeCrypto().createHmac('sha256', key).update(signed).digest('base64url');
  }
}
