import type { i18n as I18n, Resource } from 'i18next';
import { loadI18next } from './i18next-module';
import type * as PromptTables from './prompt-tables';
import { promptNamespace } from './resources';
import { toSsmlText } from './ssml-text';

let instance: I18n | undefined;

/**
 * The package's own i18next instance, never the skill's. Created and initialised
 * synchronously on the first prompt a middleware renders: loading i18next and the prompt
 * tables costs milliseconds that the cold start of a skill need not pay for requests that are
 * not payments.
 */
export function promptI18n(): I18n {
  if (instance === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { promptResources } = require('./prompt-tables') as typeof PromptTables;
    const created = loadI18next().createInstance();
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
