import { AttemptStore } from '../attempts/attempt-store';
import { TokenSigner } from '../attempts/token-signer';
import { VoiceCodeOffers } from '../attempts/voice-code-offer';
import { PaymentDirectives } from '../directives/payment-directives';
import type { CheckedPromptOptions } from '../prompts/prompt-options';
import { PromptRenderer } from '../prompts/renderer';
import { Responder } from './answer';
import { AfterTheHandlers, ClassifyPaymentResponse } from './interceptors';
import type { ResolvedOptions } from './options';
import { PaymentErrorHandler } from './payment-error-handler';
import { PaymentResponseHandler } from './payment-response-handler';

/** What one middleware needs once payments reach it, made when the first one does. */
export interface PaymentParts {
  readonly classifyPaymentResponse: ClassifyPaymentResponse;
  readonly paymentResponseHandler: PaymentResponseHandler;
  readonly paymentErrorHandler: PaymentErrorHandler;
  readonly afterTheHandlers: AfterTheHandlers;
  readonly offers: VoiceCodeOffers;
  readonly responder: Responder;
  readonly directives: PaymentDirectives;
}

/** Makes a middleware's payment parts from the options it checked at creation. */
export function createPaymentParts(
  resolved: ResolvedOptions,
  prompts: CheckedPromptOptions,
): PaymentParts {
  const responder = new Responder(new PromptRenderer(prompts), resolved.endSessionAfterError);
  const attempts = new AttemptStore(new TokenSigner(resolved.tokenSecrets), {
    ttlSeconds: resolved.tokenTtlSeconds,
    adapter: resolved.persistenceAdapter,
    timeoutMs: resolved.persistenceTimeoutMs,
    log: resolved.log,
  });
  const offers = new VoiceCodeOffers(attempts);
  const directives = new PaymentDirectives(attempts);
  return {
    classifyPaymentResponse: new ClassifyPaymentResponse(resolved.log, resolved, attempts, offers),
    paymentResponseHandler: new PaymentResponseHandler(
      resolved,
      responder,
      attempts,
      offers,
      directives,
    ),
    paymentErrorHandler: new PaymentErrorHandler(resolved, responder),
    afterTheHandlers: new AfterTheHandlers(offers, responder, resolved.log, directives),
    offers,
    responder,
    directives,
  };
}
