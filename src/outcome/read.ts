/**
 * Readers for untrusted JSON. Only plain objects (what JSON.parse makes: the prototype is an
 * Object.prototype, of whatever realm, or none) count as records, so a property read from one
 * is its own: a `__proto__` key in JSON is an ordinary own property, and an object built on
 * another prototype is not read at all. Plain property reads keep the hot path of every
 * payment response fast.
 */

export type UnknownRecord = { readonly [key: string]: unknown };

export function isRecord(value: unknown): value is UnknownRecord {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (
    prototype === null ||
    prototype === Object.prototype ||
    Object.getPrototypeOf(prototype) === null
  );
}

export function ownField(record: UnknownRecord, key: string): unknown {
  return record[key];
}

export function ownRecord(
  record: UnknownRecord | undefined,
  key: string,
): UnknownRecord | undefined {
  const value = record?.[key];
  return isRecord(value) ? value : undefined;
}

export function ownString(record: UnknownRecord | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** The value when it is a plain object. */
export const asRecord = (value: unknown): UnknownRecord | undefined =>
  isRecord(value) ? value : undefined;

/** The value when it is a string. */
export const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * A code, reason code, state or status: the string trimmed of whitespace (no-break spaces and
 * line ends included), or `undefined` when it is not a string or nothing is left. A proxy or a
 * template that pads `ACCESS_DENIED` must not cost the customer the consent card.
 */
export function asCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
