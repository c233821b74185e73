/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // One suffix for every suite: test/guard.test.ts fails when a file under test/ would be skipped.
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  // Examples import the package by its name, as a skill would.
  moduleNameMapper: {
    '^ask-sdk-amazon-pay-middleware$': '<rootDir>/src/index.ts',
    '^ask-sdk-amazon-pay-middleware/testing$': '<rootDir>/src/testing/index.ts',
    '^ask-sdk-amazon-pay-middleware/check$': '<rootDir>/src/check/index.ts',
  },
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageThreshold: {
    global: { statements: 90, branches: 85, functions: 90, lines: 90 },
  },
};
