import type * as I18next from 'i18next';

/**
 * i18next, required on the first prompt rather than at start-up: loading it costs
 * milliseconds of cold start that requests other than payments never need. A plain
 * `require` with a literal name, so that bundlers still include it.
 */
export function loadI18next(): typeof I18next {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('i18next') as typeof I18next;
}
