/**
 * Everything only payments need: classifying Amazon Pay responses, the catalog's lookups, the
 * middleware's payment parts (prompts, purchase attempts, directives, answers), payload checks,
 * the Buyer ID client, and the check of prompt overrides, which only skills that give some run
 * at creation, and the warning of a middleware made without a token secret. Loaded with the
 * first payment a process meets (see on-first-use.ts). The package's CommonJS build keeps it in
 * a file of its own, from which its entry re-exports the helpers and tables below through
 * getters that load the file on first read.
 */
export { missingSecretEvent } from './attempts/attempt-events';
export { getBuyerId } from './buyer-id/get-buyer-id';
export { billingAgreementStates } from './catalog/billing-agreement-states';
export { lookupErrorCode } from './catalog/lookup';
export { errorContexts } from './catalog/types';
export {
  checkoutLanguages,
  countriesOfEstablishment,
  currencyDecimals,
  maxLengths,
  paymentActions,
} from './directives/amazon-pay-limits';
export { findPayloadProblems } from './directives/validate-payload';
export { amazonPayFpsErrorFrom } from './errors/fps-answer';
export { createPaymentParts } from './middleware/payment-parts';
export { recognisePaymentError } from './middleware/thrown-errors';
export {
  amazonPayPermissionStatus,
  amazonPayScope,
  isAmazonPayPermissionGranted,
} from './middleware/permissions';
export { classifyConnectionsResponse } from './outcome/classify';
export { isUnconfirmedCharge } from './outcome/unconfirmed';
export { checkPromptOverrides } from './prompts/overrides';
export { promptKeys } from './prompts/prompt-keys';
