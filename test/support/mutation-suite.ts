// Every suite that tests src logic, in one jest test file, for mutation runs only (npm run
// mutate): one module registry per mutant instead of one per suite makes each mutant several
// times cheaper. The suites that test the built package, the docs and the example stay out.
// A mutation run stops at its first failing test (see mutation-environment.js), so the quick
// suites that kill the most come first and those that start servers or generate cases last.
import '../middleware/middleware-outcomes.test';
import '../middleware/response-paths.test';
import '../outcome/classify.test';
import '../outcome/padded-codes.test';
import '../catalog/lookup.test';
import '../errors/guards.test';
import '../attempts/decide-next-step.test';
import '../attempts/attempt-store.test';
import '../attempts/resends.test';
import '../attempts/voice-code-offer.test';
import '../attempts/record-deletion.test';
import '../middleware/unconfirmed-charge.test';
import '../middleware/middleware-errors.test';
import '../middleware/error-paths.test';
import '../middleware/error-claims.test';
import '../middleware/middleware-permissions.test';
import '../middleware/middleware-options.test';
import '../middleware/option-checks.test';
import '../middleware/middleware-log.test';
import '../middleware/log-bounds.test';
import '../middleware/middleware-hostile.test';
import '../middleware/follow-ups.test';
import '../attempts/token-signer.test';
import '../directives/payment-directives.test';
import '../directives/validation.test';
import '../directives/resend-check.test';
import '../catalog/catalog.test';
import '../catalog/prompt-keys.test';
import '../prompts/prompt-renderer.test';
import '../prompts/merchant-names.test';
import '../prompts/locales.test';
import '../prompts/sentences.test';
import '../prompts/overrides.test';
import '../check/check.test';
import '../check/layouts.test';
import '../check/manifest-mistakes.test';
import '../check/package-boundary.test';
import '../check/certification.test';
import '../check/cli.test';
import '../check/seller-name.test';
import '../check/example-phrases.test';
import '../check/model-findings.test';
import '../check/cli-arguments.test';
import '../check/cli-output.test';
import '../testing/fixtures-in-a-skill.test';
import '../testing/play-purchase.test';
import '../buyer-id/buyer-id.test';
import '../buyer-id/buyer-id-limits.test';
import '../middleware/fuzz.test';
import '../attempts/time-limit.test';
import '../attempts/dynamodb.test';
