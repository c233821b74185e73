import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { launchRequestEnvelope } from '../../src/testing';
import { serve } from '../../examples/demo-store/serve';

const servers: Server[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

describe('npm run serve', () => {
  it('checks signatures by default: a plain POST is refused', async () => {
    const { server, url } = await serve({ port: 0 });
    servers.push(server);

    const { status, text } = await post(url, launchRequestEnvelope());

    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(status).toBe(400);
    expect(text).toMatch(/certificate|signature/i);
  });

  it('answers a POSTed envelope when the checks are turned off explicitly', async () => {
    const { server, url } = await serve({ port: 0, verify: false });
    servers.push(server);

    const { status, text } = await post(url, launchRequestEnvelope({ locale: 'de-DE' }));

    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({
      version: '1.0',
      response: {
        outputSpeech: { type: 'SSML', ssml: expect.stringContaining('Willkommen im Tea House') },
      },
    });
  });

  it("answers the README's curl fixture with a Setup directive", async () => {
    const { server, url } = await serve({ port: 0, verify: false });
    servers.push(server);
    const fixture: unknown = JSON.parse(
      readFileSync(
        join(__dirname, '..', '..', 'examples', 'demo-store', 'fixtures', 'buy-tea-de-DE.json'),
        'utf8',
      ),
    );

    const { status, text } = await post(url, fixture);

    expect(status).toBe(200);
    expect(JSON.parse(text).response.directives).toEqual([
      expect.objectContaining({ type: 'Connections.SendRequest', name: 'Setup' }),
    ]);
  });
});
