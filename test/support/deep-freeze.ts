/** Freezes a value and everything it holds, so that any write by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value))
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A deep copy of plain objects and arrays; anything else is kept as it is. */
export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (typeof value !== 'object' || value === null) return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy = Object.create(prototype as object | null) as object;
  // Defined, not assigned: an own `__proto__` key (fast-check generates them) must stay a key.
  for (const key of Reflect.ownKeys(value))
    Object.defineProperty(copy, key, {
      value: deepCopy((value as Record<PropertyKey, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy as T;
}
