// The test environment of mutation runs (npm run mutate): a run stops at its first failing
// test. One failure is all Stryker needs to call a mutant killed, and jest cannot be told to
// bail inside a test file; without this, every killed mutant paid for all the tests that
// cover it, servers started in `beforeAll` included. Runs without a failure are untouched.
const { TestEnvironment } = require('jest-environment-node');

/** Marks every test not yet run as skipped; describe blocks left with none skip their hooks. */
function skipTestsNotRun(block) {
  for (const child of block.children) {
    if (child.type === 'describeBlock') skipTestsNotRun(child);
    else if (child.mode === undefined && child.status === null) child.mode = 'skip';
  }
}

class StopAtFirstFailure extends TestEnvironment {
  async handleTestEvent(event, state) {
    if (event.name === 'test_done' && event.test.errors.length > 0) {
      skipTestsNotRun(state.rootDescribeBlock);
    }
  }
}

module.exports = StopAtFirstFailure;
