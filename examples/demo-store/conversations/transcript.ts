import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { classifyConnectionsResponse, type AmazonPayLogEvent } from 'ask-sdk-amazon-pay-middleware';
import type { PurchaseTurn } from 'ask-sdk-amazon-pay-middleware/testing';

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

/** What Amazon Pay answered, read from the envelope it sent: never what the script hoped for. */
function describeAnswer(operation: string, request: RequestEnvelope): string {
  const outcome = classifyConnectionsResponse(request.request);
  switch (outcome?.kind) {
    case 'success':
      return outcome.operation === 'Setup'
        ? `Setup succeeds (billing agreement ${outcome.billingAgreementStatus ?? 'status missing'}, shipping address ${outcome.result.billingAgreementDetails.destination === undefined ? 'missing' : 'returned'})`
        : `Charge succeeds (authorization ${outcome.authorizationState})`;
    case 'pending':
      return 'Charge is pending';
    case 'decline':
      return `Charge is declined: ${outcome.reasonCode ?? 'no reason'} (${outcome.softDecline ? 'soft' : 'hard'} decline)`;
    case 'error':
      return `${operation} fails: ${outcome.code ?? 'no code'} (HTTP ${outcome.statusCode})`;
    default:
      return `${operation} answers something unreadable`;
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
    return [column('Amazon Pay', describeAnswer(turn.operation, turn.request)), ...says];
  });
}
