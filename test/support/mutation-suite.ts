// Every suite that tests src logic, in one jest test file, for mutation runs only (npm run
// mutate): one module registry per mutant instead of one per suite makes each mutant several
// times cheaper. The suites that test the built package, the docs and the example stay out.
// A mutation run stops at its first failing test (see mutation-environment.js), so the quick
// suites that kill the most come first and those that start servers or generate cases last.
import '../middleware-outcomes.test';
import '../response-paths.test';
import '../classify.test';
import '../lookup.test';
import '../resends.test';
import '../retry-paths.test';
import '../middleware-errors.test';
import '../error-paths.test';
import '../middleware-permissions.test';
import '../middleware-options.test';
import '../option-checks.test';
import '../middleware-log.test';
import '../middleware-hostile.test';
import '../follow-ups.test';
import '../tokens.test';
import '../attempt-tokens.test';
import '../validation.test';
import '../catalog.test';
import '../prompt-renderer.test';
import '../locales.test';
import '../check.test';
import '../fixtures-in-a-skill.test';
import '../buyer-id.test';
import '../fuzz.test';
import '../persistence.test';
