import type { HandlerInput } from 'ask-sdk-core';
import type {
  CatalogOperation,
  ErrorCatalogEntry,
  ErrorContext,
  ErrorType,
  HandledBy,
  Retriable,
} from '../catalog/types';
import { asString } from '../outcome/read';
import { parseLocale } from '../prompts/locale';

/** What a log event is about. */
export type AmazonPayLogEventKind =
  | 'decline'
  | 'error'
  | 'malformed-response'
  | 'billing-agreement-not-open'
  | 'missing-handler'
  | 'thrown'
  | 'permission-requested'
  | 'resend';

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
}

/** Receives every {@link AmazonPayLogEvent}. Whatever it throws or rejects with is ignored. */
export type AmazonPayLogger = (event: AmazonPayLogEvent) => void | Promise<void>;

/**
 * The longest each text field of a log event can be, in UTF-16 code units, the mark of a cut
 * included; `other` is the limit of any text field not named here. Every field comes from
 * untrusted input somewhere (a code, a reason, a thrown error), and a log line must stay a line.
 */
export const logFieldLimits = {
  code: 100,
  requestId: 100,
  field: 200,
  'error.name': 100,
  'error.message': 500,
  amazonPayMessage: 500,
  message: 1000,
  correctiveAction: 1000,
  other: 1000,
} as const;

/** What ends a field that was cut. */
const cutMark = '…';
// Control and format characters (bidirectional overrides included), line and paragraph
// separators and lone surrogates: they could forge lines or hide text in a log viewer.
const unsafeCharacter = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;
const shortEscapes: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escapeCharacter = (character: string): string =>
  shortEscapes[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Makes untrusted text safe for a log line: unsafe characters written as escapes (`\n`,
 * `\u202e`), then, when longer than `limit`, cut to at most `limit` characters ending in `…`,
 * never inside a character or an escape.
 */
export function logText(text: unknown, limit: number = logFieldLimits.other): string | undefined {
  if (typeof text !== 'string') return undefined;
  // Escapes only lengthen text: the first `limit` characters are all a field can keep.
  const head = text.slice(0, limit);
  const escaped = head.replace(unsafeCharacter, escapeCharacter);
  if (text.length <= limit && escaped.length <= limit) return escaped;
  const room = limit - cutMark.length;
  let kept = '';
  for (const character of head) {
    const piece = character.replace(unsafeCharacter, escapeCharacter);
    if (kept.length + piece.length > room) break;
    kept += piece;
  }
  return `${kept}${cutMark}`;
}

const limitOf = (path: string): number =>
  Object.hasOwn(logFieldLimits, path)
    ? logFieldLimits[path as keyof typeof logFieldLimits]
    : logFieldLimits.other;

/** A copy of a value with every text in it, however deep, made safe and cut to its limit. */
function bounded(value: unknown, path: string): unknown {
  if (typeof value === 'string') return logText(value, limitOf(path));
  if (Array.isArray(value)) return value.map((item: unknown) => bounded(item, path));
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value))
    copy[key] = bounded(field, path === '' ? key : `${path}.${key}`);
  return copy;
}

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
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A log event: the facts of the catalog entry, the details, and the request's id and locale.
 * Built as one object on the error path, where every allocation shows.
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
  const event: Writable<AmazonPayLogEvent> = {
    kind,
    code: details.code ?? entry?.code,
    context: details.context ?? entry?.context,
    operation: details.operation,
    httpStatus: details.httpStatus ?? entry?.httpStatus,
    handledBy: details.handledBy ?? entry?.handledBy,
    voicedByAmazonPay: entry?.voicedByAmazonPay ?? false,
    errorType: entry?.errorType,
    retriable: entry?.retriable,
    message: details.message,
    correctiveAction: details.correctiveAction,
    requestId: asString(fields.requestId),
    locale: parseLocale(fields.locale)?.tag,
  };
  if (details.softDecline !== undefined) event.softDecline = details.softDecline;
  if (details.amazonPayMessage !== undefined) event.amazonPayMessage = details.amazonPayMessage;
  if (details.field !== undefined) event.field = details.field;
  if (details.error !== undefined) event.error = details.error;
  return event;
}

/**
 * The default logger: merchant-side events (and anything unexplained) as one JSON line on
 * `console.error`, so they show in CloudWatch. Amazon Pay's own outcomes are left out.
 */
export const consoleLogger: AmazonPayLogger = (event) => {
  if (event.handledBy === 'amazon-pay') return;
  console.error(JSON.stringify({ source: 'ask-sdk-amazon-pay-middleware', ...event }));
};

const ignore = (): void => undefined;

/**
 * Calls the logger with the event's text fields bounded, without ever letting it break the
 * answer to the customer.
 */
export function safelyLog(logger: AmazonPayLogger, event: AmazonPayLogEvent): void {
  try {
    // Whatever comes back is taken for a promise: one made in another realm (a vm context)
    // fails `instanceof Promise`, and its rejection would end the process unhandled.
    Promise.resolve(logger(bounded(event, '') as unknown as AmazonPayLogEvent)).catch(ignore);
  } catch {
    // A failing log hook must not cost the customer their answer.
  }
}
