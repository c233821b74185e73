// Every suite that tests src logic, in one jest test file, for mutation runs only (npm run
// mutate): one module registry per mutant instead of one per suite makes each mutant several
// times cheaper. The suites that test the built package, the docs and the example stay out.
import '../buyer-id.test';
import '../catalog.test';
import '../check.test';
import '../classify.test';
import '../fixtures-in-a-skill.test';
import '../follow-ups.test';
import '../fuzz.test';
import '../locales.test';
import '../lookup.test';
import '../middleware-errors.test';
import '../middleware-hostile.test';
import '../middleware-log.test';
import '../middleware-options.test';
import '../middleware-outcomes.test';
import '../middleware-permissions.test';
import '../persistence.test';
import '../prompt-renderer.test';
import '../resends.test';
import '../tokens.test';
import '../validation.test';
