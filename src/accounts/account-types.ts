/** Credentials as a caller gives them (snake_case, as in `POST /accounts`). */
export type AccountAuthInput =
  | { type: 'api_key'; api_key: string }
  | { type: 'oauth_client_credentials'; client_id: string; client_secret: string };

export type AuthType = AccountAuthInput['type'];

/** What the account's client saw most recently. */
export interface AccountHealth {
  last_success_at: string | null;
  last_error: { at: string; status: number | null; code: string; message: string } | null;
  /** From the `X-RateLimit-Limit` / `X-RateLimit-Remaining` headers of the latest response carrying them. */
  rate_budget: { limit: number | null; remaining: number | null; observed_at: string } | null;
}

/** An account as every listing shows it: never holds a secret. */
export interface AccountView {
  id: string;
  name: string;
  base_url: string;
  auth_type: AuthType;
  /** OAuth only (not a secret). */
  client_id?: string;
  created_at: string;
  updated_at: string;
  health: AccountHealth;
}

export interface LinkAccountInput {
  name: string;
  auth: AccountAuthInput;
  /** Default `https://api.smartrecruiters.com`; the simulator's URL goes here. */
  base_url?: string;
}

export interface UpdateAccountInput {
  name?: string;
  auth?: AccountAuthInput;
  base_url?: string;
}
