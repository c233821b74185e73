import {
  billingAgreementStates,
  errorCatalog,
  promptKeys,
  type ErrorCatalogEntry,
  type ErrorContext,
} from '../../src';
import { repromptFor } from '../../src/prompts/prompt-keys';

// Every code of the two reference documents, written out by hand from them:
// [context, code, HTTP status, who handles it, retriable].
type FactTail = [string, number | undefined, 'amazon-pay' | 'merchant', 'yes' | 'no' | 'after-fix'];
type Fact = [ErrorContext, ...FactTail];

const bothOperations = (facts: FactTail[]): Fact[] =>
  facts.flatMap((fact) => [['setup', ...fact] as Fact, ['charge', ...fact] as Fact]);

const seededFacts: Fact[] = [
  // Handled by Amazon Pay (Setup and Charge tables, PIN table, 1-Click table).
  ...bothOperations([
    ['UnsupportedClientPlatform', 403, 'amazon-pay', 'after-fix'],
    ['InvalidShippingAddress', 400, 'amazon-pay', 'after-fix'],
    ['InvalidAccountStatus', 403, 'amazon-pay', 'after-fix'],
    ['RequestThrottled', 429, 'amazon-pay', 'yes'],
    ['InvalidPaymentMethod', 400, 'amazon-pay', 'after-fix'],
    ['UnsupportedCustomerAccount', 400, 'amazon-pay', 'after-fix'],
    ['CustomerApprovalFailure', 403, 'amazon-pay', 'after-fix'],
    ['VoicePurchaseNotEnabled', 403, 'amazon-pay', 'after-fix'],
    // Handled by the merchant in both tables.
    ['InvalidSellerId', 400, 'merchant', 'after-fix'],
    ['InvalidParameterValue', 400, 'merchant', 'after-fix'],
    ['UnauthorizedAccess', 403, 'merchant', 'no'],
    ['ReleaseEnvironmentNotAllowed', 403, 'merchant', 'after-fix'],
    ['InternalServerError', 500, 'merchant', 'yes'],
    ['ServiceUnavailable', 500, 'merchant', 'yes'],
  ]),
  ['setup', 'UnsupportedCurrency', 400, 'merchant', 'after-fix'],
  ['setup', 'UnsupportedCountryOfEstablishment', 400, 'merchant', 'after-fix'],
  ['setup', 'BuyerEqualsSeller', 400, 'merchant', 'after-fix'],
  ['setup', 'InvalidSandboxCustomerEmail', 400, 'merchant', 'after-fix'],
  ['charge', 'InvalidBillingAgreementId', 400, 'merchant', 'after-fix'],
  ['charge', 'InvalidBillingAgreementStatus', 400, 'merchant', 'after-fix'],
  ['charge', 'InvalidPaymentAction', 400, 'merchant', 'after-fix'],
  ['charge', 'InvalidAuthorizationAmount', 400, 'merchant', 'after-fix'],
  ['charge', 'PeriodicAmountExceeded', 400, 'merchant', 'after-fix'],
  ['charge', 'ProviderNotAuthorized', 403, 'merchant', 'no'],
  ['charge', 'DuplicateRequest', 400, 'merchant', 'no'],
  ['permission', 'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE', 403, 'merchant', 'after-fix'],
  ['permission', 'FORBIDDEN', 403, 'merchant', 'after-fix'],
  ['permission', 'ACCESS_NOT_REQUESTED', 403, 'merchant', 'after-fix'],
  ['permission', 'ACCESS_DENIED', 403, 'merchant', 'after-fix'],
  ['decline', 'InvalidPaymentMethod', 200, 'amazon-pay', 'after-fix'],
  ['decline', 'TransactionTimedOut', 200, 'amazon-pay', 'no'],
  ['decline', 'AmazonRejected', 200, 'amazon-pay', 'no'],
  ['decline', 'ProcessingFailure', 200, 'amazon-pay', 'no'],
  ['billing-agreement', 'InvalidPaymentMethod', 200, 'merchant', 'no'],
  ['buyer-id', 'Forbidden', 403, 'merchant', 'no'],
  ['buyer-id', 'InvalidRequest', 400, 'merchant', 'after-fix'],
  ['buyer-id', 'InvalidToken', 400, 'merchant', 'after-fix'],
  ['buyer-id', 'InsufficientScope', 401, 'merchant', 'after-fix'],
  ['buyer-id', 'ServerError', 500, 'merchant', 'yes'],
  // FPS: no HTTP status in its reference; retriable exactly as it says.
  ...(
    [
      ['AccessFailure', 'yes'],
      ['AccountClosed', 'yes'],
      ['AccountLimitsExceeded', 'yes'],
      ['AmountOutOfRange', 'no'],
      ['ConcurrentModification', 'yes'],
      ['DuplicateRequest', 'no'],
      ['InactiveInstrument', 'no'],
      ['InsufficientBalance', 'yes'],
      ['InternalError', 'yes'],
      ['InvalidAccountState', 'yes'],
      ['InvalidAccountState_Caller', 'yes'],
      ['InvalidAccountState_Recipient', 'yes'],
      ['InvalidAccountState_Sender', 'yes'],
      ['InvalidParameter', 'no'],
      ['InvalidSubscriptionID', 'no'],
      ['InvalidSubscriptionState', 'no'],
      ['InvalidSenderRoleForAccountType', 'no'],
      ['InvalidTokenId', 'no'],
      ['InvalidTokenId_Recipient', 'no'],
      ['InvalidTokenId_Sender', 'no'],
      ['InvalidTokenType', 'no'],
      ['InvalidTransactionId', 'no'],
      ['InvalidTransactionState', 'no'],
      ['MissingRequiredParameter', 'after-fix'],
      ['OriginalTransactionFailed', 'no'],
      ['OriginalTransactionIncomplete', 'yes'],
      ['RefundAmountExceeded', 'no'],
      ['RefundDenied', 'yes'],
      ['SenderNotOriginalRecipient', 'no'],
      ['SettleAmountGreaterThanReserveDebt', 'no'],
      ['SettleAmountGreaterThanReserveAmount', 'no'],
      ['SystemError', 'yes'],
      ['TokenAccessDenied', 'no'],
      ['TokenNotActive_Recipient', 'no'],
      ['TokenNotActive_Sender', 'no'],
      ['TransactionDenied', 'no'],
      ['TransactionFullyRefundedAlready', 'no'],
      ['TransactionTypeNotRefundable', 'no'],
      ['UnverifiedAccount_Recipient', 'no'],
      ['UnverifiedAccount_Sender', 'no'],
      ['UnverifiedBankAccount', 'no'],
      ['UnverifiedEmailAddress_Caller', 'no'],
      ['UnverifiedEmailAddress_Recipient', 'no'],
      ['UnverifiedEmailAddress_Sender', 'no'],
    ] as const
  ).map(([code, retriable]): Fact => ['fps', code, undefined, 'merchant', retriable]),
];

const entryFor = (context: ErrorContext, code: string): ErrorCatalogEntry | undefined =>
  errorCatalog.find((entry) => entry.context === context && entry.code === code);

describe('error catalog', () => {
  it.each(seededFacts)(
    '%s %s: status %s, handled by %s, retriable %s',
    (context, code, status, handledBy, retriable) => {
      const entry = entryFor(context, code);

      expect(entry).toMatchObject({ context, code, httpStatus: status, handledBy, retriable });
    },
  );

  it('holds exactly the seeded codes, once per context', () => {
    const keys = errorCatalog.map((entry) => `${entry.context} ${entry.code}`);

    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(
      seededFacts.map(([context, code]) => `${context} ${code}`).sort(),
    );
  });

  it('carries all 44 FPS codes, the five wrapped names joined', () => {
    const fps = errorCatalog.filter((entry) => entry.context === 'fps').map((entry) => entry.code);

    expect(fps).toHaveLength(44);
    expect(fps).toEqual(
      expect.arrayContaining([
        'InvalidSenderRoleForAccountType',
        'SettleAmountGreaterThanReserveDebt',
        'SettleAmountGreaterThanReserveAmount',
        'TransactionFullyRefundedAlready',
        'UnverifiedEmailAddress_Recipient',
      ]),
    );
    expect(fps.every((code) => /^[A-Za-z_]+$/.test(code))).toBe(true);
  });

  it.each([
    ['setup', 'Setup'],
    ['charge', 'Charge'],
    ['decline', 'Charge'],
    ['billing-agreement', 'Setup'],
    ['buyer-id', 'BuyerId'],
    ['fps', 'FPS'],
  ] as const)('gives %s entries the operation %s', (context, operation) => {
    const entries = errorCatalog.filter((entry) => entry.context === context);

    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.operations.join() === operation)).toBe(true);
  });

  it('gives permission errors both operations', () => {
    const permission = errorCatalog.filter((entry) => entry.context === 'permission');

    expect(permission.map((entry) => entry.operations)).toEqual(Array(4).fill(['Setup', 'Charge']));
  });

  it.each([
    ['permission', 'ACCESS_NOT_REQUESTED', 'always'],
    ['permission', 'ACCESS_DENIED', 'always'],
    ['permission', 'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE', 'japan'],
    ['permission', 'FORBIDDEN', 'never'],
    ['buyer-id', 'InsufficientScope', 'always'],
  ] as const)('%s %s calls for a consent card: %s', (context, code, card) => {
    expect(entryFor(context, code)?.permissionCard).toBe(card);
  });

  it('calls for no consent card anywhere else', () => {
    const withCard = errorCatalog.filter((entry) => entry.permissionCard !== 'never');

    expect(withCard.map((entry) => entry.code).sort()).toEqual([
      'ACCESS_DENIED',
      'ACCESS_NOT_REQUESTED',
      'InsufficientScope',
      'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE',
    ]);
  });

  it.each([
    ['setup', 'InvalidSellerId', 'integration'],
    ['setup', 'InvalidSandboxCustomerEmail', 'sandbox'],
    ['setup', 'InternalServerError', 'runtime'],
    ['charge', 'InvalidBillingAgreementId', 'runtime'],
    ['charge', 'UnauthorizedAccess', 'integration'],
    ['permission', 'FORBIDDEN', 'integration'],
    ['permission', 'MISSING_PERMISSIONS_TO_ACCESS_RESOURCE', 'integration'],
    ['permission', 'ACCESS_DENIED', 'runtime'],
    ['charge', 'CustomerApprovalFailure', 'runtime'],
  ] as const)('%s %s is a %s error', (context, code, errorType) => {
    expect(entryFor(context, code)?.errorType).toBe(errorType);
  });

  it('marks as voiced by Amazon Pay exactly the codes the reference gives a user voice prompt for', () => {
    const voiced = errorCatalog
      .filter((entry) => entry.voicedByAmazonPay)
      .map((e) => `${e.context} ${e.code}`);
    const amazonPaySpeaks = [
      'UnsupportedClientPlatform',
      'InvalidShippingAddress',
      'InvalidAccountStatus',
      'RequestThrottled',
      'InvalidPaymentMethod',
      'UnsupportedCustomerAccount',
      'CustomerApprovalFailure',
      'VoicePurchaseNotEnabled',
    ];
    const declines = [
      'InvalidPaymentMethod',
      'TransactionTimedOut',
      'AmazonRejected',
      'ProcessingFailure',
    ];

    expect(voiced.sort()).toEqual(
      [
        ...amazonPaySpeaks.flatMap((code) => [`setup ${code}`, `charge ${code}`]),
        ...declines.map((code) => `decline ${code}`),
      ].sort(),
    );
  });

  it('knows the Japanese name of InvalidAccountStatus as an alias', () => {
    expect(entryFor('charge', 'InvalidAccountStatus')?.aliases).toEqual([
      'InvalidMerchantAccountStatus',
    ]);
  });

  it('offers a customer sentence for exactly the FPS codes whose reference gives one', () => {
    const offered = errorCatalog
      .filter((entry) => entry.customerMessageOffered)
      .map((entry) => entry.code);

    expect(offered.sort()).toEqual([
      'AccessFailure',
      'AccountClosed',
      'AccountLimitsExceeded',
      'InvalidAccountState_Recipient',
      'InvalidAccountState_Sender',
      'UnverifiedAccount_Recipient',
      'UnverifiedAccount_Sender',
      'UnverifiedEmailAddress_Recipient',
      'UnverifiedEmailAddress_Sender',
    ]);
    expect(
      errorCatalog
        .filter((e) => e.context === 'fps' && !e.customerMessageOffered)
        .every((e) => e.promptKey === 'error.unexpected'),
    ).toBe(true);
  });

  it('gives every entry a developer message, a corrective action and, unless nothing is said, a prompt key', () => {
    for (const entry of errorCatalog) {
      expect(entry.developerMessage.length).toBeGreaterThan(10);
      expect(entry.correctiveAction.length).toBeGreaterThan(5);
      if (entry.context !== 'billing-agreement') expect(entry.promptKey).toBeDefined();
    }
  });

  it('asks no question in any entry: only the middleware, which waits for the answer, asks one', () => {
    const questions = errorCatalog.filter(
      (entry) => entry.promptKey !== undefined && repromptFor[entry.promptKey] !== undefined,
    );

    expect(questions.map((entry) => entry.code)).toEqual([]);
  });

  it('is frozen, entries and lists included', () => {
    expect(Object.isFrozen(errorCatalog)).toBe(true);
    for (const entry of errorCatalog) {
      expect(Object.isFrozen(entry)).toBe(true);
      expect(Object.isFrozen(entry.operations)).toBe(true);
      expect(Object.isFrozen(entry.aliases)).toBe(true);
    }
  });
});

describe('billing agreement states', () => {
  it('describes Open as chargeable and Suspended with its reason code', () => {
    expect(billingAgreementStates.OPEN).toMatchObject({ chargeable: true, reasonCodes: [] });
    expect(billingAgreementStates.SUSPENDED).toMatchObject({
      chargeable: false,
      reasonCodes: ['InvalidPaymentMethod'],
    });
    for (const reason of billingAgreementStates.SUSPENDED?.reasonCodes ?? []) {
      expect(
        errorCatalog.some(
          (entry) => entry.context === 'billing-agreement' && entry.code === reason,
        ),
      ).toBe(true);
    }
  });
});

describe('prompt keys', () => {
  it('names every prompt key a catalog entry uses', () => {
    const used = new Set(
      errorCatalog.flatMap((entry) => (entry.promptKey === undefined ? [] : [entry.promptKey])),
    );

    for (const key of used) expect(promptKeys).toContain(key);
  });
});
