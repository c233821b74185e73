import * as i18next from 'i18next';

/**
 * The ES module build's i18next: an ES module has no `require` a bundler could follow, so it
 * imports i18next statically (the build puts this file in place of `./i18next-module`).
 */
export const loadI18next = (): typeof i18next => i18next;
