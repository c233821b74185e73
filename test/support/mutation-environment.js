// The test environment of mutation runs (npm run mutate): a run stops at its first failing
// test. One failure is all Stryker needs to call a mutant killed, and jest cannot be told to
// bail inside a test file; without this, every killed mutant paid for all the tests that
// cover it, servers started in `beforeAll` included. Runs without a failure are untouched.
//
// It also refuses a test whose name holds a temporary folder's path or the sandbox's (as an
// error's stack does): Stryker finds the tests that cover a mutant by their names, so a name that
// changes from one process or run to the next is not found again, and the mutants only it kills
// count as survivors.
const { realpathSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, sep } = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

// As they begin a path (with the separator); never the root, which begins every path.
const changingFolders = [...new Set([tmpdir(), realpathSync(tmpdir()), process.cwd()])]
  .filter((folder) => dirname(folder) !== folder)
  .map((folder) => folder + sep);

/** Marks every test not yet run as skipped; describe blocks left with none skip their hooks. */
function skipTestsNotRun(block) {
  for (const child of block.children) {
    if (child.type === 'describeBlock') skipTestsNotRun(child);
    else if (child.mode === undefined && child.status === null) child.mode = 'skip';
  }
}

class StopAtFirstFailure extends TestEnvironment {
  handleTestEvent(event, state) {
    const named = event.name === 'add_test' ? event.testName : event.blockName;
    if (
      (event.name === 'add_test' || event.name === 'start_describe_definition') &&
      typeof named === 'string' &&
      changingFolders.some((folder) => named.includes(folder))
    )
      throw new Error(
        `A test name must be the same in every run; this one holds a folder that changes: ${named}`,
      );
    if (event.name === 'test_done' && event.test.errors.length > 0) {
      skipTestsNotRun(state.rootDescribeBlock);
    }
  }
}

module.exports = StopAtFirstFailure;
