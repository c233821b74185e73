export { errorCatalog } from './catalog/error-catalog';
export { lookupErrorCode } from './catalog/lookup';
export { billingAgreementStates } from './catalog/billing-agreement-states';
export type { BillingAgreementStateFacts } from './catalog/billing-agreement-states';
export { errorContexts } from './catalog/types';
export type {
  CatalogOperation,
  ErrorCatalogEntry,
  ErrorContext,
  ErrorType,
  HandledBy,
  PermissionCard,
  Retriable,
} from './catalog/types';
export { promptKeys } from './prompts/prompt-keys';
export type { PromptKey } from './prompts/prompt-keys';
export { promptNamespace, supportedLocales } from './prompts/resources';
export { promptResources } from './prompts/prompt-tables';
export type { PromptTable, SupportedLocale } from './prompts/resources';
export type { PromptOverrides } from './prompts/overrides';
export type { MerchantName, MerchantNamesByLocale } from './prompts/merchant-names';
export {
  AmazonPayConfigurationError,
  isAmazonPayConfigurationError,
} from './errors/configuration-error';
export { classifyConnectionsResponse } from './outcome/classify';
export type {
  AmazonPayOperation,
  BillingAgreementStatus,
  ChargeAmazonPayResult,
  ChargeDeclineOutcome,
  ChargePendingOutcome,
  ChargeSuccessOutcome,
  ErrorOutcome,
  PaymentOutcome,
  PaymentOutcomeKind,
  SetupAmazonPayResult,
  SetupSuccessOutcome,
  SuccessfulAuthorizationState,
  UnconfirmedChargeOutcome,
  UnknownOutcome,
  UnknownOutcomeReason,
} from './outcome/types';
export { isUnconfirmedCharge } from './outcome/unconfirmed';
export { createAmazonPayMiddleware } from './middleware/create-middleware';
export type { AmazonPayMiddleware, SkillBuilderLike } from './middleware/create-middleware';
export type {
  AmazonPayMiddlewareOptions,
  OutcomeCallback,
  RetryOptions,
} from './middleware/options';
export type { ResendableCode } from './attempts/attempt';
export type { ChargeInput, SetupInput, Untagged } from './directives/payload-types';
export { findPayloadProblems } from './directives/validate-payload';
export type { PayloadOperation, PayloadProblem } from './directives/validate-payload';
export {
  checkoutLanguages,
  countriesOfEstablishment,
  currencyDecimals,
  maxLengths,
  paymentActions,
} from './directives/amazon-pay-limits';
export type {
  AmazonPayLogEvent,
  AmazonPayLogEventKind,
  AmazonPayLogger,
} from './middleware/log-event';
export { amazonPayLogEventKinds } from './middleware/log-event-kinds';
export { getPaymentOutcome } from './middleware/outcome-store';
export {
  amazonPayPermissionStatus,
  amazonPayScope,
  isAmazonPayPermissionGranted,
} from './middleware/permissions';
export { getBuyerId } from './buyer-id/get-buyer-id';
export type { BuyerIdOptions } from './buyer-id/get-buyer-id';
export {
  AmazonPayBuyerIdError,
  AmazonPayFpsError,
  AmazonPayValidationError,
  isAmazonPayBuyerIdError,
  isAmazonPayFpsError,
  isAmazonPayValidationError,
} from './errors/payment-errors';
export type { BuyerIdErrorDetails, FpsErrorDetails } from './errors/payment-errors';
export { amazonPayFpsErrorFrom } from './errors/fps-answer';
export { AmazonPayPersistenceError, isAmazonPayPersistenceError } from './errors/persistence-error';
