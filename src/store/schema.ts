/**
 * The database as kysely sees it: one interface per table, named after it. Portable types only
 * (text, integer, blob/bytea) so one query layer serves SQLite and PostgreSQL. Timestamps are
 * ISO-8601 UTC strings: they sort correctly as text and read back identically on both.
 *
 * Every table that belongs to an account carries `account_id` with ON DELETE CASCADE, so removing
 * the account row removes all of its data. Later issues add their tables here (records, sync runs
 * and checkpoints, webhook subscriptions and events), each with its own migration.
 */
export interface StoreSchema {
  accounts: AccountsTable;
  account_health: AccountHealthTable;
}

export interface AccountsTable {
  /** 'acc_' + 128 random bits, base32-ish; unguessable. */
  id: string;
  name: string;
  base_url: string;
  auth_type: 'api_key' | 'oauth_client_credentials';
  /** OAuth client id, for display; not a secret. Null for API keys. */
  client_id: string | null;
  /** AES-256-GCM ciphertext of the credential JSON, with the 16-byte tag appended. */
  credentials_ciphertext: Buffer;
  /** The 12-byte GCM nonce, fresh for every encryption. */
  credentials_nonce: Buffer;
  /** Fingerprint of the key that encrypted the blob, so a wrong SRCONNECT_SECRET_KEY is named as such. */
  credentials_key_id: string;
  /** Bumped on every rotation; clients are cached per (id, version). */
  credentials_version: number;
  created_at: string;
  updated_at: string;
}

/** What the account's client saw last; one row per account, written from the client's hooks. */
export interface AccountHealthTable {
  account_id: string;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error_status: number | null;
  last_error_code: string | null;
  last_error_message: string | null;
  rate_limit: number | null;
  rate_remaining: number | null;
  rate_observed_at: string | null;
}

