import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { asCode, isRecord, ownField, ownRecord } from '../outcome/read';

/** The permission scope Amazon Pay for Alexa needs. */
export const amazonPayScope = 'payments:autopay_consent';

const envelopeOf = (input: HandlerInput | RequestEnvelope): unknown =>
  isRecord(input) && Object.hasOwn(input, 'requestEnvelope')
    ? (input as HandlerInput).requestEnvelope
    : input;

/**
 * The status of the `payments:autopay_consent` scope in this request (`GRANTED`, `DENIED`),
 * trimmed, or `undefined` when the envelope does not say (no `permissions`, `scopes` or key).
 */
export function amazonPayPermissionStatus(
  input: HandlerInput | RequestEnvelope,
): string | undefined {
  const envelope = envelopeOf(input);
  if (!isRecord(envelope)) return undefined;
  const system = ownRecord(ownRecord(envelope, 'context') ?? {}, 'System');
  const user = system && ownRecord(system, 'user');
  const permissions = user && ownRecord(user, 'permissions');
  const scopes = permissions && ownRecord(permissions, 'scopes');
  const scope = scopes && ownField(scopes, amazonPayScope);
  return isRecord(scope) ? asCode(scope.status) : undefined;
}

/** True when the customer has granted this skill the Amazon Pay permission. */
export function isAmazonPayPermissionGranted(input: HandlerInput | RequestEnvelope): boolean {
  return amazonPayPermissionStatus(input) === 'GRANTED';
}
