import type { AmazonPayLogEvent, AmazonPayLogger } from './log-event';

/**
 * The default logger: merchant-side events (and anything unexplained) as one JSON line on
 * `console.error`, so they show in CloudWatch. Amazon Pay's own outcomes are left out.
 */
export const consoleLogger: AmazonPayLogger = (event) => {
  if (event.handledBy === 'amazon-pay') return;
  console.error(JSON.stringify({ source: 'ask-sdk-amazon-pay-middleware', ...event }));
};

const ignore = (): void => undefined;

/** Calls the logger without ever letting it break the answer to the customer. */
export function safelyLog(logger: AmazonPayLogger, event: AmazonPayLogEvent): void {
  try {
    const result: unknown = logger(event);
    // A promise of any realm (one made in a vm context fails `instanceof Promise`) is caught
    // through the built-in `then`, whatever its own `then` says; any other thenable through its
    // own. Left unhandled, a rejection would end the process after the customer was answered.
    if (Object.prototype.toString.call(result) === '[object Promise]')
      Promise.prototype.then.call(result, undefined, ignore);
    else if (typeof (result as { then?: unknown } | undefined)?.then === 'function')
      Promise.resolve(result).catch(ignore);
  } catch {
    // A failing log hook must not cost the customer their answer.
  }
}
