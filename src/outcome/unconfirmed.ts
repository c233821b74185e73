import type { PaymentOutcome, UnconfirmedChargeOutcome } from './types';

/**
 * True for a Charge whose answer cannot be read (a 200 without a readable authorization state,
 * or no readable status at all). Amazon Pay may well have taken the money: such a Charge is
 * neither a failure nor a success until the order is looked up.
 *
 * @example
 * if (isUnconfirmedCharge(outcome)) holdTheOrder(outcome.token);
 */
export function isUnconfirmedCharge(
  outcome: PaymentOutcome | undefined,
): outcome is UnconfirmedChargeOutcome {
  return outcome?.kind === 'unknown' && outcome.operation === 'Charge';
}
