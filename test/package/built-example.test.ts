import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalDynamo, type LocalDynamo } from '../../examples/demo-store/local/local-store';

// The built example imports the package by its name, as a skill would. Test tools load it
// with resolvers of their own that know node_modules folders but not package self-reference:
// a copy of the build with no package.json above it is resolved the same way.
const root = join(__dirname, '..', '..');
let copy: string;
let dynamo: LocalDynamo;
let tableName: string;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  tableName = (await dynamo.newOrderTable()).tableName;
  if (!existsSync(join(root, 'dist', 'examples'))) throw new Error('build first: npm run build');
  copy = mkdtempSync(join(tmpdir(), 'built-example-'));
  cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
  // The skill's own dependencies, installed as a skill project would have them.
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(async () => {
  rmSync(copy, { recursive: true, force: true });
  await dynamo.close();
});

describe('the built example', () => {
  it('loads and answers without package self-reference', async () => {
    // Asynchronously: the local table server answers from this process.
    const run = await promisify(execFile)(
      process.execPath,
      [
        '-e',
        `const { launchRequestEnvelope } = require('ask-sdk-amazon-pay-middleware/testing');
         require('./demo-store/src/index.js')
           .handler(launchRequestEnvelope())
           .then((answer) => console.log(answer.response.outputSpeech.ssml));`,
      ],
      {
        cwd: join(copy, 'dist', 'examples'),
        // The Lambda entry's own configuration, its table on a local server.
        env: {
          ...process.env,
          AMAZON_PAY_TOKEN_SECRET: 'a secret of thirty-two characters',
          AMAZON_PAY_SELLER_ID: 'A2EXAMPLESELLER',
          ORDERS_TABLE_NAME: tableName,
          AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'local',
          AWS_SECRET_ACCESS_KEY: 'local',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );

    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^<speak>.+<\/speak>\n$/);
  });
});
