import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCatalog, promptKeys } from '../../src';
import { amazonPaySpeechFor } from '../../src/testing';
import { renderCustomerHearsTable } from '../../scripts/customer-hears-table';
import { renderErrorCodesMarkdown } from '../../scripts/error-codes-doc';
import { renderBenchFigures } from '../../scripts/bench-figures';
import { generatedParts, regenerated } from '../../scripts/generate-docs';
import { renderPromptKeyTable } from '../../scripts/prompts-doc';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the generated parts of the README and docs/', () => {
  it.each(Object.keys(generatedParts))(
    'are in %s what `npm run docs` generates today',
    async (document) => {
      expect(read(document)).toBe(await regenerated(document, root));
    },
  );
});

describe('docs/error-codes.md', () => {
  it('is what `npm run docs` generates from the catalog today', () => {
    expect(read('docs/error-codes.md')).toBe(renderErrorCodesMarkdown());
  });

  it('lists every entry of the catalog', () => {
    const page = renderErrorCodesMarkdown();

    for (const entry of errorCatalog) expect(page).toContain(`| \`${entry.code}`);
    expect(page.split('\n').filter((line) => line.startsWith('| `'))).toHaveLength(
      errorCatalog.length,
    );
  });
});

describe('the table of prompt keys (docs/prompts.md)', () => {
  it('names every prompt key, and every code with a prompt under its key', () => {
    const table = renderPromptKeyTable();

    for (const key of promptKeys) expect(table).toContain(`| \`${key}\` |`);
    for (const entry of errorCatalog.filter((e) => e.promptKey !== undefined))
      expect(table).toContain(`\`${entry.code}\` (${entry.context})`);
  });
});

describe('the prompt key of every code in docs/error-codes.md', () => {
  it('is written on the row of the code', () => {
    const rows = renderErrorCodesMarkdown()
      .split('\n')
      .filter((line) => line.startsWith('| `'));

    errorCatalog.forEach((entry, i) =>
      expect(rows[i]).toContain(
        entry.promptKey === undefined ? '| none |' : `| \`${entry.promptKey}\` |`,
      ),
    );
  });
});

describe('the table of what the customer hears (docs/prompts.md)', () => {
  it('has a row for every code that reaches a customer, in every context it means something else', () => {
    const table = renderCustomerHearsTable();

    for (const entry of errorCatalog.filter((e) => e.promptKey !== undefined))
      expect(table).toContain(`| \`${entry.code}\` |`);
    expect(table).toMatch(/\| `InvalidPaymentMethod` \| Charge declined \|/);
    expect(table).toMatch(/\| `InvalidPaymentMethod` \| Setup, Charge \|/);
  });

  it('shows what Amazon Pay said apart from what the skill says, never the same words twice', () => {
    const rows = renderCustomerHearsTable()
      .split('\n')
      .filter((line) => line.startsWith('| `'));

    for (const row of rows) {
      const [, , amazonPaySays = '', skillSays = ''] = row.split(' | ');
      if (amazonPaySays.trim() !== '') expect(skillSays).toMatch(/^Nothing('s been| was) bought/);
    }
  });
});

describe('amazonPaySpeechFor', () => {
  it('paraphrases what Amazon Pay says for every code it voices, and nothing else', () => {
    for (const entry of errorCatalog) {
      const speech = amazonPaySpeechFor(entry.code, entry.context);

      if (entry.voicedByAmazonPay) expect(speech).toMatch(/^Amazon Pay /);
      else expect(speech).toBeUndefined();
    }
  });
});

describe('the benchmark figures (docs/performance.md)', () => {
  it('say how each ratio compares with its target', () => {
    expect(renderBenchFigures(root)).toMatch(/\d+\.\d{2}x \| at most 2x \|/);
  });
});

describe('the prompt keys renamed in 0.2 (docs/prompts.md)', () => {
  const page = read('docs/prompts.md');
  const renames = [
    ...page
      .slice(page.indexOf('## Renamed in 0.2'))
      .matchAll(/^\| `([\w.]+)` +\| `([\w.]+)` +\|$/gm),
  ].map(([, before = '', after = '']) => [before, after] as const);

  it('lead from a name that is gone to a key there is', () => {
    expect(renames.length).toBeGreaterThan(10);
    for (const [before, after] of renames) {
      expect(promptKeys).not.toContain(before);
      expect(promptKeys).toContain(after);
    }
  });

  it("include the sentence of Amazon Pay's two 500s, the one the override sample replaces", () => {
    expect(renames).toContainEqual(['error.tryLater', 'error.amazonPayUnavailable']);
    expect(page).toContain("'error.amazonPayUnavailable':");
  });
});
