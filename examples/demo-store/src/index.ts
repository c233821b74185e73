import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { OrderTable } from './orders/order-table';
import { settingsFromEnvironment } from './settings';
import { createDemoStore } from './skill';

const settings = settingsFromEnvironment(process.env);
// Alexa waits about eight seconds for an answer: a slow table must fail well before that.
const client = new DynamoDBClient({
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 1000, requestTimeout: 2500 },
});
const { skill } = createDemoStore({
  ...settings,
  orders: new OrderTable(client, settings.tableName),
});

/** The Lambda entry point, in the async form current Node.js runtimes require. */
export const handler = async (
  event: RequestEnvelope,
  context?: unknown,
): Promise<ResponseEnvelope> => skill.invoke(event, context);
