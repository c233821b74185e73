import type { HandlerInput } from 'ask-sdk-core';
import type {
  CatalogOperation,
  ErrorCatalogEntry,
  ErrorContext,
  ErrorType,
  HandledBy,
  Retriable,
} from '../catalog/types';
import { parseLocale } from '../prompts/locale';
import type { AmazonPayLogEventKind } from './log-event-kinds';
import { logFieldLimits, logText, safeLogText } from './log-text';

/** What a log event is about. */
export type { AmazonPayLogEventKind } from './log-event-kinds';

/**
 * What the middleware tells the developer about every outcome that is not a plain success and
 * every error it answers. It never holds the access token, the customer's address, the buyer
 * id or the raw payload.
 */
export interface AmazonPayLogEvent {
  readonly kind: AmazonPayLogEventKind;
  readonly code: string | undefined;
  readonly context: ErrorContext | undefined;
  readonly operation: CatalogOperation | undefined;
  readonly httpStatus: number | undefined;
  readonly handledBy: HandledBy | undefined;
  readonly voicedByAmazonPay: boolean;
  readonly errorType: ErrorType | undefined;
  readonly retriable: Retriable | undefined;
  /** What happened, in the developer's terms. */
  readonly message: string;
  /** What to do about it. */
  readonly correctiveAction: string;
  readonly requestId: string | undefined;
  /** The locale of the request, when it is a well-formed tag. */
  readonly locale: string | undefined;
  /** For a decline: whether it was a soft decline. */
  readonly softDecline?: boolean;
  /** Amazon Pay's own message for the merchant (`payload.errorMessage`), shortened. */
  readonly amazonPayMessage?: string;
  /** For a validation error: the dotted path of the offending field. */
  readonly field?: string;
  /** For a thrown error: its name and message. */
  readonly error?: { readonly name: string; readonly message: string };
  /**
   * For a Charge that took or may have taken money: the skill's reference id of the
   * authorization, to look the order up by.
   */
  readonly authorizationReferenceId?: string;
}

/** Receives every {@link AmazonPayLogEvent}. Whatever it throws or rejects with is ignored. */
export type AmazonPayLogger = (event: AmazonPayLogEvent) => void | Promise<void>;

export { logFieldLimits, logText } from './log-text';

/** What a log event says beyond the facts of its catalog entry. */
export interface EventDetails {
  /** Default: the entry's code. */
  readonly code?: string;
  /** Default: the entry's context. */
  readonly context?: ErrorContext;
  readonly operation: CatalogOperation | undefined;
  /** Default: the entry's status. */
  readonly httpStatus?: number;
  /** Default: who handles the entry. */
  readonly handledBy?: HandledBy;
  readonly message: string;
  readonly correctiveAction: string;
  readonly softDecline?: boolean;
  readonly amazonPayMessage?: string;
  readonly field?: string;
  readonly error?: { readonly name: string; readonly message: string };
  readonly authorizationReferenceId?: string;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Text bounded for the log, left as it is when it is the catalog's own text (which is known to
 * be safe): on the error path, where every regular expression shows, most fields are.
 */
const bounded = (text: string, limit: number, catalogText: string | undefined): string =>
  text === catalogText ? text : safeLogText(text, limit);

/**
 * A log event: the facts of the catalog entry, the details, and the request's id and locale,
 * every text field bounded and made safe (see {@link logFieldLimits}). Built as one object on
 * the error path, where every allocation shows.
 */
export function logEvent(
  handlerInput: HandlerInput,
  kind: AmazonPayLogEventKind,
  entry: ErrorCatalogEntry | undefined,
  details: EventDetails,
): AmazonPayLogEvent {
  const request: unknown = handlerInput.requestEnvelope?.request;
  const fields =
    typeof request === 'object' && request !== null
      ? (request as { requestId?: unknown; locale?: unknown })
      : {};
  const code = details.code ?? entry?.code;
  const event: Writable<AmazonPayLogEvent> = {
    kind,
    code: code === undefined ? undefined : bounded(code, logFieldLimits.code, entry?.code),
    context: details.context ?? entry?.context,
    operation: details.operation,
    httpStatus: details.httpStatus ?? entry?.httpStatus,
    handledBy: details.handledBy ?? entry?.handledBy,
    voicedByAmazonPay: entry?.voicedByAmazonPay ?? false,
    errorType: entry?.errorType,
    retriable: entry?.retriable,
    message: bounded(details.message, logFieldLimits.message, entry?.developerMessage),
    correctiveAction: bounded(
      details.correctiveAction,
      logFieldLimits.correctiveAction,
      entry?.correctiveAction,
    ),
    requestId: logText(fields.requestId, logFieldLimits.requestId),
    locale: parseLocale(fields.locale)?.tag,
  };
  if (details.softDecline !== undefined) event.softDecline = details.softDecline;
  if (details.amazonPayMessage !== undefined)
    event.amazonPayMessage = safeLogText(details.amazonPayMessage, logFieldLimits.amazonPayMessage);
  if (details.field !== undefined) event.field = safeLogText(details.field, logFieldLimits.field);
  // Read from payloads: text only, whatever a type says.
  const reference = logText(
    details.authorizationReferenceId,
    logFieldLimits.authorizationReferenceId,
  );
  if (reference !== undefined) event.authorizationReferenceId = reference;
  if (details.error !== undefined) {
    event.error = {
      name: safeLogText(details.error.name, logFieldLimits['error.name']),
      message: safeLogText(details.error.message, logFieldLimits['error.message']),
    };
  }
  return event;
}
