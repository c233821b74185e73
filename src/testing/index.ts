/**
 * Realistic Alexa request envelopes for testing skills that use Amazon Pay:
 * `import { chargeDeclinedEnvelope } from 'ask-sdk-amazon-pay-middleware/testing'`.
 */
export {
  requestEnvelope,
  launchRequestEnvelope,
  intentRequestEnvelope,
  connectionsResponseEnvelope,
  nextRequestId,
  fixtureTimestamp,
  testSkillId,
  testUserId,
} from './envelopes';
export type { ConsentFixture, EnvelopeOptions, ConnectionsResponseFixture } from './envelopes';
export {
  setupSuccessEnvelope,
  chargeSuccessEnvelope,
  chargePendingEnvelope,
  chargeDeclinedEnvelope,
  amazonPayErrorEnvelope,
} from './amazon-pay-envelopes';
export type {
  PaymentFixtureOptions,
  SetupFixture,
  ChargeFixture,
  ErrorFixture,
} from './amazon-pay-envelopes';
export { marketplaceFor } from './marketplaces';
export type { MarketplaceFixture } from './marketplaces';
export { amazonPaySpeechFor } from './amazon-pay-speech';
export { answerEnvelope } from './amazon-pay-answers';
export type { AmazonPayAnswer } from './amazon-pay-answers';
export { nextIntentInSession, playPurchase } from './play-purchase';
export type {
  AmazonPayScript,
  CustomerTurn,
  InvocableSkill,
  PlayedPurchase,
  PurchaseScript,
  PurchaseTurn,
} from './play-purchase';
export { buyerIdServiceError } from './buyer-id-errors';
export type { BuyerIdWireCode } from './buyer-id-errors';
