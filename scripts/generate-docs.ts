import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCustomerHearsTable } from './customer-hears-table';
import { renderErrorCodesMarkdown } from './error-codes-doc';
import { withTokenSizes } from './token-sizes';
import { withBenchFigures } from './bench-figures';

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  writeFileSync(join(root, 'docs', 'error-codes.md'), renderErrorCodesMarkdown());
  const readme = join(root, 'README.md');
  writeFileSync(readme, await withTokenSizes(withCustomerHearsTable(readFileSync(readme, 'utf8'))));
  const performance = join(root, 'docs', 'performance.md');
  writeFileSync(performance, withBenchFigures(readFileSync(performance, 'utf8'), root));
  console.log(
    'wrote docs/error-codes.md, the figures of docs/performance.md and the generated parts of README.md',
  );
}

void main();
