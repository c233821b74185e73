// jest-circus for mutation runs (npm run mutate), with the test name pattern anchored.
//
// For each mutant, Stryker runs the tests that cover it by passing their full names to jest
// as one pattern, `(name one)|(name two)|...`, often a hundred or more. jest-circus searches
// that pattern anywhere in the name of every test, several times per test, so an unanchored
// alternation of a hundred long names cost about a second per mutant, more than the tests
// themselves. Anchored at both ends it selects exactly the same tests (Stryker gives whole
// names) and the engine rejects a name at its first characters.
//
// The file name keeps "jest-circus" in it: Stryker's per-test coverage analysis requires it.
const circus = require('jest-circus/runner');

const runCircus = circus.default ?? circus;

module.exports = function runWithExactNames(globalConfig, ...rest) {
  const pattern = globalConfig.testNamePattern;
  const anchored = pattern
    ? { ...globalConfig, testNamePattern: `^(?:${pattern})$` }
    : globalConfig;
  return runCircus(anchored, ...rest);
};
