import type { ClientAuth } from '../client-options.js';

/**
 * Which credential a client uses, as SmartRecruiters counts its limits: per API key, or per OAuth
 * client (every token of one client shares its budget, so the secret is left out). Hashed before
 * it keys the shared limiter; never logged.
 */
export function credentialId(auth: ClientAuth): string {
  return auth.type === 'api_key' ? `api_key:${auth.apiKey}` : `oauth_client_credentials:${auth.clientId}`;
}
