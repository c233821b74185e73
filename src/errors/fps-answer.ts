import { lookupErrorCode } from '../catalog/lookup';
import { asCode, asString } from '../outcome/read';
import { AmazonPayFpsError } from './payment-errors';

const codeKeys = ['code', 'errorCode', 'Code', 'name'] as const;
const messageKeys = ['message', 'errorMessage', 'Message'] as const;
const requestIdKeys = ['requestId', 'RequestId', 'RequestID'] as const;

/** An own property of an object of any kind: errors are not plain objects. */
function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Readonly<Record<string, unknown>>)[key]
    : undefined;
}

/** The first of these own properties that is there. */
function first(value: unknown, keys: readonly string[]): unknown {
  for (const key of keys) {
    const found = own(value, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The first error of an FPS error response (`Errors.Error`, one or a list), or the answer. */
function errorOf(response: unknown): unknown {
  const errors = own(response, 'Errors');
  if (errors === undefined) return response;
  const error = own(errors, 'Error');
  return Array.isArray(error) ? (error[0] as unknown) : error;
}

/**
 * Builds an {@link AmazonPayFpsError} from what a payments back end answered or threw: a code,
 * an error or body with `code`, `errorCode` or `Code` (or an own `name`, as aws-sdk v3 names
 * its errors), or an FPS error response read from XML (`Response.Errors.Error`). Only a code
 * the FPS catalog knows by exactly that name counts (whitespace around it aside). Returns
 * `undefined` for anything else, so the skill rethrows what it had and its own error handlers
 * see it. Never throws.
 *
 * @example
 * try {
 *   await payments.charge(order);
 * } catch (error) {
 *   throw amazonPayFpsErrorFrom(error) ?? error;
 * }
 */
export function amazonPayFpsErrorFrom(answer: unknown): AmazonPayFpsError | undefined {
  try {
    const response = own(answer, 'Response') ?? answer;
    const error = errorOf(response);
    const code = asCode(typeof error === 'string' ? error : first(error, codeKeys));
    if (code === undefined || lookupErrorCode(code, 'fps')?.code !== code) return undefined;
    return new AmazonPayFpsError(code, asString(first(error, messageKeys)), {
      requestId: asString(
        first(response, requestIdKeys) ?? own(own(answer, '$metadata'), 'requestId'),
      ),
      cause: typeof answer === 'string' ? undefined : answer,
    });
  } catch {
    return undefined;
  }
}
