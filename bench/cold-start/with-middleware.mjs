// An ES module skill's start: ask-sdk-core and the package's ES module build imported, the
// middleware created with a token secret and a log hook.
import 'ask-sdk-core';
import { createAmazonPayMiddleware } from 'ask-sdk-amazon-pay-middleware';

createAmazonPayMiddleware({
  merchantName: 'Tea House',
  tokenSecret: 'a benchmark secret of 32 characters',
  onError: () => undefined,
});
