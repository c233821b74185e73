/**
 * Whether a thrown value is an object of this name, from any copy of the package. Never throws:
 * a skill's own error handler may ask about anything that was thrown, a value whose name (or
 * prototype, for a proxy) cannot be read included, and such a value is not one of ours.
 */
export function hasName(error: unknown, name: string): boolean {
  try {
    return (
      typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name
    );
  } catch {
    return false;
  }
}
