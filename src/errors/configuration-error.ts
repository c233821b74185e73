import { hasName } from './has-name';

/**
 * Thrown when the middleware is created with options it cannot work with. Its `option`
 * names the offending option as a dotted path (`prompts.de-DE.error.unexpected`).
 */
export class AmazonPayConfigurationError extends TypeError {
  override readonly name = 'AmazonPayConfigurationError';

  constructor(
    readonly option: string,
    problem: string,
  ) {
    super(
      `ask-sdk-amazon-pay-middleware: ${option === '' ? 'options' : `options.${option}`} ${problem}`,
    );
  }
}

/** True for an {@link AmazonPayConfigurationError}, even one from another copy of the package. */
export function isAmazonPayConfigurationError(
  error: unknown,
): error is AmazonPayConfigurationError {
  if (!hasName(error, 'AmazonPayConfigurationError')) return false;
  try {
    return error instanceof Error && 'option' in error;
  } catch {
    return false;
  }
}
