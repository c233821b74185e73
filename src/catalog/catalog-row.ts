import type { ErrorCatalogEntry, ErrorContext } from './types';

/**
 * One row of a source table. A row whose code the reference lists for several contexts
 * (both Setup and Charge, say) names them all and becomes one entry per context.
 */
export type CatalogRow = Omit<
  ErrorCatalogEntry,
  'context' | 'operations' | 'aliases' | 'customerMessageOffered'
> & {
  readonly contexts: readonly ErrorContext[];
  readonly aliases?: readonly string[];
  readonly customerMessageOffered?: boolean;
};
