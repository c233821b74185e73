import { errorCatalog } from './error-catalog';
import { errorContexts, type ErrorCatalogEntry, type ErrorContext } from './types';

/** Longer than any documented code: anything beyond is not looked at. */
const maxCodeLength = 100;
const screamingCase = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const lowerSnakeCase = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

const looseKey = (code: string): string => code.toLowerCase().replaceAll('_', '');

function indexBy(keysOf: (entry: ErrorCatalogEntry) => readonly string[]) {
  const index = new Map<string, ErrorCatalogEntry[]>();
  for (const entry of errorCatalog) {
    for (const key of keysOf(entry)) {
      const entries = index.get(key) ?? [];
      entries.push(entry);
      index.set(key, entries);
    }
  }
  return index;
}

const byExactName = indexBy((entry) => [entry.code, ...entry.aliases]);
const byLooseName = indexBy((entry) => [entry.code, ...entry.aliases].map(looseKey));

const knownContexts: ReadonlySet<unknown> = new Set(errorContexts);

/**
 * Finds the catalog entry for a code, in a context when one is given.
 *
 * An exact name (or documented alias) wins. Otherwise case and underscores are ignored,
 * so `invalid_token` finds `InvalidToken`; without a context, an all-lowercase snake_case
 * name prefers the Buyer ID entry (`forbidden` is Buyer ID's `Forbidden`). Names in
 * SCREAMING_CASE are only ever matched as written (`FORBIDDEN` is the permission error).
 * Without a context, the first matching entry in catalog order is returned.
 *
 * Never throws: anything that is not a known code (a non-string, `''`, `__proto__`) gives
 * `undefined`.
 *
 * @example lookupErrorCode('InvalidPaymentMethod', 'decline')?.retriable // 'after-fix'
 */
export function lookupErrorCode(
  code: unknown,
  context?: ErrorContext,
): ErrorCatalogEntry | undefined {
  if (typeof code !== 'string' || code.length === 0 || code.length > maxCodeLength)
    return undefined;
  if (context !== undefined && !knownContexts.has(context)) return undefined;
  const inContext = (entries: readonly ErrorCatalogEntry[] | undefined) =>
    context === undefined ? entries?.[0] : entries?.find((entry) => entry.context === context);

  const exact = inContext(byExactName.get(code));
  if (exact !== undefined || screamingCase.test(code)) return exact;

  const loose = byLooseName.get(looseKey(code));
  if (context === undefined && lowerSnakeCase.test(code)) {
    const buyerIdEntry = loose?.find((entry) => entry.context === 'buyer-id');
    if (buyerIdEntry !== undefined) return buyerIdEntry;
  }
  return inContext(loose);
}
