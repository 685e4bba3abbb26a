import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AccountError, createAccounts, type AccountAuthInput, type Accounts, type AccountView } from '../../accounts/index.js';
import { databaseFromEnv, StoreError, type Database } from '../../store/index.js';

/** A usage problem: printed to stderr, exit code 2. */
class UsageError extends Error {}

const WHY_DIRECT = `
These commands open the store directly (DATABASE_URL, or SRCONNECT_DB / ./srconnect.db) with
SRCONNECT_SECRET_KEY, exactly as \`srconnect serve\` does, rather than calling a running server:
they work before any server is up (first setup, scripts, CI), need no API token, and run the same
accounts code the server runs, so linking here and via POST /accounts behave the same. Point them
at the server's database and a running server sees the change at once.
`;

interface OutputOptions {
  json?: boolean;
}

interface LinkOptions extends OutputOptions {
  name: string;
  baseUrl?: string;
  apiKey?: string;
  clientId?: string;
  clientSecret?: string;
}

/** Where the commands read and write; the process by default, a buffer in tests. */
export interface AccountsCliIo {
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: () => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly setExitCode: (code: number) => void;
}

const processIo: AccountsCliIo = {
  env: process.env,
  stdin: readStdin,
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  setExitCode: (c) => {
    process.exitCode = c;
  },
};

/** `srconnect accounts link|list|show|remove`. */
export function registerAccounts(program: Command, io: AccountsCliIo = processIo): void {
  const run = (o: OutputOptions, body: (accounts: Accounts) => Promise<unknown>) => runCommand(io, o, body);
  const accounts = program
    .command('accounts')
    .description('link, list, show and remove SmartRecruiters accounts in the store')
    .addHelpText('after', WHY_DIRECT);

  accounts
    .command('link')
    .description('verify credentials with a live call, then store them encrypted; prints the account id')
    .requiredOption('--name <name>', 'a name for the account (e.g. the customer)')
    .option('--base-url <url>', 'SmartRecruiters API base URL (default $SMARTRECRUITERS_BASE_URL or https://api.smartrecruiters.com)')
    .option('--api-key <key>', 'API key, or "-" to read it from stdin (default $SMARTRECRUITERS_API_KEY)')
    .option('--client-id <id>', 'OAuth client id (default $SMARTRECRUITERS_CLIENT_ID)')
    .option('--client-secret <secret>', 'OAuth client secret, or "-" to read it from stdin (default $SMARTRECRUITERS_CLIENT_SECRET)')
    .option('--json', 'print the account as JSON')
    .addHelpText('after', '\nPrefer the environment variables or "-" (stdin) to flags for secrets: flags show in `ps` and shell history.')
    .action((o: LinkOptions) =>
      run(o, async (a) => {
        const view = await a.link({ name: o.name, auth: authFrom(o, io.env, io.stdin), ...baseUrlFrom(o, io.env) });
        return o.json ? view : `linked ${view.id} (${view.name}, ${view.auth_type}) at ${view.base_url}`;
      }),
    );

  accounts
    .command('list')
    .description('every linked account, oldest first (never a secret)')
    .option('--json', 'print a JSON array')
    .action((o: OutputOptions) =>
      run(o, async (a) => {
        const all = await a.list();
        if (o.json) return all;
        if (all.length === 0) return 'no accounts linked yet; run `srconnect accounts link --name NAME`';
        return table(all);
      }),
    );

  accounts
    .command('show')
    .description('one account and its health: last successful call, last error, rate budget seen')
    .argument('<id>', 'account id (acc_…)')
    .option('--json', 'print the account as JSON')
    .action((id: string, o: OutputOptions) => run(o, async (a) => (o.json ? a.get(id) : details(await a.get(id)))));

  accounts
    .command('remove')
    .description('delete the account, its credentials and all of its data')
    .argument('<id>', 'account id (acc_…)')
    .option('--json', 'print {"removed": id}')
    .action((id: string, o: OutputOptions) =>
      run(o, async (a) => {
        await a.remove(id);
        return o.json ? { removed: id } : `removed ${id}`;
      }),
    );
}

/** Opens the store, runs one command, prints its result, closes; any failure is one line on stderr. */
async function runCommand(io: AccountsCliIo, o: OutputOptions, body: (accounts: Accounts) => Promise<unknown>): Promise<void> {
  let database: Database | undefined;
  try {
    database = await databaseFromEnv(io.env);
    const secret = io.env.SRCONNECT_SECRET_KEY;
    const out = await body(createAccounts({ database, secretKey: secret === undefined || secret === '' ? undefined : secret }));
    io.stdout(typeof out === 'string' ? `${out}\n` : `${JSON.stringify(out, null, o.json ? 2 : 0)}\n`);
  } catch (err) {
    fail(io, err);
  } finally {
    await database?.close().catch(() => undefined);
  }
}

function fail(io: AccountsCliIo, err: unknown): void {
  // Exit 2 when what was typed is wrong (flags, a malformed value); 1 when the world said no.
  const usage = err instanceof UsageError || (err instanceof AccountError && err.status === 400);
  let message: string;
  if (err instanceof AccountError) message = `${err.message} [${err.code}${err.field ? `, ${err.field}` : ''}]`;
  else if (err instanceof StoreError) message = `${err.message} [${err.code}]`;
  else message = err instanceof Error ? err.message : String(err);
  io.stderr(`srconnect accounts: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  io.setExitCode(usage ? 2 : 1);
}

/** Flags first, then the environment the other CLI commands use (`SMARTRECRUITERS_*`). */
export function authFrom(o: Pick<LinkOptions, 'apiKey' | 'clientId' | 'clientSecret'>, env: NodeJS.ProcessEnv, stdin: () => string): AccountAuthInput {
  const flagKey = o.apiKey;
  const flagOauth = o.clientId !== undefined || o.clientSecret !== undefined;
  if (flagKey !== undefined && flagOauth) throw new UsageError('give either --api-key or --client-id with --client-secret, not both');
  const secret = (v: string): string => (v === '-' ? stdin().replace(/\r?\n$/, '') : v);
  if (flagKey !== undefined) return { type: 'api_key', api_key: secret(flagKey) };
  if (flagOauth) {
    const clientId = o.clientId ?? env.SMARTRECRUITERS_CLIENT_ID;
    const clientSecret = o.clientSecret ?? env.SMARTRECRUITERS_CLIENT_SECRET;
    if (!clientId) throw new UsageError('--client-secret needs --client-id (or SMARTRECRUITERS_CLIENT_ID)');
    if (!clientSecret) throw new UsageError('--client-id needs --client-secret (or SMARTRECRUITERS_CLIENT_SECRET)');
    return { type: 'oauth_client_credentials', client_id: clientId, client_secret: secret(clientSecret) };
  }
  if (env.SMARTRECRUITERS_API_KEY) return { type: 'api_key', api_key: env.SMARTRECRUITERS_API_KEY };
  if (env.SMARTRECRUITERS_CLIENT_ID && env.SMARTRECRUITERS_CLIENT_SECRET) {
    return { type: 'oauth_client_credentials', client_id: env.SMARTRECRUITERS_CLIENT_ID, client_secret: env.SMARTRECRUITERS_CLIENT_SECRET };
  }
  throw new UsageError('no credentials: give --api-key (or SMARTRECRUITERS_API_KEY), or --client-id and --client-secret (or SMARTRECRUITERS_CLIENT_ID and SMARTRECRUITERS_CLIENT_SECRET)');
}

function baseUrlFrom(o: Pick<LinkOptions, 'baseUrl'>, env: NodeJS.ProcessEnv): { base_url?: string } {
  const url = o.baseUrl ?? (env.SMARTRECRUITERS_BASE_URL || undefined);
  return url === undefined ? {} : { base_url: url };
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    throw new UsageError('could not read the secret from stdin');
  }
}

function table(all: readonly AccountView[]): string {
  const rows = [
    ['ID', 'NAME', 'AUTH', 'BASE URL', 'LAST SUCCESS', 'LAST ERROR'],
    ...all.map((v) => [v.id, v.name, v.auth_type, v.base_url, v.health.last_success_at ?? '-', v.health.last_error ? `${v.health.last_error.at} ${v.health.last_error.code}` : '-']),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

function details(v: AccountView): string {
  const h = v.health;
  return [
    `id:            ${v.id}`,
    `name:          ${v.name}`,
    `base url:      ${v.base_url}`,
    `auth:          ${v.auth_type}${v.client_id ? ` (client id ${v.client_id})` : ''}`,
    `created:       ${v.created_at}`,
    `updated:       ${v.updated_at}`,
    `last success:  ${h.last_success_at ?? '-'}`,
    `last error:    ${h.last_error ? `${h.last_error.at} ${h.last_error.code}${h.last_error.status ? ` (${h.last_error.status})` : ''}: ${h.last_error.message}` : '-'}`,
    `rate budget:   ${h.rate_budget ? `${h.rate_budget.remaining ?? '?'} of ${h.rate_budget.limit ?? '?'} per second left at ${h.rate_budget.observed_at}` : '-'}`,
  ].join('\n');
}
