/** Safe readers for untrusted JSON: own properties only, so nothing inherited leaks in. */

export type UnknownRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function ownField(record: UnknownRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function ownRecord(record: UnknownRecord, key: string): UnknownRecord | undefined {
  const value = ownField(record, key);
  return isRecord(value) ? value : undefined;
}

export function ownString(record: UnknownRecord | undefined, key: string): string | undefined {
  if (record === undefined) return undefined;
  const value = ownField(record, key);
  return typeof value === 'string' ? value : undefined;
}
