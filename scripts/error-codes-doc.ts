import { errorCatalog } from '../src/catalog/error-catalog';
import type { ErrorCatalogEntry, ErrorContext } from '../src/catalog/types';

const contextTitles: Readonly<Record<ErrorContext, string>> = {
  setup: 'Setup errors',
  charge: 'Charge errors',
  permission: 'Permission errors (Setup and Charge)',
  decline: 'Decline reasons (Charge answered 200, authorization Declined)',
  'billing-agreement': 'Billing agreement reasons (Setup answered 200)',
  'buyer-id': 'Buyer ID API errors',
  fps: 'Amazon FPS errors (legacy, API version 2008-09-17)',
};

const whoActs = { 'amazon-pay': 'Amazon Pay', merchant: 'merchant' } as const;
const cards = { always: 'always', japan: 'Japan only', never: '' } as const;

const cell = (text: string): string => text.replaceAll('|', '\\|');

function row(entry: ErrorCatalogEntry): string {
  const code = [entry.code, ...entry.aliases.map((alias) => `alias ${alias}`)].join(', ');
  return `| ${[
    `\`${code}\``,
    entry.operations.join(', '),
    entry.httpStatus === undefined ? '' : String(entry.httpStatus),
    entry.errorType ?? '',
    whoActs[entry.handledBy],
    entry.retriable,
    entry.voicedByAmazonPay ? 'yes' : '',
    cards[entry.permissionCard],
    entry.promptKey === undefined ? 'none' : `\`${entry.promptKey}\``,
    cell(`${entry.developerMessage} ${entry.correctiveAction}`),
  ].join(' | ')} |`;
}

/** The reference page of every catalog code, as committed in docs/error-codes.md. */
export function renderErrorCodesMarkdown(): string {
  const sections = (Object.keys(contextTitles) as ErrorContext[]).map((context) => {
    const entries = errorCatalog.filter((entry) => entry.context === context);
    return [
      `## ${contextTitles[context]} (${entries.length})`,
      '',
      '| Code | Operation | HTTP | Type | Who acts | Retriable | Amazon Pay speaks | Consent card | Prompt key | What happened, what to do |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...entries.map(row),
    ].join('\n');
  });
  return [
    '# Error codes',
    '',
    '<!-- Generated from src/catalog by `npm run docs`. Do not edit by hand: a test fails when this page is stale. -->',
    '',
    `Every code the middleware knows: ${errorCatalog.length} entries, one per code and context.`,
    'Retriable: `yes` means resending the same request may succeed; `after-fix` means it succeeds once',
    'someone fixes what the last column names; `no` means resending will not help.',
    'Prompt key: what the customer hears from the skill, the key to override with the `prompts`',
    'option (see [prompts.md](prompts.md)). Where Amazon Pay speaks first, the key is a short',
    "follow-up (or nothing, with `afterAmazonPaySpoke: 'silent'`).",
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}
