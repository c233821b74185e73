import type * as ErrorCatalog from './error-catalog';
import { errorContexts, type ErrorCatalogEntry, type ErrorContext } from './types';

/** Longer than any documented code: anything beyond is not looked at. */
const maxCodeLength = 100;
const screamingCase = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const lowerSnakeCase = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

const looseKey = (code: string): string => code.toLowerCase().replaceAll('_', '');

/** The entries sharing one name: the first in catalog order, and the one of each context. */
type SameName = { first: ErrorCatalogEntry } & Partial<Record<ErrorContext, ErrorCatalogEntry>>;

function indexBy(
  keysOf: (entry: ErrorCatalogEntry) => readonly string[],
): ReadonlyMap<string, SameName> {
  // Required on the first lookup: a skill starts without reading the catalog's tables.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { errorCatalog } = require('./error-catalog') as typeof ErrorCatalog;
  const index = new Map<string, SameName>();
  for (const entry of errorCatalog) {
    for (const key of keysOf(entry)) {
      // No prototype: a context such as 'toString' finds nothing.
      const same =
        index.get(key) ?? Object.assign(Object.create(null) as SameName, { first: entry });
      same[entry.context] ??= entry;
      index.set(key, same);
    }
  }
  return index;
}

// Built on the first lookup, not at load.
let byExactName: ReadonlyMap<string, SameName> | undefined;
let byLooseName: ReadonlyMap<string, SameName> | undefined;

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
  byExactName ??= indexBy((entry) => [entry.code, ...entry.aliases]);
  const exactNames = byExactName.get(code);
  const exact = context === undefined ? exactNames?.first : exactNames?.[context];
  if (exact !== undefined || screamingCase.test(code)) return exact;

  byLooseName ??= indexBy((entry) => [entry.code, ...entry.aliases].map(looseKey));
  const looseNames = byLooseName.get(looseKey(code));
  if (context !== undefined) return looseNames?.[context];
  if (lowerSnakeCase.test(code) && looseNames?.['buyer-id'] !== undefined)
    return looseNames['buyer-id'];
  return looseNames?.first;
}
