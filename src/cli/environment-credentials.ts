import type { ClientAuth } from '../client/index.js';
import { CliError } from './cli-error.js';

export const DEFAULT_BASE_URL = 'https://api.smartrecruiters.com';

/** The SmartRecruiters credentials and host the environment names (SMARTRECRUITERS_*). */
export interface EnvironmentCredentials {
  readonly baseUrl: string;
  readonly host: string;
  readonly auth: ClientAuth;
}

/**
 * Credentials from the environment: an API key, or an OAuth client id with its secret; undefined
 * when neither is set. Read in one place for `actions run` and `mcp`.
 */
export function environmentCredentials(env: NodeJS.ProcessEnv): EnvironmentCredentials | undefined {
  const baseUrl = env.SMARTRECRUITERS_BASE_URL || DEFAULT_BASE_URL;
  const auth: ClientAuth | undefined = env.SMARTRECRUITERS_API_KEY
    ? { type: 'api_key', apiKey: env.SMARTRECRUITERS_API_KEY }
    : env.SMARTRECRUITERS_CLIENT_ID && env.SMARTRECRUITERS_CLIENT_SECRET
      ? { type: 'oauth_client_credentials', clientId: env.SMARTRECRUITERS_CLIENT_ID, clientSecret: env.SMARTRECRUITERS_CLIENT_SECRET }
      : undefined;
  if (!auth) return undefined;
  let host: string;
  try {
    host = new URL(baseUrl).host;
  } catch {
    throw new CliError(`SMARTRECRUITERS_BASE_URL is not a URL: ${JSON.stringify(baseUrl.slice(0, 80))}`);
  }
  return { baseUrl, host, auth };
}

export const NO_CREDENTIALS = 'no credentials: set SMARTRECRUITERS_API_KEY, or SMARTRECRUITERS_CLIENT_ID and SMARTRECRUITERS_CLIENT_SECRET';
