import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createDemoStore } from './skill';

const { skill } = createDemoStore({
  tokenSecret: process.env.AMAZON_PAY_TOKEN_SECRET,
  sellerId: process.env.AMAZON_PAY_SELLER_ID,
  sandbox: process.env.AMAZON_PAY_SANDBOX !== 'false',
});

/** The Lambda entry point, in the async form current Node.js runtimes require. */
export const handler = async (
  event: RequestEnvelope,
  context?: unknown,
): Promise<ResponseEnvelope> => skill.invoke(event, context);
