import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { AccountHealthTable, AccountsTable, StoreSchema } from './schema.js';

export type AccountRow = Selectable<AccountsTable>;
export type AccountHealthRow = Selectable<AccountHealthTable>;
export type NewAccountRow = Insertable<AccountsTable>;
export type AccountPatch = Omit<Updateable<AccountsTable>, 'id' | 'created_at'>;
export type HealthPatch = Omit<Updateable<AccountHealthTable>, 'account_id'>;

/** An account row with its health row (every account has one, created with it). */
export interface AccountWithHealth {
  readonly account: AccountRow;
  readonly health: AccountHealthRow;
}

/** The queries on `accounts` and `account_health`; the only code that touches those tables. */
export interface AccountsRepository {
  insert(row: NewAccountRow): Promise<void>;
  find(id: string): Promise<AccountWithHealth | undefined>;
  /** Oldest first, then by id, so listings are stable. */
  list(): Promise<AccountWithHealth[]>;
  /** Updates only when the row still has `expectedVersion` (optimistic concurrency); false otherwise. */
  update(id: string, expectedVersion: number, patch: AccountPatch): Promise<boolean>;
  /** Deletes the account; ON DELETE CASCADE removes every row it owns. False when it did not exist. */
  remove(id: string): Promise<boolean>;
  updateHealth(accountId: string, patch: HealthPatch): Promise<void>;
}

const EMPTY_HEALTH: HealthPatch = {
  last_success_at: null,
  last_error_at: null,
  last_error_status: null,
  last_error_code: null,
  last_error_message: null,
  rate_limit: null,
  rate_remaining: null,
  rate_observed_at: null,
};

export function accountsRepository(db: Kysely<StoreSchema>): AccountsRepository {
  const selectJoined = () =>
    db
      .selectFrom('accounts')
      .innerJoin('account_health', 'account_health.account_id', 'accounts.id')
      .selectAll('accounts')
      .select([
        'account_health.account_id',
        'account_health.last_success_at',
        'account_health.last_error_at',
        'account_health.last_error_status',
        'account_health.last_error_code',
        'account_health.last_error_message',
        'account_health.rate_limit',
        'account_health.rate_remaining',
        'account_health.rate_observed_at',
      ]);
  type Joined = Awaited<ReturnType<ReturnType<typeof selectJoined>['executeTakeFirstOrThrow']>>;
  const split = (r: Joined): AccountWithHealth => {
    const { account_id, last_success_at, last_error_at, last_error_status, last_error_code, last_error_message, rate_limit, rate_remaining, rate_observed_at, ...account } = r;
    return {
      account: { ...account, credentials_ciphertext: Buffer.from(account.credentials_ciphertext), credentials_nonce: Buffer.from(account.credentials_nonce) },
      health: { account_id, last_success_at, last_error_at, last_error_status, last_error_code, last_error_message, rate_limit, rate_remaining, rate_observed_at },
    };
  };

  return {
    async insert(row) {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('accounts').values(row).execute();
        await trx.insertInto('account_health').values({ account_id: row.id, ...EMPTY_HEALTH }).execute();
      });
    },
    async find(id) {
      const r = await selectJoined().where('accounts.id', '=', id).executeTakeFirst();
      return r && split(r);
    },
    async list() {
      const rows = await selectJoined().orderBy('accounts.created_at').orderBy('accounts.id').execute();
      return rows.map(split);
    },
    async update(id, expectedVersion, patch) {
      const res = await db
        .updateTable('accounts')
        .set(patch)
        .where('id', '=', id)
        .where('credentials_version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async remove(id) {
      const res = await db.deleteFrom('accounts').where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) === 1;
    },
    async updateHealth(accountId, patch) {
      await db.updateTable('account_health').set(patch).where('account_id', '=', accountId).execute();
    },
  };
}
