import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFromEnv, MIGRATIONS, openDatabase, StoreError } from '../../src/store/index.js';
import { dropSchema, freshSchemaName, PG_URL, STORE_DIALECTS, type TestDatabase } from './store-dialects.js';

const MIGRATION_TABLE = 'srconnect_migrations';

for (const d of STORE_DIALECTS) {
  describe.skipIf(d.skip)(`openDatabase on ${d.title}`, () => {
    let t: TestDatabase;
    beforeEach(async () => {
      t = await d.open();
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('runs every migration once at open and records it', async () => {
      expect(t.dialect).toBe(d.dialect);
      const applied = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(t.db);
      expect(applied.rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await t.db.selectFrom('accounts').selectAll().execute()).toEqual([]);
    });

    it('reopening the same database applies nothing twice and keeps the data', async () => {
      await insertAccount(t, 'acc_00000000000000000000000000000001');
      await t.close();
      const again = await t.reopen();
      try {
        const applied = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(MIGRATION_TABLE)}`.execute(again.db);
        expect(Number(applied.rows[0]?.n)).toBe(MIGRATIONS.length);
        expect((await again.db.selectFrom('accounts').select('id').execute()).map((r) => r.id)).toEqual(['acc_00000000000000000000000000000001']);
      } finally {
        await again.close();
      }
    });

    it('two processes opening a fresh database at once both end up migrated (the migrator locks)', async () => {
      await t.close();
      const [a, b] = await Promise.all([t.reopen(), t.reopen()]);
      try {
        const rows = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(MIGRATION_TABLE)}`.execute(a.db);
        expect(Number(rows.rows[0]?.n)).toBe(MIGRATIONS.length);
        expect(await b.db.selectFrom('accounts').selectAll().execute()).toEqual([]);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('deleting an account cascades to the rows it owns', async () => {
      await insertAccount(t, 'acc_00000000000000000000000000000001');
      await insertAccount(t, 'acc_00000000000000000000000000000002');
      await t.db.deleteFrom('accounts').where('id', '=', 'acc_00000000000000000000000000000001').execute();
      const health = await t.db.selectFrom('account_health').select('account_id').execute();
      expect(health.map((h) => h.account_id)).toEqual(['acc_00000000000000000000000000000002']);
    });

    it('refuses a row owned by an account that does not exist (foreign keys are enforced)', async () => {
      await expect(t.db.insertInto('account_health').values({ ...emptyHealth, account_id: 'acc_nobody' }).execute()).rejects.toThrow();
    });

    it('keeps blobs byte for byte, including zero bytes', async () => {
      const bytes = Buffer.from([0, 1, 2, 255, 0, 128]);
      await insertAccount(t, 'acc_00000000000000000000000000000003', bytes);
      const row = await t.db.selectFrom('accounts').select('credentials_ciphertext').executeTakeFirstOrThrow();
      expect(Buffer.from(row.credentials_ciphertext).equals(bytes)).toBe(true);
    });

    it('refuses to start when the database has a migration this build does not know', async () => {
      await sql`insert into ${sql.table(MIGRATION_TABLE)} (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(t.db);
      await t.close();
      const err = await t.reopen().then(
        async (db) => {
          await db.close();
          return undefined;
        },
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('migration_failed');
      expect((err as StoreError).message).toMatch(/9999-from-the-future/);
    });
  });
}

const emptyHealth = {
  last_success_at: null,
  last_error_at: null,
  last_error_status: null,
  last_error_code: null,
  last_error_message: null,
  rate_limit: null,
  rate_remaining: null,
  rate_observed_at: null,
};

async function insertAccount(t: TestDatabase, id: string, blob = Buffer.from('x')): Promise<void> {
  await t.db
    .insertInto('accounts')
    .values({
      id,
      name: 'n',
      base_url: 'http://127.0.0.1:1',
      auth_type: 'api_key',
      client_id: null,
      credentials_ciphertext: blob,
      credentials_nonce: Buffer.alloc(12),
      credentials_key_id: 'k1_x',
      credentials_version: 1,
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    })
    .execute();
  await t.db.insertInto('account_health').values({ ...emptyHealth, account_id: id }).execute();
}

describe('openDatabase: bad configuration is a clear StoreError', () => {
  const code = async (p: Promise<unknown>): Promise<string> =>
    p.then(
      () => 'opened',
      (e: unknown) => (e instanceof StoreError ? e.code : `not a StoreError: ${String(e)}`),
    );

  it('refuses a DATABASE_URL that is not postgres://', async () => {
    for (const url of ['mysql://x@127.0.0.1/db', 'http://127.0.0.1:5432/test', '', ' postgres://x', 'POSTGRES']) {
      expect(await code(openDatabase({ url })), url).toBe('invalid_database');
    }
  });

  it('refuses hostile schema names before any connection', async () => {
    for (const schema of ['', 'a;drop table accounts', '..', 'Public', 'x"y', 'a'.repeat(64), '1abc', 'a b']) {
      expect(await code(openDatabase({ url: 'postgres://postgres@127.0.0.1:1/test', schema })), schema).toBe('invalid_database');
    }
  });

  it('an unreachable PostgreSQL is database_unavailable, and the password never shows', async () => {
    const err = await openDatabase({ url: 'postgres://postgres:hunter2-secret@127.0.0.1:1/test' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('database_unavailable');
    expect((err as StoreError).message).not.toContain('hunter2-secret');
  });

  it('a SQLite path in a directory that does not exist is database_unavailable', async () => {
    expect(await code(openDatabase({ sqlitePath: join(tmpdir(), 'no-such-dir-srconnect', 'x', 'a.db') }))).toBe('database_unavailable');
    expect(await code(openDatabase({ sqlitePath: '   ' }))).toBe('invalid_database');
  });
});

describe('databaseFromEnv', () => {
  it('uses SRCONNECT_DB for SQLite when DATABASE_URL is unset or blank', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'srconnect-env-'));
    try {
      const db = await databaseFromEnv({ SRCONNECT_DB: join(dir, 'env.db'), DATABASE_URL: '  ' });
      expect(db.dialect).toBe('sqlite');
      await db.close();
      const again = await openDatabase({ sqlitePath: join(dir, 'env.db') });
      expect(await again.db.selectFrom('accounts').selectAll().execute()).toEqual([]);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!PG_URL)(`uses DATABASE_URL for PostgreSQL${PG_URL ? '' : ' (skipped: DATABASE_URL not set)'}`, async () => {
    const db = await databaseFromEnv({ DATABASE_URL: PG_URL, SRCONNECT_DB: '/nonexistent/ignored.db' });
    try {
      expect(db.dialect).toBe('postgres');
      const rows = await sql<{ n: string }>`select current_schema() as n`.execute(db.db);
      expect(rows.rows[0]?.n).toBe('public');
    } finally {
      await db.close();
    }
  });

  it.skipIf(!PG_URL)(`a PostgreSQL schema that does not exist yet is created${PG_URL ? '' : ' (skipped: DATABASE_URL not set)'}`, async () => {
    const schema = freshSchemaName();
    const db = await openDatabase({ url: PG_URL, schema });
    try {
      const rows = await sql<{ n: string }>`select current_schema() as n`.execute(db.db);
      expect(rows.rows[0]?.n).toBe(schema);
    } finally {
      await db.close();
      await dropSchema(PG_URL as string, schema);
    }
  });
});
