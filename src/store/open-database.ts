import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration } from 'kysely';
import pg from 'pg';
import { MIGRATIONS } from './migrations/index.js';
import type { StoreSchema } from './schema.js';
import { StoreError } from './store-error.js';

export type Dialect = 'sqlite' | 'postgres';

/** An open, migrated database. */
export interface Database {
  readonly db: Kysely<StoreSchema>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://` or `postgresql://` URL; when given, PostgreSQL is used. */
  readonly url?: string;
  /** SQLite file path (default `./srconnect.db`), or `:memory:`. Ignored when `url` is given. */
  readonly sqlitePath?: string;
  /** PostgreSQL schema to live in (created if missing); default `public`. Tests use one per test. */
  readonly schema?: string;
}

export const DEFAULT_SQLITE_PATH = './srconnect.db';
export const MIGRATION_TABLE = 'srconnect_migrations';
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** SQLite or PostgreSQL, migrated to the latest version before it is returned. */
export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  const database = opts.url !== undefined ? await openPostgres(opts.url, opts.schema) : openSqlite(opts.sqlitePath ?? DEFAULT_SQLITE_PATH);
  try {
    await migrate(database, opts.schema);
  } catch (err) {
    await database.close().catch(() => undefined);
    throw err;
  }
  return database;
}

/** `DATABASE_URL` (PostgreSQL) when set, else `SRCONNECT_DB` (SQLite path), else `./srconnect.db`. */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const url = env.DATABASE_URL?.trim();
  if (url) return openDatabase({ url });
  return openDatabase({ sqlitePath: env.SRCONNECT_DB?.trim() || DEFAULT_SQLITE_PATH });
}

function openSqlite(path: string): Database {
  if (path.trim() === '') throw new StoreError('invalid_database', 'SQLite path is empty (set SRCONNECT_DB to a file path)');
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path);
  } catch (err) {
    throw new StoreError('database_unavailable', `cannot open SQLite database ${path}: ${(err as Error).message}`, err);
  }
  // Cascading deletes are how removing an account removes its data; SQLite needs them switched on.
  raw.pragma('foreign_keys = ON');
  // A server and a CLI command may use the same file at once: WAL lets readers run during a write,
  // and the busy timeout makes a writer wait instead of failing with SQLITE_BUSY.
  if (path !== ':memory:') raw.pragma('journal_mode = WAL');
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

async function openPostgres(url: string, schema: string | undefined): Promise<Database> {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new StoreError('invalid_database', 'DATABASE_URL must start with postgres:// or postgresql://');
  }
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new StoreError('invalid_database', `schema must match ${SCHEMA_NAME} (got ${JSON.stringify(schema.slice(0, 70))})`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Every connection lives in the chosen schema, so queries and migrations need no prefix.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema) await sqlCreateSchema(pool, schema);
    else await pool.query('select 1');
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw new StoreError('database_unavailable', `cannot reach PostgreSQL: ${redactUrl((err as Error).message, url)}`, err);
  }
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

async function sqlCreateSchema(pool: pg.Pool, schema: string): Promise<void> {
  // Name checked against SCHEMA_NAME above, so quoting is enough.
  await pool.query(`create schema if not exists "${schema}"`);
}

async function migrate(database: Database, schema: string | undefined): Promise<void> {
  const migrations: Record<string, Migration> = {};
  for (const m of MIGRATIONS) migrations[m.name] = { up: (db) => m.up(db, database.dialect) };
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: `${MIGRATION_TABLE}_lock`,
    // Without a schema kysely would find the table in any schema on the search path's database.
    ...(database.dialect === 'postgres' ? { migrationTableSchema: schema ?? 'public' } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new StoreError('migration_failed', `database migration ${failed ?? ''} failed: ${(error as Error).message ?? String(error)}`.replace(/ {2}/, ' '), error);
  }
}

/** Connection errors may echo the URL; never let its password out. */
function redactUrl(message: string, url: string): string {
  let out = message.split(url).join('<DATABASE_URL>');
  try {
    const password = new URL(url).password;
    if (password) out = out.split(decodeURIComponent(password)).join('***').split(password).join('***');
  } catch {
    /* not a URL: nothing more to hide */
  }
  return out;
}
