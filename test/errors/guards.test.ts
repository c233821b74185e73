import {
  AmazonPayBuyerIdError,
  AmazonPayConfigurationError,
  AmazonPayFpsError,
  AmazonPayValidationError,
  isAmazonPayBuyerIdError,
  isAmazonPayConfigurationError,
  isAmazonPayFpsError,
  isAmazonPayValidationError,
} from '../../src';
import {
  AmazonPayPersistenceError,
  isAmazonPayPersistenceError,
} from '../../src/errors/persistence-error';

// A skill's own error handler may hand the guards anything that was thrown. They answer with a
// boolean, whatever it is, and never throw.
const guards = [
  ['AmazonPayValidationError', isAmazonPayValidationError, AmazonPayValidationError],
  ['AmazonPayBuyerIdError', isAmazonPayBuyerIdError, AmazonPayBuyerIdError],
  ['AmazonPayFpsError', isAmazonPayFpsError, AmazonPayFpsError],
  ['AmazonPayPersistenceError', isAmazonPayPersistenceError, AmazonPayPersistenceError],
  ['AmazonPayConfigurationError', isAmazonPayConfigurationError, AmazonPayConfigurationError],
] as const;

const unreadable = (name: string) =>
  new Proxy(
    { name },
    {
      get(target, key) {
        if (key === 'name') return name;
        throw new Error(`cannot read ${String(key)}`);
      },
      getPrototypeOf() {
        throw new Error('cannot read the prototype');
      },
      has() {
        throw new Error('cannot ask');
      },
    },
  );

describe.each(guards)('%s guard', (name, guard, errorClass) => {
  it('is false for the class itself, which carries the name but was never thrown', () => {
    expect(errorClass.name).toBe(name);
    expect(guard(errorClass)).toBe(false);
  });

  it('is false, not undefined, for a value whose name cannot be read', () => {
    const hostile = Object.defineProperty({}, 'name', {
      get() {
        throw new Error('name getter failed');
      },
    });

    expect(guard(hostile)).toBe(false);
  });

  it('answers with a boolean for a proxy that refuses every other question', () => {
    expect(typeof guard(unreadable(name))).toBe('boolean');
  });

  it.each([null, undefined, name, 0, Symbol(name)])('is false for %p', (value) => {
    expect(guard(value)).toBe(false);
  });
});

describe('the errors themselves', () => {
  it('look a Charge validation error up among Charge errors', () => {
    const error = new AmazonPayValidationError(
      'InvalidAuthorizationAmount',
      'authorizeAttributes.authorizationAmount.amount',
      'The amount is not a positive number.',
      'Charge',
    );

    expect(error.entry?.code).toBe('InvalidAuthorizationAmount');
    expect(error.entry?.context).toBe('charge');
  });

  it('give a Buyer ID error a cause only when there was one', () => {
    const withoutCause = new AmazonPayBuyerIdError('No answer in time.', {
      statusCode: undefined,
      code: undefined,
      requestId: undefined,
    });
    const cause = new Error('socket hang up');
    const withCause = new AmazonPayBuyerIdError('No answer.', {
      statusCode: undefined,
      code: undefined,
      requestId: undefined,
      cause,
    });

    expect('cause' in withoutCause).toBe(false);
    expect(withCause.cause).toBe(cause);
  });
});
