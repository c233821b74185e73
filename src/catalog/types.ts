import type { PromptKey } from '../prompts/prompt-keys';

/**
 * Where a code occurs. The same name can mean different things in different places
 * (`InvalidPaymentMethod` is a Setup/Charge error, a decline reason and the reason a
 * billing agreement is suspended), so an entry is a code *in a context*.
 */
export const errorContexts = [
  'setup',
  'charge',
  'permission',
  'decline',
  'billing-agreement',
  'buyer-id',
  'fps',
] as const;
export type ErrorContext = (typeof errorContexts)[number];

/** The operation (API call) an entry can be the answer to. */
export type CatalogOperation = 'Setup' | 'Charge' | 'BuyerId' | 'FPS';

/** How the reference documents classify an error; absent where they do not say. */
export type ErrorType = 'runtime' | 'integration' | 'sandbox';

/** Who has to act: Amazon Pay (it tells the customer itself) or the merchant's skill. */
export type HandledBy = 'amazon-pay' | 'merchant';

/**
 * `yes`: resending the same request may succeed (the 500s and 429).
 * `after-fix`: it succeeds once someone fixes what the corrective action names.
 * `no`: resending will not help.
 */
export type Retriable = 'yes' | 'no' | 'after-fix';

/**
 * Whether the skill should attach a permission consent card for `payments:autopay_consent`:
 * `always`, only in the Japanese marketplace (`japan`, where Amazon Pay sends none itself),
 * or `never`.
 */
export type PermissionCard = 'always' | 'japan' | 'never';

/** One code in one context, with every fact the reference documents give about it. */
export interface ErrorCatalogEntry {
  /** The code exactly as Amazon documents it. */
  readonly code: string;
  /** Other spellings Amazon uses for the same code. */
  readonly aliases: readonly string[];
  readonly context: ErrorContext;
  /** The operations whose answer can carry this code. */
  readonly operations: readonly CatalogOperation[];
  /** The HTTP status that comes with it; `undefined` where the documents give none (FPS). */
  readonly httpStatus: number | undefined;
  readonly errorType: ErrorType | undefined;
  readonly handledBy: HandledBy;
  readonly retriable: Retriable;
  /** True when Amazon Pay speaks to the customer about it before the skill is called. */
  readonly voicedByAmazonPay: boolean;
  readonly permissionCard: PermissionCard;
  /** True when the reference document offers a sentence meant for customers (FPS). */
  readonly customerMessageOffered: boolean;
  /** The prompt the customer hears from the skill; `undefined` when nothing is said. */
  readonly promptKey: PromptKey | undefined;
  /** What happened, for the developer's log. Never spoken. */
  readonly developerMessage: string;
  /** What to do about it, for the developer's log. Never spoken. */
  readonly correctiveAction: string;
}
