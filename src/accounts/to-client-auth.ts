import type { ClientAuth } from '../client/index.js';
import type { AccountAuthInput } from './account-types.js';

/** Our snake_case wire shape to the client's options. */
export function toClientAuth(auth: AccountAuthInput): ClientAuth {
  return auth.type === 'api_key'
    ? { type: 'api_key', apiKey: auth.api_key }
    : { type: 'oauth_client_credentials', clientId: auth.client_id, clientSecret: auth.client_secret };
}
