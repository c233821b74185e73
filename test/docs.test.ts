import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCatalog } from '../src';
import { renderErrorCodesMarkdown } from '../scripts/error-codes-doc';

describe('docs/error-codes.md', () => {
  it('is what `npm run docs` generates from the catalog today', () => {
    const committed = readFileSync(join(__dirname, '..', 'docs', 'error-codes.md'), 'utf8');

    expect(committed).toBe(renderErrorCodesMarkdown());
  });

  it('lists every entry of the catalog', () => {
    const page = renderErrorCodesMarkdown();

    for (const entry of errorCatalog) expect(page).toContain(`| \`${entry.code}`);
    expect(page.split('\n').filter((line) => line.startsWith('| `'))).toHaveLength(
      errorCatalog.length,
    );
  });
});
