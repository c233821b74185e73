import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCatalog } from '../../src';
import { amazonPaySpeechFor } from '../../src/testing';
import {
  renderCustomerHearsTable,
  withCustomerHearsTable,
} from '../../scripts/customer-hears-table';
import { renderErrorCodesMarkdown } from '../../scripts/error-codes-doc';
import { withTokenSizes } from '../../scripts/token-sizes';
import { benchedMajors, renderBenchFigures, withBenchFigures } from '../../scripts/bench-figures';

const read = (file: string) => readFileSync(join(__dirname, '..', '..', file), 'utf8');

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

describe("the README's table of what the customer hears", () => {
  it('is what `npm run docs` generates from the catalog and the prompts today', () => {
    const readme = read('README.md');

    expect(readme).toBe(withCustomerHearsTable(readme));
  });

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
      if (amazonPaySays.trim() !== '') expect(skillSays).toMatch(/^Nothing (was|has been) bought/);
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

describe("the README's token sizes", () => {
  it('are what `npm run docs` measures today', async () => {
    const readme = read('README.md');

    expect(readme).toBe(await withTokenSizes(readme));
  });
});

describe("docs/performance.md's benchmark figures", () => {
  it('are those of bench/results/, for every runtime', () => {
    const page = read('docs/performance.md');

    expect(page).toBe(withBenchFigures(page, join(__dirname, '..', '..')));
    for (const major of benchedMajors) expect(page).toMatch(new RegExp(`- Node\\.js v${major}\\.`));
    expect(renderBenchFigures(join(__dirname, '..', '..'))).toMatch(
      /\| at most 1\.5x \| \d+\.\d{3}x/,
    );
  });
});
