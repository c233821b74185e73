import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? filesUnder(join(folder, item.name)) : [join(folder, item.name)],
  );
}

describe('the test folder', () => {
  it('holds only suites jest runs (*.test.ts) and helpers under test/support', () => {
    const root = join(__dirname, '..');
    const stray = filesUnder(__dirname)
      .map((file) => relative(root, file))
      .filter((file) => !file.endsWith('.test.ts') && !file.startsWith(join('test', 'support')));

    expect(stray).toEqual([]);
  });
});
