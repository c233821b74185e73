// A process that starts as with-middleware.js does, then times its first payment requests:
// what it pays on first use for the code and tables it did not load at start-up.
const { SkillBuilders } = require('ask-sdk-core');
const { createAmazonPayMiddleware } = require('ask-sdk-amazon-pay-middleware');
const {
  amazonPayErrorEnvelope,
  launchRequestEnvelope,
} = require('ask-sdk-amazon-pay-middleware/testing');

const middleware = createAmazonPayMiddleware({
  merchantName: 'Tea House',
  tokenSecret: 'a benchmark secret of 32 characters',
  onError: () => undefined,
});
const charge = {
  sellerId: 'A2SELLER',
  billingAgreementId: 'B01-0000000-0000000',
  paymentAction: 'AuthorizeAndCapture',
  authorizeAttributes: {
    authorizationReferenceId: 'order-1',
    authorizationAmount: { amount: '4.50', currencyCode: 'EUR' },
  },
};
const skill = middleware
  .register(SkillBuilders.custom())
  .addRequestHandlers({
    canHandle: () => true,
    handle: async (input) =>
      input.responseBuilder
        .addDirective(await middleware.chargeDirective(input, charge))
        .getResponse(),
  })
  .create();

const timed = async (envelope) => {
  const started = process.hrtime.bigint();
  await skill.invoke(envelope);
  return Number(process.hrtime.bigint() - started) / 1e6;
};

void (async () => {
  const paymentError = () =>
    amazonPayErrorEnvelope('Charge', 'InvalidSellerId', {}, { locale: 'de-DE' });
  const launch = launchRequestEnvelope({ locale: 'de-DE' });
  const error = await timed(paymentError());
  const directive = await timed(launch);
  const second = await timed(paymentError());
  process.stdout.write(JSON.stringify({ error, directive, second }));
})();
