// A process that loads ask-sdk-core and the package, and creates the middleware.
require('ask-sdk-core');
require('ask-sdk-amazon-pay-middleware').createAmazonPayMiddleware({ merchantName: 'Tea House' });
