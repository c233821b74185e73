import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';
import type { DynamoDbPersistenceAdapter } from 'ask-sdk-dynamodb-persistence-adapter';
import type { DynamoDB } from 'aws-sdk';
import type { RequestEnvelope } from 'ask-sdk-model';
import { launchRequestEnvelope, testUserId } from '../../src/testing';
import {
  buy,
  chargeInput,
  directiveOf,
  errorAnswerTo,
  storeSkill,
  successAnswerTo,
} from '../support/payment-skill';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf } from '../support/skill';

process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';

// A real DynamoDB stand-in on 127.0.0.1 and the real ASK DynamoDB persistence adapter, loaded
// only when these tests run (the AWS SDK alone takes a fifth of a second to load).
const tableName = 'tea-house-skill';
let server: Server;
let client: DynamoDB;
let adapter: DynamoDbPersistenceAdapter;
let newAdapter: () => DynamoDbPersistenceAdapter;

const startDynamoDb = async () => {
  const [{ default: dynalite }, { DynamoDB: Client }, { DynamoDbPersistenceAdapter: Adapter }] =
    await Promise.all([
      import('dynalite'),
      import('aws-sdk'),
      import('ask-sdk-dynamodb-persistence-adapter'),
    ]);
  server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  client = new Client({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  await client
    .createTable({
      TableName: tableName,
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
    })
    .promise();
  await client.waitFor('tableExists', { TableName: tableName }).promise();
  newAdapter = () => new Adapter({ tableName, createTable: false, dynamoDBClient: client });
  adapter = newAdapter();
};

const items = async () => (await client.scan({ TableName: tableName }).promise()).Items ?? [];
const itemCount = async () => (await items()).length;
const customer = launchRequestEnvelope() as RequestEnvelope;
// Generous for a local server on a busy machine: these tests are about records, not speed.
const persistenceTimeoutMs = 2000;

describe('resends through ASK’s DynamoDB persistence adapter', () => {
  beforeAll(startDynamoDb);
  afterAll(async () => {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections(); // the AWS SDK keeps its connections alive
    await closed;
  });

  it('keep the payload in an item of their own and only its id in the token', async () => {
    await adapter.saveAttributes(customer, { favouriteTea: 'sencha' });
    const before = await itemCount();
    const store = storeSkill({ persistenceAdapter: adapter, persistenceTimeoutMs });

    const sent = directiveOf(await store.invoke(buy()));

    expect(await itemCount()).toBe(before + 1);
    expect(sent.token.length).toBeLessThan(300);
    expect(
      inflateRawSync(Buffer.from(sent.token.split('.')[1] ?? '', 'base64url')).toString(),
    ).not.toContain('order-0001');
    expect(await adapter.getAttributes(customer)).toEqual({ favouriteTea: 'sencha' });
  });

  it('resend the identical directive from another container', async () => {
    const first = storeSkill({ persistenceAdapter: adapter, persistenceTimeoutMs });
    const second = storeSkill({ persistenceAdapter: newAdapter(), persistenceTimeoutMs });
    const sent = directiveOf(await first.invoke(buy()));

    const resent = directiveOf(await second.invoke(errorAnswerTo(sent, 'ServiceUnavailable')));

    expect(JSON.stringify(resent.payload)).toBe(JSON.stringify(sent.payload));
    expect(resent.payload?.authorizeAttributes).toMatchObject({
      authorizationReferenceId: chargeInput.authorizeAttributes.authorizationReferenceId,
    });
  });

  it('let go of the item once the attempt is over, and never of the customer attributes', async () => {
    await adapter.saveAttributes(customer, { favouriteTea: 'sencha' });
    const store = storeSkill({ persistenceAdapter: adapter, persistenceTimeoutMs });
    const before = await itemCount();
    const sent = directiveOf(await store.invoke(buy()));
    const resent = directiveOf(await store.invoke(errorAnswerTo(sent, 'InternalServerError')));
    expect(await itemCount()).toBe(before + 1);

    await store.invoke(
      successAnswerTo(resent, {
        amazonOrderReferenceId: 'S01',
        authorizationDetails: { authorizationStatus: { state: 'Closed' } },
      }),
    );
    // The delete is started, not awaited, by the answer: give the local server a moment.
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(await itemCount()).toBe(before);
    expect(await adapter.getAttributes(customer)).toEqual({ favouriteTea: 'sencha' });
    expect(customer.context.System.user.userId).toBe(testUserId);
  });

  it('speak the prompt when the item is gone', async () => {
    const store = storeSkill({ persistenceAdapter: adapter, persistenceTimeoutMs });
    const sent = directiveOf(await store.invoke(buy()));
    await store.invoke(errorAnswerTo(sent, 'InvalidSellerId')); // over: the item is deleted
    await new Promise((resolve) => setTimeout(resolve, 200));

    const response = await store.invoke(errorAnswerTo(sent, 'InternalServerError'));

    expect(response.response.directives).toBeUndefined();
    expect(ssmlOf(response)).toBe(expectedSpeech('en-US', 'error.amazonPayUnavailable'));
  });

  it('write the expiry inside the item’s attributes map, where DynamoDB’s TTL cannot read it', async () => {
    const store = storeSkill({ persistenceAdapter: adapter, persistenceTimeoutMs });
    const sent = directiveOf(await store.invoke(buy()));
    const recordId = (
      JSON.parse(
        inflateRawSync(Buffer.from(sent.token.split('.')[1] ?? '', 'base64url')).toString(),
      ) as {
        record: string;
      }
    ).record;

    const item = (await items()).find((each) => each.id?.S?.endsWith(recordId));

    expect(item?.expiresAt).toBeUndefined();
    expect(item?.attributes?.M?.expiresAt?.N).toMatch(/^\d{10}$/);
  });
});
