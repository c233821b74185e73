import type { CatalogRow } from './catalog-row';

/**
 * Errors of the Buyer ID API (`GET /v1/buyer/id`). The API answers with snake_case codes
 * (`invalid_token`); the lookup finds these entries by either spelling.
 */
export const buyerIdErrorRows: readonly CatalogRow[] = [
  {
    code: 'Forbidden',
    contexts: ['buyer-id'],
    httpStatus: 403,
    errorType: undefined,
    handledBy: 'merchant',
    retriable: 'no',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage: 'The merchant account is not allowed to call the Buyer ID API.',
    correctiveAction:
      'Check which merchant account the skill is linked to, and ask Amazon Pay merchant support to enable Buyer ID for it.',
  },
  {
    code: 'InvalidRequest',
    contexts: ['buyer-id'],
    httpStatus: 400,
    errorType: undefined,
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage: 'The Buyer ID request lacks a required parameter or is malformed.',
    correctiveAction:
      "Call GET /v1/buyer/id with the header Authorization: Bearer followed by the request's apiAccessToken.",
  },
  {
    code: 'InvalidToken',
    contexts: ['buyer-id'],
    httpStatus: 400,
    errorType: undefined,
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.shopCannotTakePayments',
    developerMessage:
      'The access token sent to the Buyer ID API is expired, revoked, malformed or otherwise invalid.',
    correctiveAction:
      'Use the apiAccessToken of the request being handled; never keep a token for later requests.',
  },
  {
    code: 'InsufficientScope',
    contexts: ['buyer-id'],
    httpStatus: 401,
    errorType: undefined,
    handledBy: 'merchant',
    retriable: 'after-fix',
    voicedByAmazonPay: false,
    permissionCard: 'always',
    promptKey: 'permission.request',
    developerMessage: 'The access token does not carry the scope the Buyer ID API needs.',
    correctiveAction:
      'The customer has to grant the Amazon Pay permission (payments:autopay_consent); the middleware asks and sends the consent card.',
  },
  {
    code: 'ServerError',
    contexts: ['buyer-id'],
    httpStatus: 500,
    errorType: undefined,
    handledBy: 'merchant',
    retriable: 'yes',
    voicedByAmazonPay: false,
    permissionCard: 'never',
    promptKey: 'error.amazonPayUnavailable',
    developerMessage: 'The Buyer ID API failed with an error of its own.',
    correctiveAction:
      'Try the call again; if it keeps failing, the customer has to come back later.',
  },
];
