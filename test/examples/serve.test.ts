import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectionsResponseEnvelope, launchRequestEnvelope } from '../../src/testing';
import { main, serve, type Serving } from '../../examples/demo-store/serve';

const root = join(__dirname, '..', '..');
const example = join(root, 'examples', 'demo-store');
const serving: Serving[] = [];
const folders: string[] = [];

afterAll(async () => {
  await Promise.all(serving.map((each) => each.close()));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function started(verify: boolean): Promise<Serving> {
  const each = await serve({ port: 0, verify });
  serving.push(each);
  return each;
}

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/** A port nothing listens on once this returns (the listener is closed again). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('npm run serve', () => {
  it('checks signatures by default: a plain POST is refused', async () => {
    const { url } = await started(true);

    const { status, text } = await post(url, launchRequestEnvelope());

    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(status).toBe(400);
    expect(text).toMatch(/certificate|signature/i);
  });

  it('answers a POSTed envelope when the checks are turned off explicitly', async () => {
    const { url } = await started(false);

    const { status, text } = await post(url, launchRequestEnvelope({ locale: 'de-DE' }));

    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({
      version: '1.0',
      response: {
        outputSpeech: { type: 'SSML', ssml: expect.stringContaining('Willkommen im Tea House') },
      },
    });
  });

  it('answers an in-skill purchase result without a session, as virtual-alexa sends it', async () => {
    const { url } = await started(false);
    const envelope = connectionsResponseEnvelope(
      { name: 'Buy', payload: { purchaseResult: 'ACCEPTED', productId: 'amzn1.adg.product.x' } },
      { withSession: false },
    );

    const { status, text } = await post(url, envelope);

    expect(status).toBe(200);
    expect(JSON.parse(text).response.outputSpeech.ssml).toMatch(/^<speak>Sorry, I can/);
  });

  it("answers the README's fixture with a Setup directive", async () => {
    const { url } = await started(false);
    const fixture: unknown = JSON.parse(
      readFileSync(join(example, 'fixtures', 'buy-tea-de-DE.json'), 'utf8'),
    );

    const { status, text } = await post(url, fixture);

    expect(status).toBe(200);
    expect(JSON.parse(text).response.directives).toEqual([
      expect.objectContaining({ type: 'Connections.SendRequest', name: 'Setup' }),
    ]);
  });

  it('says when the port is taken, and how to choose another', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()));
    const { port } = busy.address() as AddressInfo;
    const out: string[] = [];
    const err: string[] = [];

    try {
      const code = await main(
        ['--port', String(port), '--no-verify'],
        (t) => void out.push(t),
        (t) => void err.push(t),
      );

      expect(code).toBe(1);
      expect(out).toEqual([]);
      expect(err).toEqual([
        `Port ${port} on 127.0.0.1 is taken: another program (perhaps another npm run serve) listens there. Stop it, or choose another port: npm run serve -- --port ${port + 1}`,
      ]);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('refuses a port that is not one, and has --help', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const write = (t: string) => void out.push(t);
    const fail = (t: string) => void err.push(t);

    expect(await main(['--port', 'x'], write, fail)).toBe(2);
    expect(await main(['--help'], write, fail)).toBe(0);
    expect(err[0]).toMatch(/^--port takes a number from 0 to 65535\./);
    expect(out[0]).toMatch(/^npm run serve -- \[--port <port>\] \[--no-verify\]/);
  });
});

describe("the example README's serve snippet", () => {
  const readme = readFileSync(join(example, 'README.md'), 'utf8');
  const snippet =
    /<!-- serve-snippet:start -->\s*```sh\n([^]*?)```\s*<!-- serve-snippet:end -->/.exec(
      readme,
    )?.[1];

  it('serves in the background, waits for the server, shows its answer, and stops the server', async () => {
    // A copy of the project, so the build the snippet runs cannot disturb this one's dist/.
    const project = mkdtempSync(join(tmpdir(), 'tea-house-'));
    folders.push(project);
    cpSync(root, project, {
      recursive: true,
      filter: (path) => !/[/\\](node_modules|dist|\.git|coverage|reports|test)$/.test(path),
    });
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
    const port = await freePort();
    // The snippet as written; only its port moves, as tests never take a fixed one.
    const script = (snippet ?? '')
      .replaceAll('127.0.0.1:3000', `127.0.0.1:${port}`)
      .replace('npm run serve -- --no-verify', `npm run serve -- --no-verify --port ${port}`);

    const { code, stdout, stderr } = await new Promise<{
      code: number;
      stdout: string;
      stderr: string;
    }>((resolve) => {
      execFile(
        'bash',
        ['-c', script],
        { cwd: project, timeout: 240_000 },
        (error, stdout, stderr) =>
          resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
      );
    });
    const answer = stdout.slice(stdout.indexOf('{"version"'));
    const serverPid = Number(/process (\d+);/.exec(stdout)?.[1]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stillRunning = (() => {
      try {
        process.kill(serverPid, 0);
        return true;
      } catch {
        return false;
      }
    })();

    expect(snippet).toBeDefined();
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(answer.slice(0, answer.lastIndexOf('}') + 1)).response.directives).toEqual([
      expect.objectContaining({ name: 'Setup' }),
    ]);
    expect(serverPid).toBeGreaterThan(0);
    expect(stillRunning).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/`, { method: 'POST' })).rejects.toThrow();
  }, 300_000);
});
