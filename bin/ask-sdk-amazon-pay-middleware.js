#!/usr/bin/env node
// The command line: npx ask-sdk-amazon-pay-middleware check [folder]
const { version } = require('../package.json');
process.exitCode = require('../dist/bundle/check/index.js').main(process.argv.slice(2), undefined, {
  version,
});
