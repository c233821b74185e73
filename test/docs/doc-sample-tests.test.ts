import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  amazonPayErrorEnvelope,
  chargeDeclinedEnvelope,
  chargePendingEnvelope,
  chargeSuccessEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  nextIntentInSession,
  requestEnvelope,
  setupSuccessEnvelope,
} from '../../src/testing';
import { assembledFiles, root } from '../support/doc-samples';

// The files the samples of the README and the docs make, written where jest compiles them as it
// compiles any test: the samples' own tests then run here, against the samples' own skill.
const folder = join(root, '.readme-snippets', 'run');
const files = assembledFiles();
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
for (const [name, code] of files) writeFileSync(join(folder, name), code);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const sampleTests = [...files.keys()].filter((name) => name.endsWith('.test.ts'));

describe("the samples' own tests", () => {
  it("include the README's test of its skill, and a test of an override", () => {
    expect(sampleTests).toEqual(expect.arrayContaining(['skill.test.ts', 'shop-prompts.test.ts']));
  });

  for (const name of sampleTests) {
    describe(name, () => {
      jest.requireActual(join(folder, name));
    });
  }
});

describe("the README's skill", () => {
  const { createSkill } = jest.requireActual<{
    createSkill: (adapter: unknown) => Skill;
  }>(join(folder, 'skill.ts'));
  const nothingKept = { getAttributes: async () => ({}), saveAttributes: async () => undefined };

  it.each<[string, RequestEnvelope]>([
    ['a launch', launchRequestEnvelope()],
    ['help', intentRequestEnvelope('AMAZON.HelpIntent')],
    ['a yes to no question', intentRequestEnvelope('AMAZON.YesIntent')],
    ['stop', intentRequestEnvelope('AMAZON.StopIntent')],
    ['an intent it does not know', intentRequestEnvelope('WhatTeaIntent')],
    [
      'the end of a session',
      requestEnvelope({
        type: 'SessionEndedRequest',
        requestId: 'r',
        timestamp: '2022-06-01T12:00:00Z',
        locale: 'en-US',
        reason: 'USER_INITIATED',
      }),
    ],
    ['a Setup that went well', setupSuccessEnvelope()],
    ['a Charge that went through', chargeSuccessEnvelope()],
    ['a pending Charge', chargePendingEnvelope()],
    ['a declined Charge', chargeDeclinedEnvelope('AmazonRejected')],
    ['a Charge error', amazonPayErrorEnvelope('Charge', 'InvalidSellerId')],
  ])('answers %s without a handler throwing', async (_, envelope) => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(createSkill(nothingKept).invoke(envelope)).resolves.toBeDefined();
      const thrown = logged.mock.calls
        .map(([line]) => JSON.parse(String(line)) as { kind?: string })
        .filter((event) => event.kind === 'thrown');

      expect(thrown).toEqual([]);
    } finally {
      logged.mockRestore();
    }
  });
  it.each(['AMAZON.HelpIntent', 'WhatTeaIntent', 'AMAZON.FallbackIntent'])(
    'charges nothing on a yes that follows %s instead of the confirmation',
    async (intent) => {
      const kept: Record<string, unknown> = {};
      const skill = createSkill({
        getAttributes: async () => kept,
        saveAttributes: async (_: unknown, attributes: Record<string, unknown>) =>
          void Object.assign(kept, attributes),
      });
      const confirmation = await skill.invoke(setupSuccessEnvelope());
      const confirmed = await skill.invoke(nextIntentInSession(confirmation, 'AMAZON.YesIntent'));
      const elsewhere = await skill.invoke(nextIntentInSession(confirmation, intent));

      const yes = await skill.invoke(nextIntentInSession(elsewhere, 'AMAZON.YesIntent'));

      // The same yes right after the confirmation charges: the test can see a Charge go out.
      expect(confirmed.response.directives).toMatchObject([{ name: 'Charge' }]);
      expect(yes.response.directives).toBeUndefined();
    },
  );
});
