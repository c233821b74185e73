import type * as PaymentPath from './payment-path';

/**
 * A value made the first time it is asked for. What only payments need is loaded this way, so
 * that a skill starts, and answers every request that is not about a payment, without parsing
 * or running that code.
 */
export class OnFirstUse<Value> {
  private made: { readonly value: Value } | undefined;

  constructor(private readonly make: () => Value) {}

  get(): Value {
    this.made ??= { value: this.make() };
    return this.made.value;
  }

  /** The value if it has been made already; never makes it. */
  ifMade(): Value | undefined {
    return this.made?.value;
  }
}

/**
 * The code only payments need (see payment-path.ts), loaded with the first Amazon Pay
 * response, directive or payment helper a process meets. A plain `require` with a literal path,
 * so that bundlers still follow it; the package's CommonJS build keeps that code in a file of
 * its own.
 */
export const paymentPath = new OnFirstUse(
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  () => require('./payment-path') as typeof PaymentPath,
);
