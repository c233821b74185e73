import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCustomerHearsSummary, withCustomerHearsTable } from './customer-hears-table';
import { renderErrorCodesMarkdown } from './error-codes-doc';
import { withOptionsReference, withOptionsTable } from './options-table';
import { withPromptKeyTable } from './prompts-doc';
import { withTokenSizes } from './token-sizes';
import { withBenchFigures } from './bench-figures';

type Generate = (text: string, root: string) => string | Promise<string>;

/** Each document with generated parts, and what generates them, in order. */
export const generatedParts: Readonly<Record<string, readonly Generate[]>> = {
  'README.md': [withCustomerHearsSummary, withOptionsTable],
  'docs/options.md': [withOptionsReference],
  'docs/prompts.md': [withCustomerHearsTable, withPromptKeyTable],
  'docs/resends-and-tokens.md': [withTokenSizes],
  'docs/performance.md': [withBenchFigures],
};

/** A document with its generated parts as they would be generated now. */
export async function regenerated(document: string, root: string): Promise<string> {
  let text = readFileSync(join(root, document), 'utf8');
  for (const generate of generatedParts[document] ?? []) text = await generate(text, root);
  return text;
}

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  writeFileSync(join(root, 'docs', 'error-codes.md'), renderErrorCodesMarkdown());
  for (const document of Object.keys(generatedParts))
    writeFileSync(join(root, document), await regenerated(document, root));
  console.log(
    `wrote docs/error-codes.md and the generated parts of ${Object.keys(generatedParts).join(', ')}`,
  );
}

if (require.main === module) void main();
