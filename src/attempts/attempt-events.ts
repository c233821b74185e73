import type { HandlerInput } from 'ask-sdk-core';
import type { PayloadOperation, PayloadProblem } from '../directives/validate-payload';
import { logEvent, logText, type AmazonPayLogEvent } from '../middleware/log-event';
import { describeThrown } from '../middleware/thrown-errors';
import type { ErrorOutcome } from '../outcome/types';

/** The log event of a directive sent again after a server error. */
export function resendEvent(
  handlerInput: HandlerInput,
  outcome: ErrorOutcome,
  resend: number,
  maxRetries: number,
): AmazonPayLogEvent {
  return logEvent(handlerInput, 'resend', outcome.entry, {
    operation: outcome.operation,
    httpStatus: outcome.statusCode,
    message: `${outcome.operation} answered ${outcome.code ?? '(no code)'}; the identical directive was sent again (resend ${resend} of ${maxRetries}).`,
    correctiveAction: 'None, unless it keeps happening: then look at Amazon Pay’s service status.',
  });
}

/** The log event of a kept payload that failed the directive checks, so it was not resent. */
export function resendRefusedEvent(
  handlerInput: HandlerInput,
  operation: PayloadOperation,
  problem: PayloadProblem,
): AmazonPayLogEvent {
  return logEvent(handlerInput, 'resend-refused', undefined, {
    code: problem.code,
    handledBy: 'merchant',
    operation,
    field: logText(problem.field),
    message: logText(
      `The payload kept for this ${operation} fails the directive checks, so it was not sent again: ${problem.message}`,
    ) as string,
    correctiveAction:
      'Nothing was sent. A token or record that fails the checks was forged or corrupted: set tokenSecret if it is not set, and check what else writes to the persistence table.',
  });
}

export type StoreAction = 'read' | 'save' | 'delete';

const consequence: Readonly<Record<StoreAction, string>> = {
  read: 'the middleware answered as if there were no record (no resend)',
  save: 'the directive helper rejected with an AmazonPayPersistenceError, and nothing was sent',
  delete: 'the record stays until the store removes it by its expiresAt attribute',
};

/** The log event of a persistence adapter that failed, or did not answer in time. */
export function persistenceFailedEvent(
  handlerInput: HandlerInput,
  action: StoreAction,
  failure: { readonly error: unknown } | { readonly limitMs: number },
): AmazonPayLogEvent {
  const what =
    'limitMs' in failure
      ? `did not answer within ${failure.limitMs} ms (persistenceTimeoutMs)`
      : 'failed';
  const error = 'error' in failure ? describeThrown(failure.error) : undefined;
  return logEvent(handlerInput, 'persistence-failed', undefined, {
    handledBy: 'merchant',
    operation: undefined,
    message: `The persistence adapter's ${action} of a purchase attempt's record ${what}; ${consequence[action]}.`,
    correctiveAction:
      'Check the persistence adapter and its table (reachable, permissions, capacity); if it is only slow, raise persistenceTimeoutMs.',
    error,
  });
}

// The event is reported when the middleware is created: there is no request to name.
const noRequest = { requestEnvelope: undefined } as unknown as HandlerInput;

/** The log event of a middleware created without a `tokenSecret`. */
export function missingSecretEvent(): AmazonPayLogEvent {
  return logEvent(noRequest, 'configuration', undefined, {
    handledBy: 'merchant',
    operation: undefined,
    message:
      'No tokenSecret is set: directive tokens are signed with a built-in key that is the same in every installation, so anyone can forge a token that makes the middleware resend a payload of their choosing (it still has to pass the directive checks).',
    correctiveAction:
      'Set tokenSecret to a secret of at least 16 characters, from an environment variable or a secrets manager, and check that the variable is set where the skill runs.',
  });
}
