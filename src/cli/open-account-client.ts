import { existsSync } from 'node:fs';
import type { ActionClient } from '../actions/index.js';
import { CliError } from './cli-error.js';
import type { ExitName } from './exit-codes.js';

/** A linked account's client, the host it talks to, and how to let go of the store behind it. */
export interface AccountClient {
  readonly client: ActionClient;
  readonly host: string;
  /** Closes the store; never throws. */
  readonly close: () => Promise<void>;
}

/** Account and store failures by code → exit code; anything else is not an account failure. */
const EXIT_BY_CODE: Readonly<Record<string, ExitName>> = {
  account_not_found: 'not_found',
  invalid_secret_key: 'usage',
  credentials_undecryptable: 'usage',
  invalid_database: 'usage',
  migration_failed: 'usage',
  database_unavailable: 'retryable',
};

/** Why the failure happened, in one line, with the exit code; the message never carries a secret. */
function asCliError(err: unknown): unknown {
  if (!(err instanceof Error) || !['AccountError', 'StoreError'].includes(err.name)) return err;
  const code = (err as { code?: unknown }).code;
  const exit = typeof code === 'string' ? EXIT_BY_CODE[code] : undefined;
  return exit === undefined ? err : new CliError(`--account: ${err.message}`, exit);
}

/**
 * Opens the store exactly as `srconnect serve` and `srconnect accounts` do (DATABASE_URL, or
 * SRCONNECT_DB / ./srconnect.db, with SRCONNECT_SECRET_KEY) and asks the accounts layer for the
 * account's client: the CLI never builds a client itself when an account is named, so the same
 * credentials, base URL and health recording apply as on the server.
 */
export async function openAccountClient(id: string, env: NodeJS.ProcessEnv): Promise<AccountClient> {
  const [{ createAccounts }, { databaseFromEnv, DEFAULT_SQLITE_PATH }] = await Promise.all([import('../accounts/index.js'), import('../store/index.js')]);
  // Opening a SQLite path creates the file: a typo'd path must not leave an empty store behind.
  const sqlitePath = env.SRCONNECT_DB?.trim() || DEFAULT_SQLITE_PATH;
  if (!env.DATABASE_URL?.trim() && !existsSync(sqlitePath)) {
    throw new CliError(`--account: no store at ${sqlitePath} (set SRCONNECT_DB or DATABASE_URL to the one \`srconnect accounts link\` wrote)`, 'not_found');
  }
  let database: Awaited<ReturnType<typeof databaseFromEnv>> | undefined;
  try {
    database = await databaseFromEnv(env);
    const secret = env.SRCONNECT_SECRET_KEY;
    const accounts = createAccounts({ database, secretKey: secret === undefined || secret === '' ? undefined : secret });
    const view = await accounts.get(id);
    const client = await accounts.clientForAccount(id);
    const opened = database;
    return { client, host: new URL(view.base_url).host, close: () => opened.close().catch(() => undefined) };
  } catch (err) {
    await database?.close().catch(() => undefined);
    throw asCliError(err);
  }
}
