// Jest for mutation runs (npm run mutate): transpile only, since types are checked by tsc in
// npm test, and without the suites that test the built package, the docs or the example
// skill: they kill no mutant the unit and middleware suites do not, and every mutant would
// pay for them.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.mutation.json' }],
  },
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/package-entry-points.test.ts',
    '<rootDir>/test/readme-samples.test.ts',
    '<rootDir>/test/guard.test.ts',
    '<rootDir>/test/serve.test.ts',
    '<rootDir>/test/docs.test.ts',
    '<rootDir>/test/demo-store.test.ts',
    '<rootDir>/test/prompt-concurrency.test.ts',
  ],
  setupFiles: ['<rootDir>/test/support/mutation-setup.js'],
  coverageThreshold: undefined,
  collectCoverage: false,
};
