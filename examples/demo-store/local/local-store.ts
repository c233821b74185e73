import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { OrderTable } from '../src/orders/order-table';
import { orderTableSchema } from './order-table-schema';

/** A DynamoDB-compatible server in this process, in memory, on 127.0.0.1. */
export interface LocalDynamo {
  readonly client: DynamoDBClient;
  /** Where the server listens, as an AWS SDK endpoint (`http://127.0.0.1:<port>`). */
  readonly endpoint: string;
  /** A new, empty orders table on this server. */
  newOrderTable(): Promise<OrderTable>;
  close(): Promise<void>;
}

let tables = 0;

/**
 * Starts dynalite for `npm start`, `npm run serve` and the tests, so that the shop keeps its
 * orders the way it does in Lambda, with nothing to install or configure.
 */
export async function startLocalDynamo(): Promise<LocalDynamo> {
  // Local runs on Node 20 need no reminder that later SDK releases want Node 22.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const server: Server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    client,
    endpoint,
    async newOrderTable() {
      tables += 1;
      const tableName = `tea-house-orders-${tables}`;
      await client.send(new CreateTableCommand(orderTableSchema(tableName)));
      await waitUntilTableExists(
        { client, minDelay: 1, maxDelay: 1, maxWaitTime: 10 },
        { TableName: tableName },
      );
      return new OrderTable(client, tableName);
    },
    async close() {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
