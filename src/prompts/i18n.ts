import type * as I18next from 'i18next';
import type { i18n as I18n, Resource } from 'i18next';
import { promptNamespace, promptResources } from './resources';
import { toSsmlText } from './ssml';

let instance: I18n | undefined;

/**
 * The package's own i18next instance, never the skill's. Created and initialised
 * synchronously on the first prompt a middleware renders: loading i18next costs a few
 * milliseconds that the cold start of a skill need not pay for requests that are not payments.
 */
export function promptI18n(): I18n {
  if (instance === undefined) {
    // A lazy require keeps i18next off the start-up path; bundlers still see it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createInstance } = require('i18next') as typeof I18next;
    const created = createInstance();
    void created.init({
      initAsync: false,
      resources: promptResources as unknown as Resource,
      ns: [promptNamespace],
      defaultNS: promptNamespace,
      fallbackLng: false,
      interpolation: { escapeValue: true, escape: toSsmlText, skipOnVariables: true },
    });
    instance = created;
  }
  return instance;
}
