import type { ResponseEnvelope } from 'ask-sdk-model';
import type { AmazonPayLogEvent } from 'ask-sdk-amazon-pay-middleware';
import type { AmazonPayAnswer, PurchaseTurn } from 'ask-sdk-amazon-pay-middleware/testing';

const column = (label: string, text: string) => `  ${label.padEnd(12)}${text}`;

/** Speech as a listener hears it: SSML tags dropped, entities read. */
export function plainSpeech(ssml: string): string {
  return ssml
    .replace(/<[^>]+>/g, '')
    .replaceAll('&apos;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .trim();
}

function describeAnswer(operation: string, answer: AmazonPayAnswer): string {
  switch (answer.kind) {
    case 'success':
      return operation === 'Setup'
        ? 'Setup succeeds (billing agreement OPEN)'
        : `Charge succeeds (authorization ${answer.state ?? 'Closed'})`;
    case 'pending':
      return 'Charge is pending';
    case 'decline':
      return `Charge is declined: ${answer.reasonCode} (${answer.softDecline === true ? 'soft' : 'hard'} decline)`;
    case 'error':
      return `${operation} fails: ${answer.code}`;
  }
}

function skillLines(response: ResponseEnvelope): string[] {
  const { outputSpeech, reprompt, card, directives, shouldEndSession } = response.response;
  const lines: string[] = [];
  if (outputSpeech?.type === 'SSML') lines.push(column('Alexa', plainSpeech(outputSpeech.ssml)));
  if (outputSpeech === undefined && directives === undefined)
    lines.push(column('Alexa', '(says nothing)'));
  if (reprompt?.outputSpeech?.type === 'SSML')
    lines.push(column('', `(if no answer: ${plainSpeech(reprompt.outputSpeech.ssml)})`));
  if (card?.type === 'Simple')
    lines.push(
      column('Card', `${card.title ?? ''} | ${(card.content ?? '').replaceAll('\n', ' | ')}`),
    );
  if (card?.type === 'AskForPermissionsConsent')
    lines.push(column('Card', `consent card for ${card.permissions.join(', ')}`));
  for (const directive of directives ?? []) {
    if (directive.type === 'Connections.SendRequest') {
      lines.push(
        column(
          'Directive',
          `Connections.SendRequest ${directive.name} (token of ${directive.token.length} characters)`,
        ),
      );
    } else {
      lines.push(column('Directive', directive.type));
    }
  }
  if (shouldEndSession === false) lines.push(column('', '(listening)'));
  return lines;
}

/** One line for a developer log event. */
export function logLine(event: AmazonPayLogEvent): string {
  const facts = [event.code, event.handledBy, event.retriable].filter(Boolean).join(', ');
  const fix =
    event.kind === 'error' || event.kind === 'thrown' ? ` Fix: ${event.correctiveAction}` : '';
  return column('Log', `${event.kind}${facts === '' ? '' : ` (${facts})`}: ${event.message}${fix}`);
}

/** The readable transcript of turns, the customer's words given by the player. */
export function transcriptLines(turns: readonly PurchaseTurn[], customerSays: string): string[] {
  return turns.flatMap((turn): string[] => {
    if (turn.speaker === 'customer') return [column('Customer', customerSays)];
    if (turn.speaker === 'skill') return skillLines(turn.response);
    const says =
      turn.says === undefined
        ? []
        : [
            column(
              'Amazon Pay',
              `(speaks first, paraphrased) ${turn.says.replace(/^Amazon Pay /, '')}`,
            ),
          ];
    return [column('Amazon Pay', describeAnswer(turn.operation, turn.answer)), ...says];
  });
}
