import { amazonPayForAlexaErrorRows } from './amazon-pay-for-alexa-errors';
import { buyerIdErrorRows } from './buyer-id-errors';
import type { CatalogRow } from './catalog-row';
import { reasonCodeRows } from './decline-and-agreement-reasons';
import { fpsErrorRows } from './fps-errors';
import type { CatalogOperation, ErrorCatalogEntry, ErrorContext } from './types';

const operationsByContext: Readonly<Record<ErrorContext, readonly CatalogOperation[]>> = {
  setup: ['Setup'],
  charge: ['Charge'],
  permission: ['Setup', 'Charge'],
  decline: ['Charge'],
  'billing-agreement': ['Setup'],
  'buyer-id': ['BuyerId'],
  fps: ['FPS'],
};

const contextOrder = Object.keys(operationsByContext) as ErrorContext[];

function toEntries({
  contexts,
  aliases = [],
  customerMessageOffered = false,
  ...facts
}: CatalogRow) {
  return contexts.map((context): ErrorCatalogEntry =>
    Object.freeze({
      ...facts,
      aliases: Object.freeze([...aliases]),
      context,
      operations: Object.freeze([...operationsByContext[context]]),
      customerMessageOffered,
    }),
  );
}

/**
 * Every code of the Amazon Pay for Alexa and Amazon FPS references, one entry per code and
 * context, ordered by context (Setup, Charge, permission, decline, billing agreement,
 * Buyer ID, FPS). Frozen: shared by every request.
 */
export const errorCatalog: readonly ErrorCatalogEntry[] = Object.freeze(
  [...amazonPayForAlexaErrorRows, ...reasonCodeRows, ...buyerIdErrorRows, ...fpsErrorRows]
    .flatMap(toEntries)
    .sort((a, b) => contextOrder.indexOf(a.context) - contextOrder.indexOf(b.context)),
);
