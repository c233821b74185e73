import type { HandlerInput } from 'ask-sdk-core';
import type { Attempt, AttemptTokens } from './attempt-tokens';
import type { SendRequestDirective } from './payload-types';
import { withTags } from './tags';
import { assertValidPayload, type PayloadOperation } from './validate-payload';

/**
 * Builds Setup and Charge directives: the payload checked, tagged, and sent as the exact JSON
 * text a resend will carry again, with a token that identifies the attempt.
 */
export class PaymentDirectives {
  // Directives the middleware resends itself: checked when first sent, not again.
  private readonly resent = new WeakSet<object>();

  constructor(private readonly tokens: AttemptTokens) {}

  /** A new purchase attempt. Rejects with an `AmazonPayValidationError` for a bad payload. */
  async build(
    handlerInput: HandlerInput,
    operation: PayloadOperation,
    input: unknown,
  ): Promise<SendRequestDirective> {
    assertValidPayload(operation, input);
    const payload = JSON.stringify(withTags(operation, input));
    return this.directive(handlerInput, { operation, payload, serverResends: 0, voiceRetries: 0 });
  }

  /** The identical directive again, with a fresh token counting this attempt. */
  async resend(handlerInput: HandlerInput, attempt: Attempt): Promise<SendRequestDirective> {
    const directive = await this.directive(handlerInput, attempt);
    this.resent.add(directive);
    return directive;
  }

  isResent(directive: object): boolean {
    return this.resent.has(directive);
  }

  private async directive(
    handlerInput: HandlerInput,
    attempt: Attempt,
  ): Promise<SendRequestDirective> {
    const token = await this.tokens.issue(handlerInput, attempt);
    return {
      type: 'Connections.SendRequest',
      name: attempt.operation,
      payload: JSON.parse(attempt.payload) as object,
      token,
    };
  }
}
