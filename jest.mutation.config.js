// Jest for mutation runs (npm run mutate): transpile only, since types are checked by tsc in
// npm test, and every suite of src logic in one test file (test/support/mutation-suite.ts),
// without those that test the built package, the docs or the example skill: they kill no
// mutant the others do not, and every mutant would pay for them.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.mutation.json' }],
  },
  // One file that imports every suite of src logic (see test/support/mutation-suite.ts).
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/support/mutation-suite.ts'],
  setupFiles: ['<rootDir>/test/support/mutation-setup.js'],
  // Stops at the first failing test (see the file).
  testEnvironment: require.resolve('./test/support/mutation-environment.js'),
  // Selects the tests Stryker names for a mutant without scanning every name (see the file).
  testRunner: '<rootDir>/test/support/jest-circus-exact-names.js',
  // In band: a worker pool per mutant would cost more than the tests.
  maxWorkers: 1,
  coverageThreshold: undefined,
  collectCoverage: false,
};
