import type { AccountWithHealth } from '../store/index.js';
import type { AccountView } from './account-types.js';

/** The public view of a stored account: no ciphertext, nonce or key id, let alone a secret. */
export function toAccountView({ account: a, health: h }: AccountWithHealth): AccountView {
  const view: AccountView = {
    id: a.id,
    name: a.name,
    base_url: a.base_url,
    auth_type: a.auth_type,
    created_at: a.created_at,
    updated_at: a.updated_at,
    health: {
      last_success_at: h.last_success_at,
      last_error:
        h.last_error_at === null
          ? null
          : { at: h.last_error_at, status: h.last_error_status, code: h.last_error_code ?? 'error', message: h.last_error_message ?? '' },
      rate_budget: h.rate_observed_at === null ? null : { limit: h.rate_limit, remaining: h.rate_remaining, observed_at: h.rate_observed_at },
    },
  };
  if (a.client_id !== null) view.client_id = a.client_id;
  return view;
}
