import {
  findPayloadProblems,
  isAmazonPayValidationError,
  type ChargeInput,
  type SetupInput,
} from '../../src';
import { withTags } from '../../src/directives/tags';
import { expectedSpeech } from '../support/prompt-text';
import { ssmlOf } from '../support/skill';
import {
  buy,
  chargeInput,
  directiveOf,
  errorAnswerTo,
  setupInput,
  storeSkill,
} from '../support/payment-skill';

type Change = (payload: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

const changed = <T>(payload: T, change: Change): T => {
  const copy = structuredClone(payload) as Record<string, unknown>;
  change(copy);
  return copy as T;
};

// [field, code, a valid change, an invalid change]
const setupRules: [string, string, Change, Change][] = [
  [
    'billingAgreementAttributes',
    'InvalidParameterValue',
    (p) => delete p.billingAgreementAttributes,
    (p) => (p.billingAgreementAttributes = 'CustomerInitiatedTransaction'),
  ],
  [
    'billingAgreementAttributes.sellerBillingAgreementAttributes',
    'InvalidParameterValue',
    (p) => delete p.billingAgreementAttributes.sellerBillingAgreementAttributes,
    (p) => (p.billingAgreementAttributes.sellerBillingAgreementAttributes = null),
  ],
  [
    'billingAgreementAttributes.subscriptionAmount',
    'InvalidParameterValue',
    (p) => (p.billingAgreementAttributes.subscriptionAmount = { amount: '5', currencyCode: 'EUR' }),
    (p) => (p.billingAgreementAttributes.subscriptionAmount = '5.00'),
  ],
  ['sellerId', 'InvalidSellerId', (p) => (p.sellerId = 'A2OTHER'), (p) => (p.sellerId = '')],
  [
    'countryOfEstablishment',
    'UnsupportedCountryOfEstablishment',
    (p) => (p.countryOfEstablishment = 'UK'),
    (p) => (p.countryOfEstablishment = 'GB'),
  ],
  [
    'countryOfEstablishment',
    'UnsupportedCountryOfEstablishment',
    (p) => (p.countryOfEstablishment = 'JP'),
    (p) => (p.countryOfEstablishment = 'BR'),
  ],
  [
    'ledgerCurrency',
    'UnsupportedCurrency',
    (p) => (p.ledgerCurrency = 'JPY'),
    (p) => (p.ledgerCurrency = 'CHF'),
  ],
  [
    'checkoutLanguage',
    'InvalidParameterValue',
    (p) => (p.checkoutLanguage = 'ja_JP'),
    (p) => (p.checkoutLanguage = 'ja-JP'),
  ],
  [
    'checkoutLanguage',
    'InvalidParameterValue',
    (p) => delete p.checkoutLanguage,
    (p) => (p.checkoutLanguage = 'pt_BR'),
  ],
  [
    'sandboxMode',
    'InvalidParameterValue',
    (p) => (p.sandboxMode = true),
    (p) => (p.sandboxMode = 'yes'),
  ],
  [
    'needAmazonShippingAddress',
    'InvalidParameterValue',
    (p) => (p.needAmazonShippingAddress = false),
    (p) => (p.needAmazonShippingAddress = 1),
  ],
  [
    'sandboxCustomerEmailId',
    'InvalidSandboxCustomerEmail',
    (p) => (p.sandboxMode = true),
    (p) => (p.sandboxMode = false),
  ],
  [
    'billingAgreementAttributes.sellerNote',
    'InvalidParameterValue',
    (p) => (p.billingAgreementAttributes.sellerNote = 'n'.repeat(1024)),
    (p) => (p.billingAgreementAttributes.sellerNote = 'n'.repeat(1025)),
  ],
  [
    'billingAgreementAttributes.sellerBillingAgreementAttributes.customInformation',
    'InvalidParameterValue',
    (p) =>
      (p.billingAgreementAttributes.sellerBillingAgreementAttributes.customInformation = 'c'.repeat(
        1024,
      )),
    (p) =>
      (p.billingAgreementAttributes.sellerBillingAgreementAttributes.customInformation = 'c'.repeat(
        1025,
      )),
  ],
  [
    'billingAgreementAttributes.billingAgreementType',
    'InvalidParameterValue',
    (p) => (p.billingAgreementAttributes.billingAgreementType = 'MerchantInitiatedTransaction'),
    (p) => (p.billingAgreementAttributes.billingAgreementType = 'Monthly'),
  ],
  [
    'billingAgreementAttributes.subscriptionAmount.amount',
    'InvalidParameterValue',
    (p) =>
      (p.billingAgreementAttributes.subscriptionAmount = { amount: '5.00', currencyCode: 'USD' }),
    (p) =>
      (p.billingAgreementAttributes.subscriptionAmount = { amount: '5.001', currencyCode: 'USD' }),
  ],
  [
    'billingAgreementAttributes.subscriptionAmount.currencyCode',
    'InvalidParameterValue',
    (p) =>
      (p.billingAgreementAttributes.subscriptionAmount = { amount: '500', currencyCode: 'JPY' }),
    (p) => (p.billingAgreementAttributes.subscriptionAmount = { amount: '5', currencyCode: 'XXX' }),
  ],
];

const chargeRules: [string, string, Change, Change][] = [
  [
    'sellerOrderAttributes',
    'InvalidParameterValue',
    (p) => delete p.sellerOrderAttributes,
    (p) => (p.sellerOrderAttributes = 'Tea House'),
  ],
  [
    'providerAttributes',
    'InvalidParameterValue',
    (p) => (p.providerAttributes = { providerId: 'P1', providerCreditList: [] }),
    (p) => (p.providerAttributes = ['P1']),
  ],
  ['sellerId', 'InvalidSellerId', (p) => (p.sellerId = 'A2OTHER'), (p) => delete p.sellerId],
  [
    'billingAgreementId',
    'InvalidBillingAgreementId',
    (p) => (p.billingAgreementId = 'C01-9'),
    (p) => (p.billingAgreementId = ' '),
  ],
  [
    'paymentAction',
    'InvalidPaymentAction',
    (p) => (p.paymentAction = 'Authorize'),
    (p) => (p.paymentAction = 'Capture'),
  ],
  [
    'authorizeAttributes',
    'InvalidParameterValue',
    () => undefined,
    (p) => delete p.authorizeAttributes,
  ],
  [
    'authorizeAttributes.authorizationReferenceId',
    'InvalidParameterValue',
    (p) => (p.authorizeAttributes.authorizationReferenceId = 'r'.repeat(32)),
    (p) => (p.authorizeAttributes.authorizationReferenceId = 'r'.repeat(33)),
  ],
  [
    'authorizeAttributes.authorizationReferenceId',
    'InvalidParameterValue',
    () => undefined,
    (p) => (p.authorizeAttributes.authorizationReferenceId = ''),
  ],
  [
    'authorizeAttributes.authorizationAmount.amount',
    'InvalidAuthorizationAmount',
    (p) => (p.authorizeAttributes.authorizationAmount.amount = '0.01'),
    (p) => (p.authorizeAttributes.authorizationAmount.amount = '0'),
  ],
  [
    'authorizeAttributes.authorizationAmount.amount',
    'InvalidAuthorizationAmount',
    (p) => (p.authorizeAttributes.authorizationAmount.amount = '10'),
    (p) => (p.authorizeAttributes.authorizationAmount.amount = '-5.00'),
  ],
  [
    'authorizeAttributes.authorizationAmount.amount',
    'InvalidAuthorizationAmount',
    (p) => (p.authorizeAttributes.authorizationAmount.amount = '10.5'),
    (p) => (p.authorizeAttributes.authorizationAmount.amount = '10.505'),
  ],
  [
    'authorizeAttributes.authorizationAmount.amount',
    'InvalidAuthorizationAmount',
    (p) => (p.authorizeAttributes.authorizationAmount.amount = '12.50'),
    (p) => (p.authorizeAttributes.authorizationAmount.amount = 12.5),
  ],
  [
    'authorizeAttributes.authorizationAmount.amount',
    'InvalidAuthorizationAmount',
    (p) => (p.authorizeAttributes.authorizationAmount = { amount: '300', currencyCode: 'JPY' }),
    (p) => (p.authorizeAttributes.authorizationAmount = { amount: '300.00', currencyCode: 'JPY' }),
  ],
  [
    'authorizeAttributes.authorizationAmount.currencyCode',
    'InvalidAuthorizationAmount',
    (p) => (p.authorizeAttributes.authorizationAmount.currencyCode = 'EUR'),
    (p) => (p.authorizeAttributes.authorizationAmount.currencyCode = 'usd'),
  ],
  [
    'authorizeAttributes.softDescriptor',
    'InvalidParameterValue',
    (p) => (p.authorizeAttributes.softDescriptor = 's'.repeat(16)),
    (p) => (p.authorizeAttributes.softDescriptor = 's'.repeat(17)),
  ],
  [
    'authorizeAttributes.sellerAuthorizationNote',
    'InvalidParameterValue',
    (p) => (p.authorizeAttributes.sellerAuthorizationNote = 'n'.repeat(255)),
    (p) => (p.authorizeAttributes.sellerAuthorizationNote = 'n'.repeat(256)),
  ],
  [
    'authorizeAttributes.transactionTimeout',
    'InvalidParameterValue',
    (p) => (p.authorizeAttributes.transactionTimeout = 0),
    (p) => (p.authorizeAttributes.transactionTimeout = 1.5),
  ],
  [
    'sellerOrderAttributes.sellerNote',
    'InvalidParameterValue',
    (p) => (p.sellerOrderAttributes.sellerNote = '🍵'.repeat(1024)),
    (p) => (p.sellerOrderAttributes.sellerNote = '🍵'.repeat(1025)),
  ],
  [
    'sellerOrderAttributes.customInformation',
    'InvalidParameterValue',
    (p) => (p.sellerOrderAttributes.customInformation = 'c'.repeat(1024)),
    (p) => (p.sellerOrderAttributes.customInformation = 5),
  ],
];

const messageCases: ['Setup' | 'Charge', Change, string][] = [
  ['Setup', (p) => (p.ledgerCurrency = 'CHF'), 'ledgerCurrency must be one of EUR, GBP, USD, JPY.'],
  [
    'Setup',
    (p) => (p.countryOfEstablishment = 'BR'),
    'countryOfEstablishment must be one of AT, BE, CH, CY, DE, DK, ES, FR, HU, IE, IT, JP, LU, NL, PT, SE, UK, US.',
  ],
  [
    'Setup',
    (p) => (p.checkoutLanguage = 'pt_BR'),
    'checkoutLanguage must be one of de_DE, en_GB, en_US, es_ES, fr_FR, it_IT, ja_JP.',
  ],
  [
    'Setup',
    (p) => (p.checkoutLanguage = 5),
    'checkoutLanguage must be one of de_DE, en_GB, en_US, es_ES, fr_FR, it_IT, ja_JP.',
  ],
  [
    'Charge',
    (p) => (p.authorizeAttributes.authorizationAmount.amount = '10.00x'),
    'authorizeAttributes.authorizationAmount.amount must be a decimal number written as a string, such as "10.00".',
  ],
  [
    'Charge',
    (p) => (p.authorizeAttributes.authorizationAmount.amount = 'x10.00'),
    'authorizeAttributes.authorizationAmount.amount must be a decimal number written as a string, such as "10.00".',
  ],
  [
    'Charge',
    (p) => (p.authorizeAttributes.authorizationAmount = { amount: '300.00', currencyCode: 'JPY' }),
    'authorizeAttributes.authorizationAmount.amount must be a whole number in JPY.',
  ],
  [
    'Charge',
    (p) => (p.authorizeAttributes.authorizationAmount.amount = '10.505'),
    'authorizeAttributes.authorizationAmount.amount may have at most 2 decimals in USD.',
  ],
  [
    'Charge',
    // An unknown currency is the one problem: its decimals are not guessed.
    (p) => (p.authorizeAttributes.authorizationAmount = { amount: '10.505', currencyCode: 'XXX' }),
    'authorizeAttributes.authorizationAmount.currencyCode must be one of EUR, GBP, USD, JPY.',
  ],
  [
    'Setup',
    // A rule checked only when the subscription amount is given, so built at run time.
    (p) => (p.billingAgreementAttributes.subscriptionAmount = { amount: '5', currencyCode: 'XXX' }),
    'billingAgreementAttributes.subscriptionAmount.currencyCode must be one of EUR, GBP, USD, JPY.',
  ],
  [
    'Charge',
    (p) => (p.authorizeAttributes.transactionTimeout = -1),
    'authorizeAttributes.transactionTimeout must be a whole number of minutes, 0 or more.',
  ],
];

describe('pre-flight validation', () => {
  it('finds nothing wrong with the reference payloads', () => {
    expect(findPayloadProblems('Setup', setupInput)).toEqual([]);
    expect(findPayloadProblems('Charge', chargeInput)).toEqual([]);
  });

  it.each(setupRules)(
    'Setup %s (%s): accepts a valid value, refuses an invalid one',
    (field, code, valid, invalid) => {
      expect(findPayloadProblems('Setup', changed(setupInput, valid))).toEqual([]);
      expect(findPayloadProblems('Setup', changed(setupInput, invalid))[0]).toEqual(
        expect.objectContaining({ field, code }),
      );
    },
  );

  it.each(chargeRules)(
    'Charge %s (%s): accepts a valid value, refuses an invalid one',
    (field, code, valid, invalid) => {
      expect(findPayloadProblems('Charge', changed(chargeInput, valid))).toEqual([]);
      expect(findPayloadProblems('Charge', changed(chargeInput, invalid))[0]).toEqual(
        expect.objectContaining({ field, code }),
      );
    },
  );

  it('suggests UK for GB and the underscore for a hyphenated language', () => {
    const [country] = findPayloadProblems(
      'Setup',
      changed(setupInput, (p) => (p.countryOfEstablishment = 'GB')),
    );
    const [language] = findPayloadProblems(
      'Setup',
      changed(setupInput, (p) => (p.checkoutLanguage = 'de-DE')),
    );

    expect(country?.message).toMatch(/\(the United Kingdom is UK, not GB\)\.$/);
    // de_DE is among the allowed values too: only the hint names it after the list.
    expect(language?.message).toMatch(/, ja_JP \(with an underscore: de_DE\)\.$/);
  });

  // The words the developer reads in the error, for each kind of check.
  it.each(messageCases)(
    '%s: tells the developer in words what is wrong (%#)',
    (operation, change, message) => {
      const payload = changed(operation === 'Setup' ? setupInput : chargeInput, change);

      expect(findPayloadProblems(operation, payload).map((problem) => problem.message)).toEqual([
        message,
      ]);
    },
  );

  it('accepts a Setup that leaves out every optional field', () => {
    const minimal = changed(setupInput, (p) => {
      delete p.sandboxMode;
      delete p.sandboxCustomerEmailId;
      delete p.checkoutLanguage;
      delete p.needAmazonShippingAddress;
      delete p.billingAgreementAttributes;
    });

    expect(findPayloadProblems('Setup', minimal)).toEqual([]);
  });

  it('refuses what is not a payload at all', () => {
    for (const payload of [null, 'sellerId', [], 42])
      expect(findPayloadProblems('Charge', payload)).toEqual([
        expect.objectContaining({ code: 'InvalidParameterValue' }),
      ]);
  });
});

describe('the directive helpers refuse bad payloads', () => {
  it('reject with an AmazonPayValidationError naming the code and the field', async () => {
    const bad = changed(
      chargeInput,
      (p) => (p.authorizeAttributes.authorizationAmount.amount = '12.345'),
    );
    const caught = await storeSkill()
      .middleware.chargeDirective({ requestEnvelope: buy() } as never, bad)
      .then(
        () => undefined,
        (error: unknown) => error,
      );

    expect(isAmazonPayValidationError(caught)).toBe(true);
    expect(caught).toMatchObject({
      code: 'InvalidAuthorizationAmount',
      field: 'authorizeAttributes.authorizationAmount.amount',
      operation: 'Charge',
    });
  });

  it('reject a payload tagged as something else', async () => {
    const mistaken = {
      ...chargeInput,
      authorizeAttributes: { ...chargeInput.authorizeAttributes, '@type': 'Price' },
    } as unknown as ChargeInput;

    await expect(
      storeSkill().middleware.chargeDirective({ requestEnvelope: buy() } as never, mistaken),
    ).rejects.toMatchObject({
      code: 'InvalidParameterValue',
      field: 'authorizeAttributes.@type',
    });
  });

  it('answer the customer kindly when the error escapes the skill, and log the code and field', async () => {
    const store = storeSkill(
      {},
      changed(
        chargeInput,
        (p) => (p.authorizeAttributes.softDescriptor = 'A descriptor far too long'),
      ),
    );

    const response = await store.invoke(buy({ locale: 'it-IT' }));

    expect(response.response.directives).toBeUndefined();
    expect(ssmlOf(response)).toBe(
      expectedSpeech('it-IT', 'error.shopCannotTakePayments', 'amazon.it'),
    );
    expect(store.events).toEqual([
      expect.objectContaining({
        kind: 'thrown',
        code: 'InvalidParameterValue',
        field: 'authorizeAttributes.softDescriptor',
      }),
    ]);
  });

  it('send a Setup in yen from Japan only with the permission', async () => {
    const japanese: SetupInput = {
      ...setupInput,
      countryOfEstablishment: 'JP',
      ledgerCurrency: 'JPY',
      checkoutLanguage: 'ja_JP',
    };
    const store = storeSkill();
    const granted = await store.invoke(buy({ locale: 'ja-JP', consent: 'GRANTED' }));
    const setupSkill = storeSkill(
      {},
      {
        ...chargeInput,
        authorizeAttributes: {
          ...chargeInput.authorizeAttributes,
          authorizationAmount: { amount: '300', currencyCode: 'JPY' },
        },
      },
    );
    const denied = await setupSkill.invoke(buy({ locale: 'ja-JP', consent: 'DENIED' }));

    expect(findPayloadProblems('Setup', japanese)).toEqual([]);
    expect(granted.response.directives).toHaveLength(1);
    expect(denied.response.directives).toBeUndefined();
    expect(denied.response.card).toMatchObject({ type: 'AskForPermissionsConsent' });
  });

  it('resend in Japan without asking for the permission again', async () => {
    const store = storeSkill(
      {},
      {
        ...chargeInput,
        authorizeAttributes: {
          ...chargeInput.authorizeAttributes,
          authorizationAmount: { amount: '300', currencyCode: 'JPY' },
        },
      },
    );
    const sent = directiveOf(await store.invoke(buy({ locale: 'ja-JP', consent: 'GRANTED' })));

    // The Connections.Response carries no permission scopes: the resend must still go out.
    const response = await store.invoke(
      errorAnswerTo(sent, 'InternalServerError', { locale: 'ja-JP' }),
    );

    expect(JSON.stringify(directiveOf(response).payload)).toBe(JSON.stringify(sent.payload));
    expect(response.response.card).toBeUndefined();
  });
});

describe('tags', () => {
  const errorOf = (tagging: () => unknown): unknown => {
    try {
      tagging();
    } catch (error) {
      return error;
    }
    throw new Error('tagging did not throw');
  };
  const providerAttributes = {
    providerId: 'P1',
    providerCreditList: [{ providerId: 'P1', credit: { amount: '1.00', currencyCode: 'USD' } }],
  };

  it('name the field of a wrong @type, at the top and deep down', () => {
    expect(errorOf(() => withTags('Charge', { ...chargeInput, '@type': 'Price' }))).toMatchObject({
      field: '@type',
    });
    expect(
      errorOf(() =>
        withTags(
          'Charge',
          changed(
            chargeInput,
            (p) => (p.authorizeAttributes.authorizationAmount['@type'] = 'Money'),
          ),
        ),
      ),
    ).toMatchObject({ field: 'authorizeAttributes.authorizationAmount.@type' });
    expect(
      errorOf(() =>
        withTags('Charge', {
          ...chargeInput,
          providerAttributes: {
            ...providerAttributes,
            providerCreditList: [{ ...providerAttributes.providerCreditList[0], '@type': 'Price' }],
          },
        }),
      ),
    ).toMatchObject({ field: 'providerAttributes.providerCreditList.0.@type' });
  });

  it('tag every item of a list', () => {
    const tagged = withTags('Charge', { ...chargeInput, providerAttributes });

    expect(tagged.providerAttributes).toEqual({
      '@type': 'ProviderAttributes',
      '@version': '2',
      providerId: 'P1',
      providerCreditList: [
        {
          '@type': 'ProviderCredit',
          '@version': '2',
          providerId: 'P1',
          credit: { '@type': 'Price', '@version': '2', amount: '1.00', currencyCode: 'USD' },
        },
      ],
    });
  });

  it('keep the @version given, and what they have no schema for as it is', () => {
    const tagged = withTags('Charge', {
      ...chargeInput,
      '@version': '3',
      futureField: { note: 'kept' },
      sellerOrderAttributes: 'not an object',
    });

    expect(tagged['@version']).toBe('3');
    expect(tagged.futureField).toEqual({ note: 'kept' });
    expect(tagged.sellerOrderAttributes).toBe('not an object');
  });
});
