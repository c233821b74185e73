import { resendProblem } from '../../src/directives/resend-check';

// A kept payload is sent again only as the directive helpers built it. Text that is not JSON at
// all is refused for that reason, not for whatever an empty payload would lack.
describe('the check before a resend', () => {
  it.each(['', 'not json', '{"sellerId":', '\u0000'])(
    'refuses %j as not built by the helpers',
    (text) => {
      for (const operation of ['Setup', 'Charge'] as const)
        expect(resendProblem(operation, text)).toEqual({
          code: 'InvalidParameterValue',
          field: '',
          message: 'The payload is not JSON text in the form the directive helpers send.',
        });
    },
  );
});
