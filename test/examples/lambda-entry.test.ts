import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { intentRequestEnvelope, launchRequestEnvelope } from '../../src/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  environmentVariables,
  settingsFromEnvironment,
} from '../../examples/demo-store/src/settings';
import { directiveOf, localOrderStore, spoken } from '../support/demo-store';

const { dynamo } = localOrderStore();
const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
});

type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

/** The Lambda entry loaded afresh, as a new container would, with these variables. */
async function lambdaWith(variables: Record<string, string>): Promise<Handler> {
  const table = await dynamo().newOrderTable();
  const endpoint = await dynamo().client.config.endpoint?.();
  process.env = {
    ...saved,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: `${endpoint?.protocol}//${endpoint?.hostname}:${endpoint?.port}`,
    ORDERS_TABLE_NAME: table.tableName,
    ...variables,
  };
  let handler: Handler | undefined;
  await jest.isolateModulesAsync(async () => {
    ({ handler } = await import('../../examples/demo-store/src/index'));
  });
  return handler as Handler;
}

describe('the Lambda entry', () => {
  it('stops at start-up without a seller id or a table, naming what to set', () => {
    expect(() => settingsFromEnvironment({})).toThrow(
      'Tea House cannot start: set AMAZON_PAY_SELLER_ID (your Amazon Pay merchant id) and ORDERS_TABLE_NAME (the DynamoDB table of orders).',
    );
    expect(() =>
      settingsFromEnvironment({ ORDERS_TABLE_NAME: 'orders', AMAZON_PAY_SELLER_ID: ' ' }),
    ).toThrow(
      /^Tea House cannot start: set AMAZON_PAY_SELLER_ID \(your Amazon Pay merchant id\)\.$/,
    );
  });

  it('refuses to load without AMAZON_PAY_SELLER_ID', async () => {
    await expect(lambdaWith({ AMAZON_PAY_SELLER_ID: '' })).rejects.toThrow(
      /set AMAZON_PAY_SELLER_ID/,
    );
  });

  it('answers as an async handler, its orders in the configured table, payments live by default', async () => {
    const handler = await lambdaWith({
      AMAZON_PAY_SELLER_ID: 'A2SELLER',
      AMAZON_PAY_TOKEN_SECRET: 'a-secret-of-sixteen-plus',
    });

    const welcome = await handler(launchRequestEnvelope({ locale: 'ja-JP' }), {});
    const bought = await handler(intentRequestEnvelope('BuyIntent', { consent: 'GRANTED' }), {});

    expect(spoken(welcome)).toMatch(/^いらっしゃいませ。ティーハウスへようこそ。/);
    expect(directiveOf(bought)?.payload).toMatchObject({ sellerId: 'A2SELLER' });
    expect(directiveOf(bought)?.payload).not.toHaveProperty('sandboxMode');
  });

  it('goes to the sandbox only when AMAZON_PAY_SANDBOX_EMAIL names its test buyer', async () => {
    const handler = await lambdaWith({
      AMAZON_PAY_SELLER_ID: 'A2SELLER',
      AMAZON_PAY_SANDBOX_EMAIL: 'buyer@example.com',
    });

    const bought = await handler(intentRequestEnvelope('BuyIntent', { consent: 'GRANTED' }), {});

    expect(directiveOf(bought)?.payload).toMatchObject({
      sandboxMode: true,
      sandboxCustomerEmailId: 'buyer@example.com',
    });
  });
});

describe('the deployment docs', () => {
  const root = join(__dirname, '..', '..');

  it.each(['examples/demo-store/README.md', 'docs/deploying.md'])(
    '%s name every variable the entry reads, the key of the table and its TTL attribute',
    (file) => {
      const text = readFileSync(join(root, file), 'utf8');

      for (const name of Object.values(environmentVariables)) expect(text).toContain(`\`${name}\``);
      expect(text).toMatch(/partition\s+key\s+`id`,?\s+(of\s+)?type\s+String/);
      expect(text).toMatch(/Time\s+to\s+Live\s+for\s+the\s+attribute\s+\**`expiresAt`/);
    },
  );
});
