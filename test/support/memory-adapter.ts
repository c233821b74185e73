import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

export type KeyOf = (envelope: RequestEnvelope) => string;

// Partition keys as the ASK persistence adapters derive them: from the user or the device.
export const byUser: KeyOf = (envelope) => envelope.context.System.user.userId;
export const byDevice: KeyOf = (envelope) => {
  const deviceId = envelope.context.System.device?.deviceId;
  if (deviceId === undefined) throw new Error('Cannot retrieve device id from request envelope!');
  return deviceId;
};
// A table shared by several skills keys its items by skill as well.
export const bySkillAndUser: KeyOf = (envelope) =>
  `${envelope.context.System.application.applicationId}/${envelope.context.System.user.userId}`;

/** A promise that never settles: an adapter call that never answers. */
export const never = (): Promise<never> => new Promise<never>(() => undefined);

/**
 * A persistence adapter that keeps items in memory, keyed as the ASK adapters key them, and
 * notes what it is asked to do. Tests replace a method to make it slow, hang or fail.
 */
export class MemoryAdapter implements PersistenceAdapter {
  readonly items = new Map<string, Record<string, unknown>>();
  readonly calls: string[] = [];

  constructor(private readonly keyOf: KeyOf = byUser) {}

  getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    this.calls.push('get');
    return Promise.resolve(this.items.get(this.keyOf(envelope)) ?? {});
  }

  saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.calls.push('save');
    this.items.set(this.keyOf(envelope), attributes);
    return Promise.resolve();
  }

  deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.calls.push('delete');
    this.items.delete(this.keyOf(envelope));
    return Promise.resolve();
  }

  /** The one record the middleware keeps, as saved. */
  onlyRecord(): Record<string, unknown> {
    const records = [...this.items.values()];
    if (records.length !== 1) throw new Error(`expected one record, found ${records.length}`);
    return records[0] as Record<string, unknown>;
  }
}
