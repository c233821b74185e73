import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import express from 'express';
import { localSettings } from './local/local-settings';
import { startLocalDynamo } from './local/local-store';
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

export interface Serving {
  readonly server: Server;
  readonly url: string;
  /** Stops the server and the local order store. */
  close(): Promise<void>;
}

/** The explanation of a port that cannot be listened on, with the way out. */
function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE')
    return new Error(
      `Port ${port} on 127.0.0.1 is taken: another program (perhaps another npm run serve) listens there. Stop it, or choose another port: npm run serve -- --port ${port + 1}`,
    );
  if (error.code === 'EACCES')
    return new Error(
      `Port ${port} needs privileges this user does not have. Choose a port above 1023: npm run serve -- --port 3000`,
    );
  return error;
}

/**
 * Serves the demo skill over HTTP on 127.0.0.1, behind ask-sdk-express-adapter, so that any
 * HTTP client can POST request envelopes to it. Orders go to a local in-memory table; payments
 * to the Amazon Pay sandbox, with the local settings unless AMAZON_PAY_* variables say otherwise.
 */
export async function serve(options: ServeOptions = {}): Promise<Serving> {
  const verify = options.verify ?? true;
  const port = options.port ?? 3000;
  const dynamo = await startLocalDynamo();
  const { skill } = createDemoStore({
    sellerId: process.env.AMAZON_PAY_SELLER_ID || localSettings.sellerId,
    sandboxEmail: process.env.AMAZON_PAY_SANDBOX_EMAIL || localSettings.sandboxEmail,
    tokenSecret: process.env.AMAZON_PAY_TOKEN_SECRET || localSettings.tokenSecret,
    orders: await dynamo.newOrderTable(),
  });
  const app = express();
  // No body parser before the adapter: it reads the raw body to check the signature.
  app.post('/', ...new ExpressAdapter(skill, verify, verify).getRequestHandlers());
  try {
    const server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(port, '127.0.0.1', (error?: Error) =>
        error === undefined ? resolve(listening) : reject(listenError(error, port)),
      );
    });
    return {
      server,
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      async close() {
        await new Promise((resolve) => server.close(resolve));
        await dynamo.close();
      },
    };
  } catch (error) {
    await dynamo.close();
    throw error;
  }
}

const usage = `npm run serve -- [--port <port>] [--no-verify]

Serves the Tea House demo skill on 127.0.0.1 (port 3000 unless --port says otherwise), with
its orders in a local in-memory table and payments in the Amazon Pay sandbox. Alexa's signature
and timestamp checks are on; --no-verify turns them off, for local testing only.`;

/** The command line of `npm run serve`. Resolves once the server listens; returns the exit code. */
export async function main(
  args: readonly string[],
  write: (text: string) => void = console.log,
  fail: (text: string) => void = console.error,
): Promise<number> {
  const portAt = args.indexOf('--port');
  const port = portAt < 0 ? 3000 : Number(args[portAt + 1]);
  if (args.includes('--help')) {
    write(usage);
    return 0;
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`--port takes a number from 0 to 65535.\n\n${usage}`);
    return 2;
  }
  const verify = !args.includes('--no-verify');
  try {
    const { url } = await serve({ port, verify });
    write(
      `Tea House listens on ${url} (process ${process.pid}; signature and timestamp checks ${verify ? 'on' : 'OFF: local use only'})`,
    );
    return 0;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    if (code !== 0) process.exit(code);
  });
}
