import { combinedScore, mutatePatterns } from '../../scripts/mutation-parts';

const reportOf = (files: Record<string, readonly string[]>) => ({
  files: Object.fromEntries(
    Object.entries(files).map(([name, statuses]) => [
      name,
      { mutants: statuses.map((status) => ({ status })) },
    ]),
  ),
});

describe('mutation testing in parts', () => {
  it('adds parts up as one run would, counting only what Stryker counts', () => {
    const score = combinedScore([
      reportOf({ 'src/a.ts': ['Killed', 'Survived', 'Timeout', 'CompileError'] }),
      reportOf({ 'src/b.ts': ['NoCoverage', 'Killed', 'RuntimeError', 'Ignored'] }),
    ]);

    expect(score).toEqual({ detected: 3, undetected: 2, score: 60 });
  });

  it('counts a file reported by two parts once, as the later report says', () => {
    const score = combinedScore([
      reportOf({ 'src/a.ts': ['Survived', 'Survived'] }),
      reportOf({ 'src/a.ts': ['Killed', 'Killed'] }),
    ]);

    expect(score).toEqual({ detected: 2, undetected: 0, score: 100 });
  });

  it('keeps the exclusions of the configuration in every part', () => {
    expect(
      mutatePatterns('catalog', ['src/**/*.ts', '!src/index.ts', '!src/catalog/types.ts']),
    ).toBe('src/catalog/**/*.ts,!src/index.ts,!src/catalog/types.ts');
    expect(mutatePatterns('top', ['src/**/*.ts', '!src/index.ts'])).toBe('src/*.ts,!src/index.ts');
  });
});
