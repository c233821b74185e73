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

/**
 * The figures a run measures: all of them, or those named by `--only` (`--only
 * coldStart,nonPayment`), in the table's order. An unknown name is refused with the list.
 */
export function chosenFigures(args: readonly string[]): {
  figures: readonly Figure[];
  partial: boolean;
} {
  const at = args.indexOf('--only');
  if (at < 0) return { figures, partial: false };
  const keys = figures.map((figure) => figure.key);
  const names = (args[at + 1] ?? '').split(',').filter((name) => name !== '');
  const unknown = names.filter((name) => !keys.includes(name));
  if (names.length === 0 || unknown.length > 0)
    throw new Error(`--only takes a comma-separated list of ${keys.join(', ')}`);
  return { figures: figures.filter((figure) => names.includes(figure.key)), partial: true };
}
