// A process that loads ask-sdk-core and the package, and creates the middleware as a skill
// in production does: with a token secret and a log hook, so no start-up warning is timed.
require('ask-sdk-core');
require('ask-sdk-amazon-pay-middleware').createAmazonPayMiddleware({
  merchantName: 'Tea House',
  tokenSecret: 'a benchmark secret of 32 characters',
  onError: () => undefined,
});
