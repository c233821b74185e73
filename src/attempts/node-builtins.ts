import type * as Crypto from 'node:crypto';
import type * as Zlib from 'node:zlib';

// Loaded with the first token rather than at start-up: node:zlib pulls in streams, and both
// cost milliseconds of cold start that requests other than payments never need.
let crypto: typeof Crypto | undefined;
let zlib: typeof Zlib | undefined;

export function nodeCrypto(): typeof Crypto {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  crypto ??= require('node:crypto') as typeof Crypto;
  return crypto;
}

export function nodeZlib(): typeof Zlib {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  zlib ??= require('node:zlib') as typeof Zlib;
  return zlib;
}
