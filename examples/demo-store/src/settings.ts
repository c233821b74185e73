/** The skill's settings in Lambda, all from environment variables. */
export interface DeploymentSettings {
  readonly sellerId: string;
  readonly tableName: string;
  readonly tokenSecret: string | undefined;
  readonly sandboxEmail: string | undefined;
}

/** The variables the skill reads; the first two are required. */
export const environmentVariables = {
  sellerId: 'AMAZON_PAY_SELLER_ID',
  tableName: 'ORDERS_TABLE_NAME',
  tokenSecret: 'AMAZON_PAY_TOKEN_SECRET',
  sandboxEmail: 'AMAZON_PAY_SANDBOX_EMAIL',
} as const;

const valueOf = (environment: NodeJS.ProcessEnv, name: string) => {
  const value = environment[name]?.trim();
  return value === '' ? undefined : value;
};

/**
 * Reads the settings, and stops the skill at start-up when a required one is missing: a made-up
 * seller id would only surface later, as an error in front of a customer.
 */
export function settingsFromEnvironment(environment: NodeJS.ProcessEnv): DeploymentSettings {
  const sellerId = valueOf(environment, environmentVariables.sellerId);
  const tableName = valueOf(environment, environmentVariables.tableName);
  const missing = [
    sellerId === undefined ? `${environmentVariables.sellerId} (your Amazon Pay merchant id)` : [],
    tableName === undefined
      ? `${environmentVariables.tableName} (the DynamoDB table of orders)`
      : [],
  ].flat();
  if (sellerId === undefined || tableName === undefined)
    throw new Error(`Tea House cannot start: set ${missing.join(' and ')}.`);
  return {
    sellerId,
    tableName,
    tokenSecret: valueOf(environment, environmentVariables.tokenSecret),
    sandboxEmail: valueOf(environment, environmentVariables.sandboxEmail),
  };
}
