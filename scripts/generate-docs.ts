import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCustomerHearsTable } from './customer-hears-table';
import { renderErrorCodesMarkdown } from './error-codes-doc';
import { withPromptKeyTable } from './prompts-doc';
import { withTokenSizes } from './token-sizes';
import { withBenchFigures } from './bench-figures';

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  writeFileSync(join(root, 'docs', 'error-codes.md'), renderErrorCodesMarkdown());
  const prompts = join(root, 'docs', 'prompts.md');
  writeFileSync(prompts, withPromptKeyTable(readFileSync(prompts, 'utf8')));
  const readme = join(root, 'README.md');
  writeFileSync(
    readme,
    withBenchFigures(
      await withTokenSizes(withCustomerHearsTable(readFileSync(readme, 'utf8'))),
      root,
    ),
  );
  console.log('wrote docs/error-codes.md and the generated parts of docs/prompts.md and README.md');
}

void main();
