#!/usr/bin/env node
// The command line: npx ask-sdk-amazon-pay-middleware check [skill-package-folder]
process.exitCode = require('../dist/bundle/check/index.js').main(process.argv.slice(2));
