import { lookupErrorCode } from '../catalog/lookup';
import type { ErrorCatalogEntry, ErrorContext } from '../catalog/types';
import { asCode, asRecord, asString, isRecord, type UnknownRecord } from './read';
import type {
  AmazonPayOperation,
  BillingAgreementStatus,
  ChargeAmazonPayResult,
  PaymentOutcome,
  SetupAmazonPayResult,
  SuccessfulAuthorizationState,
  UnknownOutcomeReason,
} from './types';

const operationContext: Readonly<Record<AmazonPayOperation, ErrorContext>> = {
  Setup: 'setup',
  Charge: 'charge',
};

const billingAgreementStatuses: ReadonlySet<string> = new Set<BillingAgreementStatus>([
  'OPEN',
  'SUSPENDED',
  'CLOSED',
  'CANCELED',
  'DRAFT',
]);

const successfulStates: Readonly<Record<string, SuccessfulAuthorizationState>> = {
  open: 'Open',
  closed: 'Closed',
  completed: 'Completed',
};

/** HTTP status codes come as strings on the wire (three digits); numbers are accepted too. */
function readStatusCode(status: UnknownRecord): number | undefined {
  const code = status.code;
  if (typeof code === 'number') return Number.isInteger(code) ? code : undefined;
  if (typeof code !== 'string') return undefined;
  const digits = code.trim();
  if (digits.length !== 3) return undefined;
  let value = 0;
  for (let i = 0; i < 3; i += 1) {
    const digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

function findEntry(code: string | undefined, operation: AmazonPayOperation) {
  return lookupErrorCode(code, operationContext[operation]) ?? lookupErrorCode(code, 'permission');
}

// Outcomes are readonly in their types but not frozen: Object.freeze would cost more than the
// rest of the classification, on every payment response.

/**
 * Classifies any request into the typed outcome of an Amazon Pay `Connections.Response`, or
 * `undefined` when it is not one (other request types, in-skill purchase responses such as
 * `Buy`, `Upsell` and `Cancel`). Pure: never throws and never changes its input.
 *
 * @example
 * const outcome = classifyConnectionsResponse(handlerInput.requestEnvelope.request);
 * if (outcome?.kind === 'decline') console.log(outcome.reasonCode, outcome.softDecline);
 */
export function classifyConnectionsResponse(request: unknown): PaymentOutcome | undefined {
  let operation: AmazonPayOperation;
  let token: string | undefined;
  try {
    if (!isRecord(request) || request.type !== 'Connections.Response') return undefined;
    const name = request.name;
    if (name !== 'Setup' && name !== 'Charge') return undefined;
    operation = name;
    token = asString(request.token);
  } catch {
    return undefined;
  }
  try {
    return classify(request, operation, token);
  } catch {
    return unknown(operation, token, undefined, 'unreadable-request');
  }
}

function classify(
  request: UnknownRecord,
  operation: AmazonPayOperation,
  token: string | undefined,
): PaymentOutcome {
  const status = asRecord(request.status);
  if (status === undefined) return unknown(operation, token, undefined, 'unreadable-status');
  const statusCode = readStatusCode(status);
  if (statusCode === undefined) return unknown(operation, token, undefined, 'unreadable-status');

  const payload = asRecord(request.payload);
  if (statusCode !== 200) {
    const errorCode = asCode(payload?.errorCode);
    const message = asCode(status.message);
    const fromErrorCode = findEntry(errorCode, operation);
    const entry = fromErrorCode ?? findEntry(message, operation);
    return {
      kind: 'error',
      operation,
      token,
      statusCode,
      code: entry?.code ?? errorCode ?? message,
      entry,
      errorMessage: asString(payload?.errorMessage),
    };
  }
  if (payload === undefined) {
    const reason =
      operation === 'Setup' ? 'missing-billing-agreement' : 'missing-authorization-state';
    return unknown(operation, token, statusCode, reason);
  }
  return operation === 'Setup'
    ? classifySetupResult(payload, token)
    : classifyChargeResult(payload, token);
}

function classifySetupResult(payload: UnknownRecord, token: string | undefined): PaymentOutcome {
  const details = asRecord(payload.billingAgreementDetails);
  if (details === undefined || asString(details.billingAgreementId) === undefined) {
    return unknown('Setup', token, 200, 'missing-billing-agreement');
  }
  const rawStatus = asCode(details.billingAgreementStatus)?.toUpperCase() ?? '';
  const billingAgreementStatus = billingAgreementStatuses.has(rawStatus)
    ? (rawStatus as BillingAgreementStatus)
    : undefined;
  const suspended = billingAgreementStatus === 'SUSPENDED';
  return {
    kind: 'success',
    operation: 'Setup',
    token,
    result: payload as unknown as SetupAmazonPayResult,
    billingAgreementStatus,
    suspended,
    billingAgreementReason: suspended
      ? lookupErrorCode('InvalidPaymentMethod', 'billing-agreement')
      : undefined,
  };
}

function classifyChargeResult(payload: UnknownRecord, token: string | undefined): PaymentOutcome {
  const details = asRecord(payload.authorizationDetails);
  const authorizationStatus = asRecord(details?.authorizationStatus);
  const state = asCode(authorizationStatus?.state)?.toLowerCase();
  if (state === undefined) return unknown('Charge', token, 200, 'missing-authorization-state');

  const result = payload as unknown as ChargeAmazonPayResult;
  const successfulState = Object.hasOwn(successfulStates, state)
    ? successfulStates[state]
    : undefined;
  if (successfulState !== undefined) {
    return {
      kind: 'success',
      operation: 'Charge',
      token,
      result,
      authorizationState: successfulState,
    };
  }
  if (state === 'pending') return { kind: 'pending', operation: 'Charge', token, result };
  if (state === 'declined') {
    const reasonCode = asCode(authorizationStatus?.reasonCode);
    const entry: ErrorCatalogEntry | undefined = lookupErrorCode(reasonCode, 'decline');
    return {
      kind: 'decline',
      operation: 'Charge',
      token,
      result,
      reasonCode: entry?.code ?? reasonCode,
      softDecline: details?.softDecline === true,
      entry,
    };
  }
  return unknown('Charge', token, 200, 'unexpected-authorization-state');
}

function unknown(
  operation: AmazonPayOperation,
  token: string | undefined,
  statusCode: number | undefined,
  reason: UnknownOutcomeReason,
): PaymentOutcome {
  return { kind: 'unknown', operation, token, statusCode, reason };
}
