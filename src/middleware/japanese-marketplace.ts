import { isRecord, ownField, ownRecord, ownString } from '../outcome/read';

/** Whether a Setup or Charge payload is for the Japanese marketplace (country JP, or yen). */
export function isJapanesePayload(payload: unknown): boolean {
  if (!isRecord(payload)) return false;
  if (
    ownString(payload, 'countryOfEstablishment') === 'JP' ||
    ownString(payload, 'ledgerCurrency') === 'JPY'
  )
    return true;
  const authorize = ownRecord(payload, 'authorizeAttributes');
  const amount = authorize && ownRecord(authorize, 'authorizationAmount');
  return amount !== undefined && ownField(amount, 'currencyCode') === 'JPY';
}
