import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type Dialect } from '../../src/store/index.js';

/**
 * The databases every store and accounts test runs on. SQLite always; PostgreSQL when
 * DATABASE_URL is set (e.g. postgres://postgres@127.0.0.1:5432/test), each test in a fresh schema.
 */
export interface StoreDialect {
  readonly dialect: Dialect;
  /** The describe() title; says why when skipped. */
  readonly title: string;
  readonly skip: boolean;
  /** A fresh, migrated, empty database, and where it lives (for reopening and raw scans). */
  open(): Promise<TestDatabase>;
}

export interface TestDatabase extends Database {
  /** SQLite: the file. */
  readonly sqlitePath?: string;
  /** PostgreSQL: the URL and the schema this test owns. */
  readonly url?: string;
  readonly schema?: string;
  /** Opens the same database again (a second process, a restart). */
  reopen(): Promise<Database>;
  /** Closes and deletes the file or drops the schema. */
  dispose(): Promise<void>;
}

export const PG_URL = process.env.DATABASE_URL?.trim() || undefined;

export const STORE_DIALECTS: readonly StoreDialect[] = [
  { dialect: 'sqlite', title: 'sqlite', skip: false, open: openSqliteForTest },
  {
    dialect: 'postgres',
    title: PG_URL ? 'postgres' : 'postgres (skipped: DATABASE_URL not set; e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)',
    skip: !PG_URL,
    open: openPostgresForTest,
  },
];

async function openSqliteForTest(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'srconnect-store-'));
  const sqlitePath = join(dir, 'test.db');
  const db = await openDatabase({ sqlitePath });
  let closed = false;
  return {
    ...db,
    sqlitePath,
    close: async () => {
      if (!closed) await db.close();
      closed = true;
    },
    reopen: () => openDatabase({ sqlitePath }),
    dispose: async () => {
      if (!closed) await db.close();
      closed = true;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function freshSchemaName(): string {
  return `t_${randomBytes(8).toString('hex')}`;
}

async function openPostgresForTest(): Promise<TestDatabase> {
  const url = PG_URL as string;
  const schema = freshSchemaName();
  const db = await openDatabase({ url, schema });
  let closed = false;
  return {
    ...db,
    url,
    schema,
    close: async () => {
      if (!closed) await db.close();
      closed = true;
    },
    reopen: () => openDatabase({ url, schema }),
    dispose: async () => {
      if (!closed) await db.close();
      closed = true;
      await dropSchema(url, schema);
    },
  };
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** Every row of every table in the test's schema, as PostgreSQL's text rendering (`t::text`). */
export async function postgresTablesText(url: string, schema: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>('select table_name from information_schema.tables where table_schema = $1', [schema]);
    const parts: string[] = [];
    for (const { table_name } of tables.rows) {
      const rows = await client.query<{ t: string }>(`select t::text as t from "${schema}"."${table_name}" t`);
      parts.push(`${table_name}:`, ...rows.rows.map((r) => r.t));
    }
    return parts.join('\n');
  } finally {
    await client.end();
  }
}
