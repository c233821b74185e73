import { isAmazonPayValidationError } from '../errors/payment-errors';
import { withTags } from './tags';
import {
  findPayloadProblems,
  type PayloadOperation,
  type PayloadProblem,
} from './validate-payload';

const notAsBuilt: PayloadProblem = {
  code: 'InvalidParameterValue',
  field: '',
  message: 'The payload is not JSON text in the form the directive helpers send.',
};

/**
 * Why a kept payload (from a token or a record) may not be sent again, or `undefined` when it
 * may: it must pass the very checks the directive helpers apply to a new payload, and be the
 * exact text they would have sent for it (tags and all).
 */
export function resendProblem(
  operation: PayloadOperation,
  text: string,
): PayloadProblem | undefined {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return notAsBuilt;
  }
  const [problem] = findPayloadProblems(operation, payload);
  if (problem !== undefined) return problem;
  try {
    return JSON.stringify(withTags(operation, payload)) === text ? undefined : notAsBuilt;
  } catch (error) {
    // A tag of the wrong type: withTags refuses it as the helpers do.
    return isAmazonPayValidationError(error)
      ? { code: error.code, field: error.field, message: error.message }
      : notAsBuilt;
  }
}
