import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { AmazonPayLogEvent } from 'ask-sdk-amazon-pay-middleware';
import {
  intentRequestEnvelope,
  launchRequestEnvelope,
  nextIntentInSession,
  playPurchase,
  type EnvelopeOptions,
} from 'ask-sdk-amazon-pay-middleware/testing';
import { localSettings } from '../local/local-settings';
import { startLocalDynamo, type LocalDynamo } from '../local/local-store';
import { createDemoStore } from '../src/skill';
import { scenarios, type CustomerStep, type Scenario } from './scenarios';
import { logLine, transcriptLines } from './transcript';

const utterances: Readonly<Record<string, Readonly<Record<CustomerStep, string>>>> = {
  'en-US': {
    launch: '"Alexa, open Tea House"',
    buy: '"Alexa, ask Tea House to buy tea"',
    yes: '"Yes"',
    no: '"No"',
    help: '"Help"',
    fallback: '"What\'s the weather?"',
    enquiry: '"Alexa, ask Tea House how to cancel my order"',
  },
  'de-DE': {
    launch: '"Alexa, öffne Tea House"',
    buy: '"Alexa, sag Tea House, ich möchte Tee kaufen"',
    yes: '"Ja"',
    no: '"Nein"',
    help: '"Hilfe"',
    fallback: '"Wie wird das Wetter?"',
    enquiry: '"Alexa, sag Tea House, ich möchte meine Bestellung stornieren"',
  },
  'ja-JP': {
    launch: '「アレクサ、ティーハウスを開いて」',
    buy: '「アレクサ、ティーハウスでお茶を買って」',
    yes: '「はい」',
    no: '「いいえ」',
    help: '「ヘルプ」',
    fallback: '「今日の天気は？」',
    enquiry: '「アレクサ、ティーハウスで注文をキャンセルしたい」',
  },
};

const intents: Readonly<Record<Exclude<CustomerStep, 'launch'>, string>> = {
  buy: 'BuyIntent',
  yes: 'AMAZON.YesIntent',
  no: 'AMAZON.NoIntent',
  help: 'AMAZON.HelpIntent',
  fallback: 'AMAZON.FallbackIntent',
  enquiry: 'OrderEnquiryIntent',
};

/** The customer's request: an answer within an open session, or the start of a new one. */
function requestFor(
  step: CustomerStep,
  last: ResponseEnvelope | undefined,
  options: EnvelopeOptions,
): RequestEnvelope {
  if (step === 'launch') return launchRequestEnvelope(options);
  const listening = last !== undefined && last.response.shouldEndSession === false;
  return listening && step !== 'buy' && step !== 'enquiry'
    ? nextIntentInSession(last, intents[step], options)
    : intentRequestEnvelope(intents[step], { ...options, newSession: true });
}

/**
 * Plays a scenario against the demo skill, in-process and offline, its orders in a fresh table
 * of a local store, and returns its transcript.
 */
export async function playScenario(
  scenario: Scenario,
  requestedLocale?: string,
  store?: LocalDynamo,
): Promise<string[]> {
  const dynamo = store ?? (await startLocalDynamo());
  try {
    const locale = scenario.locale ?? requestedLocale ?? 'en-US';
    const events: AmazonPayLogEvent[] = [];
    const { skill } = createDemoStore({
      ...localSettings,
      orders: await dynamo.newOrderTable(),
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
  } finally {
    if (store === undefined) await dynamo.close();
  }
}

const help = `npm start -- [--scenario <name>] [--locale <locale>] [--help]

Plays scripted Amazon Pay conversations against the Tea House demo skill, offline, its orders in
a local in-memory table and its payments in the Amazon Pay sandbox.
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
  const dynamo = await startLocalDynamo();
  try {
    for (const scenario of chosen)
      write(`${(await playScenario(scenario, value('--locale'), dynamo)).join('\n')}\n`);
  } finally {
    await dynamo.close();
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
