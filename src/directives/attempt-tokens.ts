import type { HandlerInput, PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { isRecord, ownField } from '../outcome/read';
import { nodeCrypto } from './node-builtins';
import { userHash, type TokenClaims, type TokenSigner } from './token-signer';
import type { PayloadOperation } from './validate-payload';

/** A purchase attempt a token stands for, once the token has been verified. */
export interface Attempt {
  readonly operation: PayloadOperation;
  /** The payload exactly as it was sent, as JSON text. */
  readonly payload: string;
  readonly serverResends: number;
  readonly voiceRetries: number;
  readonly record?: string;
}

/** The attribute under which a record is kept, in an item of its own. */
const recordAttribute = 'amazonPayAttempt';
const recordKeyPrefix = 'ask-sdk-amazon-pay-middleware#';

/**
 * An envelope that makes a persistence adapter read and write the item of a record rather
 * than the customer's: whichever partition key generator the skill uses (user or device id),
 * the key is ours, so the skill's own attributes are never touched.
 */
function recordEnvelope(record: string): RequestEnvelope {
  const key = `${recordKeyPrefix}${record}`;
  return {
    version: '1.0',
    context: {
      System: {
        application: { applicationId: key },
        user: { userId: key },
        device: { deviceId: key, supportedInterfaces: {} },
        apiEndpoint: '',
      },
    },
    request: {
      type: 'SessionEndedRequest',
      requestId: key,
      timestamp: new Date(0).toISOString(),
      reason: 'USER_INITIATED',
    },
  };
}

const userIdOf = (handlerInput: HandlerInput): string => {
  const userId: unknown = handlerInput.requestEnvelope?.context?.System?.user?.userId;
  return typeof userId === 'string' ? userId : '';
};

/**
 * Issues and opens the tokens of directives: what a resend needs travels in the signed token
 * itself, or, with a persistence adapter, in a record whose id the token carries. Nothing
 * depends on session attributes or on the memory of one container.
 */
export class AttemptTokens {
  constructor(
    private readonly signer: TokenSigner,
    private readonly ttlSeconds: number,
    private readonly adapter: PersistenceAdapter | undefined,
    private readonly newRecordId: () => string = () => nodeCrypto().randomUUID(),
  ) {}

  /** A token for this attempt, bound to the customer and the operation, good for a while. */
  async issue(
    handlerInput: HandlerInput,
    attempt: Omit<Attempt, 'record'> & { readonly record?: string },
  ): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const user = userHash(userIdOf(handlerInput));
    const base = {
      operation: attempt.operation,
      user,
      issuedAt: now,
      expiresAt: now + this.ttlSeconds,
      serverResends: attempt.serverResends,
      voiceRetries: attempt.voiceRetries,
    };
    if (this.adapter === undefined) return this.signer.sign({ ...base, payload: attempt.payload });
    const record = attempt.record ?? this.newRecordId();
    if (attempt.record === undefined) {
      await this.adapter.saveAttributes(recordEnvelope(record), {
        [recordAttribute]: { operation: attempt.operation, user, payload: attempt.payload },
      });
    }
    return this.signer.sign({ ...base, record });
  }

  /**
   * The attempt behind a token, if this middleware issued it for this customer and this
   * operation and it has not expired; `undefined` otherwise ("no resend"). Never throws.
   */
  async open(
    handlerInput: HandlerInput,
    operation: PayloadOperation,
    token: unknown,
  ): Promise<Attempt | undefined> {
    const claims = this.signer.open(token);
    if (!this.stillGood(claims, handlerInput, operation)) return undefined;
    const counters = {
      operation,
      serverResends: claims.serverResends,
      voiceRetries: claims.voiceRetries,
    };
    if (claims.payload !== undefined) return { ...counters, payload: claims.payload };
    if (claims.record === undefined || this.adapter === undefined) return undefined;
    try {
      const stored: unknown = ownField(
        await this.adapter.getAttributes(recordEnvelope(claims.record)),
        recordAttribute,
      );
      if (!isRecord(stored) || stored.operation !== operation || stored.user !== claims.user)
        return undefined;
      return typeof stored.payload === 'string'
        ? { ...counters, payload: stored.payload, record: claims.record }
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether payloads are kept in a persistence adapter, so that there are records to delete. */
  get keepsRecords(): boolean {
    return this.adapter?.deleteAttributes !== undefined;
  }

  /** Deletes the record behind a token once its attempt is over. Never throws. */
  async forget(token: unknown): Promise<void> {
    if (this.adapter?.deleteAttributes === undefined) return;
    const record = this.signer.open(token)?.record;
    if (record === undefined) return;
    try {
      await this.adapter.deleteAttributes(recordEnvelope(record));
    } catch {
      // A record left behind costs a few hundred bytes; the customer's answer matters more.
    }
  }

  private stillGood(
    claims: TokenClaims | undefined,
    handlerInput: HandlerInput,
    operation: PayloadOperation,
  ): claims is TokenClaims {
    const now = Date.now() / 1000;
    return (
      claims !== undefined &&
      claims.operation === operation &&
      claims.user === userHash(userIdOf(handlerInput)) &&
      claims.expiresAt > now &&
      claims.issuedAt <= now + 300
    );
  }
}
