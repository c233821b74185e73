import type { HandlerInput } from 'ask-sdk-core';
import type { Attempt } from '../attempts/attempt';
import type { AttemptStore } from '../attempts/attempt-store';
import type { SendRequestDirective } from './payload-types';
import { withTags } from './tags';
import { assertValidPayload, type PayloadOperation } from './validate-payload';

/**
 * Builds Setup and Charge directives: the payload checked, tagged, and sent as the exact JSON
 * text a resend will carry again, with a token that identifies the attempt.
 */
export class PaymentDirectives {
  // Directives the middleware resends itself: checked when first sent and again when reopened.
  private readonly resent = new WeakSet<object>();

  constructor(private readonly attempts: AttemptStore) {}

  /**
   * A new purchase attempt. Rejects with an `AmazonPayValidationError` for a bad payload, and
   * with an `AmazonPayPersistenceError` when the persistence adapter cannot keep it in time.
   */
  async build(
    handlerInput: HandlerInput,
    operation: PayloadOperation,
    input: unknown,
  ): Promise<SendRequestDirective> {
    assertValidPayload(operation, input);
    const payload = JSON.stringify(withTags(operation, input));
    return this.directive(
      handlerInput,
      await this.attempts.begin(handlerInput, operation, payload),
    );
  }

  /** The identical directive again, with a fresh token counting this attempt. */
  resend(handlerInput: HandlerInput, attempt: Attempt): SendRequestDirective {
    const directive = this.directive(handlerInput, attempt);
    this.resent.add(directive);
    return directive;
  }

  isResent(directive: object): boolean {
    return this.resent.has(directive);
  }

  private directive(handlerInput: HandlerInput, attempt: Attempt): SendRequestDirective {
    return {
      type: 'Connections.SendRequest',
      name: attempt.operation,
      payload: JSON.parse(attempt.payload) as object,
      token: this.attempts.tokenFor(handlerInput, attempt),
    };
  }
}
