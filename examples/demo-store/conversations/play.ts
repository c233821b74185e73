import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { AmazonPayLogEvent } from 'ask-sdk-amazon-pay-middleware';
import {
  intentRequestEnvelope,
  launchRequestEnvelope,
  nextIntentInSession,
  playPurchase,
  type EnvelopeOptions,
} from 'ask-sdk-amazon-pay-middleware/testing';
import { createDemoStore } from '../src/skill';
import { scenarios, type CustomerStep, type Scenario } from './scenarios';
import { logLine, transcriptLines } from './transcript';

const utterances: Readonly<Record<string, Readonly<Record<CustomerStep, string>>>> = {
  'en-US': {
    launch: '"Alexa, open Tea House"',
    yes: '"Yes"',
    buy: '"Alexa, ask Tea House to buy tea"',
  },
  'de-DE': {
    launch: '"Alexa, öffne Tea House"',
    yes: '"Ja"',
    buy: '"Alexa, sag Tea House, ich möchte Tee kaufen"',
  },
  'ja-JP': {
    launch: '「アレクサ、ティーハウスを開いて」',
    yes: '「はい」',
    buy: '「アレクサ、ティーハウスでお茶を買って」',
  },
};

function requestFor(
  step: CustomerStep,
  last: ResponseEnvelope | undefined,
  options: EnvelopeOptions,
): RequestEnvelope {
  if (step === 'launch') return launchRequestEnvelope(options);
  if (step === 'yes' && last !== undefined && last.response.shouldEndSession === false) {
    return nextIntentInSession(last, 'AMAZON.YesIntent', options);
  }
  return intentRequestEnvelope(step === 'yes' ? 'AMAZON.YesIntent' : 'BuyIntent', options);
}

/** Plays a scenario against the demo skill, in-process and offline, and returns its transcript. */
export async function playScenario(
  scenario: Scenario,
  requestedLocale?: string,
): Promise<string[]> {
  const locale = scenario.locale ?? requestedLocale ?? 'en-US';
  const events: AmazonPayLogEvent[] = [];
  const { skill } = createDemoStore({
    tokenSecret: 'demo-secret-for-local-conversations',
    onError: (event) => void events.push(event),
  });
  const options: EnvelopeOptions = { locale, consent: scenario.consent ?? 'GRANTED' };
  const says =
    utterances[locale] ?? (utterances['en-US'] as Readonly<Record<CustomerStep, string>>);
  const lines = [`── ${scenario.name}: ${scenario.title} (${locale}) ──`];
  let last: ResponseEnvelope | undefined;
  for (const step of scenario.steps) {
    const logged = events.length;
    const run = await playPurchase(
      skill,
      requestFor(step.customer, last, options),
      step.amazonPay,
      options,
    );
    lines.push(
      ...transcriptLines(run.turns, says[step.customer]),
      ...events.slice(logged).map(logLine),
    );
    last = run.last;
  }
  return lines;
}

const help = `npm start -- [--scenario <name>] [--locale <locale>] [--help]

Plays scripted Amazon Pay conversations against the Tea House demo skill, offline.
  --scenario <name>  play one scenario: ${scenarios.map((s) => s.name).join(', ')}
  --locale <locale>  the customer's locale (en-US, de-DE, ja-JP); some scenarios fix theirs
  --help             this text`;

/** The command line of `npm start`. Returns the exit code. */
export async function main(
  args: readonly string[],
  write: (text: string) => void = console.log,
): Promise<number> {
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at < 0 ? undefined : args[at + 1];
  };
  if (args.includes('--help') || args.includes('-h')) {
    write(help);
    return 0;
  }
  const name = value('--scenario');
  const chosen =
    name === undefined ? scenarios : scenarios.filter((scenario) => scenario.name === name);
  if (chosen.length === 0 || (args.includes('--locale') && value('--locale') === undefined)) {
    write(`Unknown or missing value.\n\n${help}`);
    return 2;
  }
  for (const scenario of chosen)
    write(`${(await playScenario(scenario, value('--locale'))).join('\n')}\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
