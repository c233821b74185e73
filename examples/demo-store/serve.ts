import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import express from 'express';
import { createDemoStore } from './src/skill';

export interface ServeOptions {
  /** The port on 127.0.0.1; 0 picks a free one. Default 3000. */
  readonly port?: number;
  /**
   * Whether Alexa's request signature and timestamp are checked. Default true: only turn it
   * off for local testing with curl or test tools.
   */
  readonly verify?: boolean;
}

/**
 * Serves the demo skill over HTTP on 127.0.0.1, behind ask-sdk-express-adapter, so that any
 * HTTP client can POST request envelopes to it.
 */
export async function serve(options: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const verify = options.verify ?? true;
  const { skill } = createDemoStore({
    tokenSecret: process.env.AMAZON_PAY_TOKEN_SECRET,
    sellerId: process.env.AMAZON_PAY_SELLER_ID,
  });
  const app = express();
  // No body parser before the adapter: it reads the raw body to check the signature.
  app.post('/', ...new ExpressAdapter(skill, verify, verify).getRequestHandlers());
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(options.port ?? 3000, '127.0.0.1', () => resolve(listening));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

const usage = `npm run serve -- [--port <port>] [--no-verify]

Serves the Tea House demo skill on 127.0.0.1. Alexa's signature and timestamp checks are on;
--no-verify turns them off, for local testing only.`;

if (require.main === module) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt < 0 ? 3000 : Number(args[portAt + 1]);
  if (args.includes('--help') || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.log(usage);
    process.exitCode = args.includes('--help') ? 0 : 2;
  } else {
    const verify = !args.includes('--no-verify');
    void serve({ port, verify }).then(({ url }) => {
      console.log(
        `Tea House listens on ${url} (signature and timestamp checks ${verify ? 'on' : 'OFF: local use only'})`,
      );
    });
  }
}
