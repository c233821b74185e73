import type { Figure } from '../figure';
import { coldStart, coldStartEsModule, firstPaymentRequest } from './cold-start';
import { heap } from './heap';
import { hungStore, slowDelete } from './persistence';
import { i18nextPerRequest, nonPayment, nonPaymentToBareSkill, paymentError } from './per-request';

/** Every figure `npm run bench` measures, in the order of its table. */
export const figures: readonly Figure[] = [
  nonPayment,
  nonPaymentToBareSkill,
  paymentError,
  i18nextPerRequest,
  coldStart,
  coldStartEsModule,
  firstPaymentRequest,
  heap,
  slowDelete,
  hungStore,
];
