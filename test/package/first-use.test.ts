import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// What the built package loads when a skill starts, and what it loads on first use, each run in
// a fresh process so that Node's own module loading is what is watched.
const root = join(__dirname, '..', '..');
const bundle = join(root, 'dist', 'bundle');

/** Runs a script in a fresh Node.js process and returns what it printed, as JSON. */
function run(script: string, format: 'commonjs' | 'module' = 'commonjs'): unknown {
  const child = spawnSync(process.execPath, ['--input-type', format, '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as unknown;
}

const cjsEntry = (entry: string) => JSON.stringify(join(bundle, entry));
const esmEntry = (entry: string) => JSON.stringify(pathToFileURL(join(bundle, entry)).href);

// The package's files a process has required so far, from the bundle folder.
const loadedFiles = `() => Object.keys(require.cache)
  .filter((file) => file.startsWith(${JSON.stringify(bundle)}))
  .map((file) => file.slice(${bundle.length + 1}).split('\\\\').join('/'))
  .sort()`;

const teaHouse = `{ merchantName: 'Tea House', tokenSecret: 'a secret of thirty-two characters', onError() {} }`;

/** The source modules a built file holds, from the comments that name them. */
const modulesIn = (file: string) =>
  [...readFileSync(join(bundle, file), 'utf8').matchAll(/^\/\/ src\/(.+)\.ts$/gm)].map(
    ([, module]) => module,
  );

describe('what a skill loads', () => {
  it('starts with the entry alone, which holds none of the payment path', () => {
    const loaded = run(
      `const { SkillBuilders } = require('ask-sdk-core');
       const loaded = ${loadedFiles};
       const root = require(${cjsEntry('index.js')});
       const middleware = root.createAmazonPayMiddleware(${teaHouse});
       const atStart = loaded();
       const skill = middleware.register(SkillBuilders.custom()).addRequestHandlers({
         canHandle: () => true,
         handle: (input) => input.responseBuilder.speak('Hello').getResponse(),
       }).create();
       const testing = require(${cjsEntry('testing/index.js')});
       const before = loaded();
       (async () => {
         await skill.invoke(testing.launchRequestEnvelope());
         // An in-skill purchase's answer is a Connections.Response too, but no payment.
         await skill.invoke(testing.connectionsResponseEnvelope({ name: 'Buy', payload: { purchaseResult: 'ACCEPTED' } }));
         console.log(JSON.stringify({ atStart, afterOtherRequests: loaded().filter((f) => !before.includes(f)) }));
       })();`,
    ) as { atStart: string[]; afterOtherRequests: string[] };

    expect(loaded.atStart).toEqual(['index.js']);
    expect(loaded.afterOtherRequests).toEqual([]);
    const atStart = loaded.atStart.flatMap(modulesIn);
    // A few modules that only payments need, by feature: none of them is read at start-up.
    for (const module of [
      'outcome/classify',
      'prompts/renderer',
      'prompts/i18n',
      'prompts/overrides',
      'attempts/attempt-store',
      'attempts/token-signer',
      'directives/validate-payload',
      'middleware/payment-response-handler',
      'middleware/log-event',
      'buyer-id/get-buyer-id',
    ])
      expect([module, atStart.includes(module)]).toEqual([module, false]);
    expect(atStart).toEqual(expect.arrayContaining(['middleware/options', 'middleware/gates']));
  });

  it('loads the payment path, the catalog and the prompts with the first payment, once for every entry point', () => {
    const run1 = run(
      `const { SkillBuilders } = require('ask-sdk-core');
       const loaded = ${loadedFiles};
       const root = require(${cjsEntry('index.js')});
       const testing = require(${cjsEntry('testing/index.js')});
       const skill = root.createAmazonPayMiddleware(${teaHouse})
         .register(SkillBuilders.custom()).addRequestHandlers({ canHandle: () => true, handle: (input) => input.responseBuilder.speak('Hello').getResponse() }).create();
       (async () => {
         const before = loaded();
         const answer = await skill.invoke(testing.amazonPayErrorEnvelope('Charge', 'InvalidSellerId'));
         console.log(JSON.stringify({ loaded: loaded().filter((f) => !before.includes(f)), speech: answer.response.outputSpeech.ssml,
           shared: root.errorCatalog.includes(root.lookupErrorCode('InvalidSellerId', 'charge')) }));
       })();`,
    );

    expect(run1).toEqual({
      loaded: ['data/error-catalog.js', 'data/prompt-tables.js', 'payment-path.js'],
      speech: expect.stringMatching(/Tea House/) as string,
      shared: true,
    });
  });

  it('exports from the CommonJS entry what the ES module entry exports, whatever file holds it', () => {
    const describe = `(root) => Object.fromEntries(Object.keys(root).filter((name) => name !== 'default').sort().map((name) =>
      [name, typeof root[name] === 'function' ? root[name].name : JSON.stringify(root[name])]))`;
    const fromCommonJs = run(
      `console.log(JSON.stringify((${describe})(require(${cjsEntry('index.js')}))));`,
    );
    const fromEsModule = run(
      `console.log(JSON.stringify((${describe})(await import(${esmEntry('esm/index.mjs')}))));`,
      'module',
    ) as Record<string, string>;

    expect(Object.keys(fromEsModule).length).toBeGreaterThan(30);
    expect(Object.values(fromEsModule)).not.toContain(undefined);
    expect(fromCommonJs).toEqual(fromEsModule);
  });

  it("gives the skill's own handler the outcome the middleware's interceptor classified", () => {
    const seen = run(
      `const { SkillBuilders } = require('ask-sdk-core');
       const root = require(${cjsEntry('index.js')});
       const testing = require(${cjsEntry('testing/index.js')});
       let first;
       const skill = root.createAmazonPayMiddleware(${teaHouse}).register(SkillBuilders.custom())
         .addRequestHandlers({
           canHandle: (input) => root.getPaymentOutcome(input)?.kind === 'success',
           handle: (input) => {
             first = root.getPaymentOutcome(input);
             return input.responseBuilder.speak('Thanks').getResponse();
           },
         }).create();
       const envelope = testing.chargeSuccessEnvelope();
       skill.invoke(envelope).then(() => console.log(JSON.stringify({
         kind: first.kind, operation: first.operation, same: first === root.getPaymentOutcome({ requestEnvelope: envelope }),
       })));`,
    );

    expect(seen).toEqual({ kind: 'success', operation: 'Charge', same: true });
  });
});

// Each check reads the exported class before anything is loaded on first use, and is given the
// error the package throws after that: the class is the one thrown, whatever loaded when.
const errorChecks = (root: string) => `
  const classes = {
    configuration: ${root}.AmazonPayConfigurationError,
    validation: ${root}.AmazonPayValidationError,
    persistence: ${root}.AmazonPayPersistenceError,
    buyerId: ${root}.AmazonPayBuyerIdError,
    fps: ${root}.AmazonPayFpsError,
  };
  const thrown = (make) => { try { make(); } catch (error) { return error; } };
  const rejected = (promise) => promise.then(() => undefined, (error) => error);
  const input = { requestEnvelope: { context: { System: { user: { userId: 'amzn1.ask.account.A' } } } } };
  const charge = { sellerId: 'A2SELLER', billingAgreementId: 'B01', paymentAction: 'AuthorizeAndCapture',
    authorizeAttributes: { authorizationReferenceId: 'order-1', authorizationAmount: { amount: '4.50', currencyCode: 'EUR' } } };
  const failing = { getAttributes: async () => ({}), saveAttributes: async () => { throw new Error('down'); } };
  const errors = {
    configuration: thrown(() => ${root}.createAmazonPayMiddleware({ merchantName: '' })),
    configurationOfPrompts: thrown(() => ${root}.createAmazonPayMiddleware({ merchantName: 'Tea House',
      prompts: { 'en-US': { 'error.unexpected': '<p>Sorry' } } })),
    validation: await rejected(${root}.createAmazonPayMiddleware(${teaHouse})
      .chargeDirective(input, { ...charge, sellerId: '' })),
    persistence: await rejected(${root}.createAmazonPayMiddleware({ ...${teaHouse}, persistenceAdapter: failing })
      .chargeDirective(input, charge)),
    buyerId: await rejected(${root}.getBuyerId(input)),
    fps: ${root}.amazonPayFpsErrorFrom({ code: 'AccountLimitsExceeded' }),
  };
  const kindOf = { configurationOfPrompts: 'configuration' };
  console.log(JSON.stringify(Object.fromEntries(Object.entries(errors).map(([name, error]) =>
    [name, error instanceof classes[kindOf[name] ?? name] && error.name === classes[kindOf[name] ?? name].name]))));`;

const allTrue = {
  configuration: true,
  configurationOfPrompts: true,
  validation: true,
  persistence: true,
  buyerId: true,
  fps: true,
};

describe('the exported error classes', () => {
  it('are the classes of the errors the CommonJS build throws', () => {
    const checks = run(
      `const root = require(${cjsEntry('index.js')});
       (async () => { ${errorChecks('root')} })();`,
    );

    expect(checks).toEqual(allTrue);
  });

  it('are the classes of the errors the ES module build throws', () => {
    const checks = run(
      `const root = await import(${esmEntry('esm/index.mjs')});
       ${errorChecks('root')}`,
      'module',
    );

    expect(checks).toEqual(allTrue);
  });
});
