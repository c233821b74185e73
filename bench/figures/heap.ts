import type { RequestEnvelope } from 'ask-sdk-model';
import { amazonPayErrorEnvelope } from 'ask-sdk-amazon-pay-middleware/testing';
import type { Figure } from '../figure';
import { collectGarbage } from '../measure';
import { constantSentenceSkill, typicalSkillWithMiddleware, type Invocable } from '../skills';

const ceilingMb = 1;

/** Heap retained by `requests` payment requests after a warm-up, in MB. */
async function heapGrowth(skill: Invocable, requests: number): Promise<number> {
  const envelope = () =>
    amazonPayErrorEnvelope('Charge', 'InvalidSellerId', {}, { locale: 'de-DE' }) as RequestEnvelope;
  const serve = async (count: number) => {
    for (let done = 0; done < count; done += 5000) {
      const block = Array.from({ length: 5000 }, envelope);
      for (const each of block) await skill.invoke(each as never);
    }
  };
  const settledHeap = () => {
    for (let i = 0; i < 4; i += 1) collectGarbage();
    return process.memoryUsage().heapUsed;
  };
  await serve(20_000); // compiled code, caches and rendered prompts settle first
  const before = settledHeap();
  await serve(requests);
  return (settledHeap() - before) / 1024 / 1024;
}

export const heap: Figure = {
  key: 'heap',
  async measure() {
    const retained = await heapGrowth(typicalSkillWithMiddleware(), 100_000);
    const floor = await heapGrowth(constantSentenceSkill(), 100_000);
    return {
      label: 'Heap retained after 100,000 payment requests',
      measured: `a constant-sentence skill: ${floor.toFixed(2)} MB`,
      headline: `${retained.toFixed(2)} MB`,
      target: `under ${ceilingMb} MB`,
      met: retained < ceilingMb,
    };
  },
};
