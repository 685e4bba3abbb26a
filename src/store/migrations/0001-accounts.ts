import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../open-database.js';

/** Accounts and their health. Credentials are stored only as ciphertext + nonce + key id. */
export const name = '0001-accounts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('base_url', 'text', (c) => c.notNull())
    .addColumn('auth_type', 'text', (c) => c.notNull().check(sql`auth_type in ('api_key', 'oauth_client_credentials')`))
    .addColumn('client_id', 'text')
    .addColumn('credentials_ciphertext', sql.raw(blob), (c) => c.notNull())
    .addColumn('credentials_nonce', sql.raw(blob), (c) => c.notNull())
    .addColumn('credentials_key_id', 'text', (c) => c.notNull())
    .addColumn('credentials_version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('account_health')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('last_success_at', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('last_error_status', 'integer')
    .addColumn('last_error_code', 'text')
    .addColumn('last_error_message', 'text')
    .addColumn('rate_limit', 'integer')
    .addColumn('rate_remaining', 'integer')
    .addColumn('rate_observed_at', 'text')
    .execute();
}
