import { buy, chargeInput, directiveOf, setUp, storeSkill } from '../support/payment-skill';

describe('the directive helpers', () => {
  it('fill in @type and @version at every level of a Charge', async () => {
    const response = await storeSkill().invoke(buy());
    const directive = directiveOf(response);

    expect(directive).toMatchObject({ type: 'Connections.SendRequest', name: 'Charge' });
    expect(directive.payload).toEqual({
      '@type': 'ChargeAmazonPayRequest',
      '@version': '2',
      sellerId: 'A1SELLER',
      billingAgreementId: 'C01-0000000-0000001',
      paymentAction: 'AuthorizeAndCapture',
      authorizeAttributes: {
        '@type': 'AuthorizeAttributes',
        '@version': '2',
        authorizationReferenceId: 'order-0001',
        authorizationAmount: {
          '@type': 'Price',
          '@version': '2',
          amount: '12.50',
          currencyCode: 'USD',
        },
        softDescriptor: 'Tea House',
        sellerAuthorizationNote: 'One box of green tea',
      },
      sellerOrderAttributes: {
        '@type': 'SellerOrderAttributes',
        '@version': '2',
        sellerOrderId: 'order-0001',
        storeName: 'Tea House',
        sellerNote: 'Thank you',
      },
    });
    expect(typeof directive.token).toBe('string');
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('fill them in for a Setup, nested attributes and provider credits included', async () => {
    const setup = directiveOf(await storeSkill().invoke(setUp()));
    const withProvider = directiveOf(
      await storeSkill(
        {},
        {
          ...chargeInput,
          providerAttributes: {
            providerId: 'P1',
            providerCreditList: [
              { providerId: 'P1', credit: { amount: '1.00', currencyCode: 'USD' } },
            ],
          },
        },
      ).invoke(buy()),
    );

    expect(setup.payload).toMatchObject({
      '@type': 'SetupAmazonPayRequest',
      '@version': '2',
      billingAgreementAttributes: {
        '@type': 'BillingAgreementAttributes',
        '@version': '2',
        sellerBillingAgreementAttributes: {
          '@type': 'SellerBillingAgreementAttributes',
          '@version': '2',
        },
      },
    });
    expect(withProvider.payload?.providerAttributes).toEqual({
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

  it('keep tags a skill already wrote', async () => {
    const tagged = { ...chargeInput, '@type': 'ChargeAmazonPayRequest' as const, '@version': '2' };

    const directive = directiveOf(await storeSkill({}, tagged).invoke(buy()));

    expect(directive.payload?.['@type']).toBe('ChargeAmazonPayRequest');
  });
});
