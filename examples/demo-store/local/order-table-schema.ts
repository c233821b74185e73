import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The orders table: partition key `id` (a string), billed per request. Its TTL attribute is
 * `expiresAt` (seconds since the epoch); turn TTL on for it when deploying.
 */
export const orderTableSchema = (tableName: string): CreateTableCommandInput => ({
  TableName: tableName,
  AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  BillingMode: 'PAY_PER_REQUEST',
});
