import {
  amazonPayErrorEnvelope,
  intentRequestEnvelope,
} from 'ask-sdk-amazon-pay-middleware/testing';
import { compare, type Side } from './measure';
import {
  constantSentenceSkill,
  designFloorSkill,
  i18nextPerRequestSkill,
  typicalSkill,
  typicalSkillWithMiddleware,
  type Invocable,
} from './skills';

const side = (name: string, skill: Invocable): Side => ({
  name,
  run: (envelope) => skill.invoke(envelope as never),
});
const paymentError = () =>
  amazonPayErrorEnvelope('Charge', 'InvalidSellerId', {}, { locale: 'de-DE' });
const help = () => intentRequestEnvelope('AMAZON.HelpIntent');

/** The comparisons, each run in processes of its own so that one process's JIT luck does not decide. */
export const scenarios = {
  'non-payment-floor': () =>
    compare(
      [side('with middleware', typicalSkillWithMiddleware()), side('floor', designFloorSkill())],
      help,
    ),
  'non-payment-bare': () =>
    compare(
      [side('with middleware', typicalSkillWithMiddleware()), side('without', typicalSkill())],
      help,
    ),
  'payment-error': () =>
    compare(
      [
        side('middleware', typicalSkillWithMiddleware()),
        side('constant sentence', constantSentenceSkill()),
      ],
      paymentError,
    ),
  'i18next-per-request': () =>
    compare(
      [
        side('i18next per request', i18nextPerRequestSkill()),
        side('middleware', typicalSkillWithMiddleware()),
      ],
      paymentError,
      { rounds: 5, perBlock: 300 },
    ),
} as const;

export type ScenarioName = keyof typeof scenarios;

if (require.main === module) {
  const name = process.argv[2] as ScenarioName;
  void scenarios[name]().then(({ microseconds, ratio }) => {
    process.stdout.write(JSON.stringify({ ratio, microseconds: Object.fromEntries(microseconds) }));
  });
}
