import type { HandlerInput, PersistenceAdapter } from 'ask-sdk-core';
import { resendProblem } from '../directives/resend-check';
import type { PayloadOperation } from '../directives/validate-payload';
import { AmazonPayPersistenceError } from '../errors/persistence-error';
import type { AmazonPayLogger } from '../middleware/log-event';
import { safelyLog } from '../middleware/log-hook';
import type { Attempt } from './attempt';
import { persistenceFailedEvent, resendRefusedEvent } from './attempt-events';
import { nodeCrypto } from './node-builtins';
import { payloadInRecord, recordAttributes, recordEnvelope } from './record';
import { settleWithin, type Settled } from './time-limit';
import { customerOf, type TokenClaims, type TokenSigner } from './token-signer';

export interface AttemptStoreSettings {
  /** How long an attempt's tokens resend, in seconds. */
  readonly ttlSeconds: number;
  /** The skill's persistence adapter, which then keeps payloads instead of tokens. */
  readonly adapter: PersistenceAdapter | undefined;
  /** How long a read or a save of a record may take, in milliseconds. */
  readonly timeoutMs: number;
  readonly log: AmazonPayLogger;
}

/** A container whose clock runs this far ahead may still have issued a token. */
const clockSkewSeconds = 300;
const nowInSeconds = () => Date.now() / 1000;

/** What went wrong with a store call that did not complete, for the log. */
const failureOf = (settled: Settled<unknown>, limitMs: number) =>
  settled.status === 'failed' ? { error: settled.error } : { limitMs };

/**
 * Keeps purchase attempts between turns, and is the only code that reads, writes or deletes
 * their records. A directive's token carries its attempt (or, with a persistence adapter, the
 * id of the record holding its payload), signed and bound to the customer and the operation, so
 * nothing depends on session attributes or on one container's memory. Reads and saves wait at
 * most `timeoutMs`; deletes are started and never waited for.
 */
export class AttemptStore {
  constructor(
    private readonly signer: TokenSigner,
    private readonly settings: AttemptStoreSettings,
    private readonly newRecordId: () => string = () => nodeCrypto().randomUUID(),
  ) {}

  /**
   * A new attempt for a checked payload, its record saved first when an adapter keeps them.
   * Rejects with an `AmazonPayPersistenceError` when the save fails or passes the time limit.
   */
  async begin(
    handlerInput: HandlerInput,
    operation: PayloadOperation,
    payload: string,
  ): Promise<Attempt> {
    const { adapter, ttlSeconds, timeoutMs } = this.settings;
    const expiresAt = Math.floor(nowInSeconds()) + ttlSeconds;
    const attempt: Attempt = { operation, payload, serverResends: 0, voiceRetries: 0, expiresAt };
    if (adapter === undefined) return attempt;
    const record = this.newRecordId();
    const attributes = recordAttributes(attempt, customerOf(handlerInput));
    const saved = await settleWithin(
      () => adapter.saveAttributes(recordEnvelope(record), attributes),
      timeoutMs,
    );
    if (saved.status === 'done') return { ...attempt, record };
    const failure = failureOf(saved, timeoutMs);
    safelyLog(this.settings.log, persistenceFailedEvent(handlerInput, 'save', failure));
    throw saved.status === 'failed'
      ? new AmazonPayPersistenceError(
          'failed',
          'The persistence adapter failed to save the purchase attempt.',
          { cause: saved.error },
        )
      : new AmazonPayPersistenceError(
          'timed-out',
          `The persistence adapter did not save the purchase attempt within ${timeoutMs} ms.`,
        );
  }

  /** The token a directive of this attempt carries. */
  tokenFor(handlerInput: HandlerInput, attempt: Attempt): string {
    const claims: TokenClaims = {
      operation: attempt.operation,
      user: customerOf(handlerInput),
      issuedAt: Math.floor(nowInSeconds()),
      expiresAt: attempt.expiresAt,
      serverResends: attempt.serverResends,
      voiceRetries: attempt.voiceRetries,
    };
    return this.signer.sign(
      attempt.record === undefined
        ? { ...claims, payload: attempt.payload }
        : { ...claims, record: attempt.record },
    );
  }

  /**
   * The attempt behind a token, fit to be sent again: the token was issued by this middleware
   * for this customer and operation and has not expired, its payload could be read in time, and
   * the payload passes the directive checks. `undefined` otherwise ("no resend"). Never rejects.
   */
  async open(
    handlerInput: HandlerInput,
    operation: PayloadOperation,
    token: unknown,
  ): Promise<Attempt | undefined> {
    const sent = await this.read(handlerInput, operation, token);
    if (sent === undefined) return undefined;
    const { claims, payload } = sent;
    const problem = resendProblem(operation, payload);
    if (problem !== undefined) {
      safelyLog(this.settings.log, resendRefusedEvent(handlerInput, operation, problem));
      this.forget(handlerInput, token);
      return undefined;
    }
    const { serverResends, voiceRetries, expiresAt, record } = claims;
    const attempt: Attempt = { operation, payload, serverResends, voiceRetries, expiresAt };
    return record === undefined ? attempt : { ...attempt, record };
  }

  /**
   * The payload a token's attempt sent, as JSON text, read as `open` reads it but not checked
   * for a resend: for telling the developer which order an answer was about. Never rejects.
   */
  async sentPayload(
    handlerInput: HandlerInput,
    operation: PayloadOperation,
    token: unknown,
  ): Promise<string | undefined> {
    return (await this.read(handlerInput, operation, token))?.payload;
  }

  /** The claims of a token this middleware issued to this customer, and its payload. */
  private async read(
    handlerInput: HandlerInput,
    operation: PayloadOperation,
    token: unknown,
  ): Promise<{ claims: TokenClaims; payload: string } | undefined> {
    const claims = this.signer.open(token);
    const now = nowInSeconds();
    if (
      claims === undefined ||
      claims.operation !== operation ||
      claims.user !== customerOf(handlerInput) ||
      claims.expiresAt <= now ||
      claims.issuedAt > now + clockSkewSeconds
    )
      return undefined;
    const payload = claims.payload ?? (await this.readPayload(handlerInput, claims));
    return payload === undefined ? undefined : { claims, payload };
  }

  /**
   * Starts deleting the record a token names, once its attempt is over, and returns at once:
   * the answer never waits for it. A failure is logged; the record's expiry attribute covers
   * a delete that is lost (Lambda may freeze the process before it completes).
   */
  forget(handlerInput: HandlerInput, token: unknown): void {
    const logFailure = (error: unknown) =>
      safelyLog(this.settings.log, persistenceFailedEvent(handlerInput, 'delete', { error }));
    try {
      const adapter = this.settings.adapter;
      if (adapter?.deleteAttributes === undefined) return;
      const record = this.signer.open(token)?.record;
      if (record === undefined) return;
      Promise.resolve(adapter.deleteAttributes(recordEnvelope(record))).then(undefined, logFailure);
    } catch (error) {
      logFailure(error);
    }
  }

  private async readPayload(
    handlerInput: HandlerInput,
    claims: TokenClaims,
  ): Promise<string | undefined> {
    const { adapter, timeoutMs } = this.settings;
    const { record } = claims;
    if (record === undefined || adapter === undefined) return undefined;
    const read = await settleWithin(() => adapter.getAttributes(recordEnvelope(record)), timeoutMs);
    if (read.status === 'done') return payloadInRecord(read.value, claims.operation, claims.user);
    const failure = failureOf(read, timeoutMs);
    safelyLog(this.settings.log, persistenceFailedEvent(handlerInput, 'read', failure));
    return undefined;
  }
}
