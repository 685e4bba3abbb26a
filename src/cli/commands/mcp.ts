import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { Accounts } from '../../accounts/index.js';
import type { ActionClient } from '../../actions/index.js';
import { CliError } from '../cli-error.js';
import { describeFailure } from '../describe-failure.js';
import { environmentCredentials } from '../environment-credentials.js';
import { helpText } from '../help-text.js';
import { openAccountClient } from '../open-account-client.js';
import { nonEmptyOption } from '../option-parsers.js';
import { packageVersion } from '../package-version.js';

interface McpOptions {
  account?: string;
  readOnly?: boolean;
  tools?: string;
}

/** Where the tools' client comes from, and what to let go of on exit. */
interface AccountSource {
  /** Tools take `account_id` (accounts from the store, chosen per call). */
  readonly perCall: boolean;
  readonly clientFor: (accountId: string | undefined) => Promise<ActionClient>;
  readonly accounts?: Accounts;
  readonly describe: string;
  readonly close: () => Promise<void>;
}

/**
 * `--account` fixes the account; else SMARTRECRUITERS_* credentials fix it; else every tool takes
 * `account_id` and the accounts come from the store (as `actions run --account`).
 */
async function accountSource(opts: McpOptions, env: NodeJS.ProcessEnv): Promise<AccountSource> {
  if (opts.account !== undefined) {
    const opened = await openAccountClient(opts.account, env);
    return { perCall: false, clientFor: () => Promise.resolve(opened.client), describe: `account ${opts.account} (${opened.host})`, close: opened.close };
  }
  const credentials = environmentCredentials(env);
  if (credentials) {
    const { createClient } = await import('../../client/index.js');
    const client = createClient({ baseUrl: credentials.baseUrl, auth: credentials.auth });
    return { perCall: false, clientFor: () => Promise.resolve(client), describe: `SMARTRECRUITERS_* credentials (${credentials.host})`, close: () => Promise.resolve() };
  }
  const [{ createAccounts }, { databaseFromEnv, DEFAULT_SQLITE_PATH }] = await Promise.all([import('../../accounts/index.js'), import('../../store/index.js')]);
  const sqlitePath = env.SRCONNECT_DB?.trim() || DEFAULT_SQLITE_PATH;
  if (!env.DATABASE_URL?.trim() && !existsSync(sqlitePath)) {
    throw new CliError(
      `no account to act for: give --account acc_…, set SMARTRECRUITERS_API_KEY (or SMARTRECRUITERS_CLIENT_ID and SMARTRECRUITERS_CLIENT_SECRET), or link accounts into a store (no store at ${sqlitePath}; set SRCONNECT_DB or DATABASE_URL)`,
      'auth',
    );
  }
  const database = await databaseFromEnv(env);
  const secret = env.SRCONNECT_SECRET_KEY;
  const accounts = createAccounts({ database, secretKey: secret === undefined || secret === '' ? undefined : secret });
  return {
    perCall: true,
    accounts,
    clientFor: (id) => accounts.clientForAccount(id as string),
    describe: `linked accounts (account_id per call, store: ${database.dialect})`,
    close: () => database.close().catch(() => undefined),
  };
}

function toolList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const entries = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) throw new CliError('--tools must name at least one tool, area or pattern (e.g. candidates,search_jobs)');
  return entries;
}

async function run(opts: McpOptions): Promise<void> {
  const err = (line: string): boolean => process.stderr.write(`${line}\n`);
  let source: AccountSource | undefined;
  try {
    const mcp = await import('../../mcp/index.js');
    const { StdioServerTransport } = await import('@modelcontextprotocol/sdk/server/stdio.js');
    const selection = { readOnly: opts.readOnly === true, tools: toolList(opts.tools) };
    // The selection is checked before any store or account is opened: a typo costs nothing.
    mcp.selectTools(mcp.actionTools({ accountArgument: false }), selection);
    source = await accountSource(opts, process.env);
    const all = [...mcp.actionTools({ accountArgument: source.perCall }), ...(source.accounts ? [mcp.listAccountsTool(source.accounts)] : [])];
    const tools = mcp.selectTools(all, selection);
    const server = mcp.createMcpServer({
      tools,
      version: packageVersion(),
      clientFor: source.clientFor,
      onInternalError: (e, tool) => err(`srconnect mcp: ${tool}: ${describeFailure(e).line.replace(/^srconnect: /, '')}`),
    });
    const transport = new StdioServerTransport();
    // A malformed line is reported and skipped; the session goes on.
    transport.onerror = (e) => err(`srconnect mcp: ${e.message.split('\n')[0]?.slice(0, 200) ?? 'unreadable message'}`);
    const opened = source;
    let closing = false;
    const stop = async (): Promise<void> => {
      if (closing) return;
      closing = true;
      await server.close().catch(() => undefined);
      await opened.close();
      process.exit(0);
    };
    // The client closing its end of stdin is how an MCP session ends.
    process.stdin.once('end', () => void stop());
    process.stdin.once('close', () => void stop());
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
    await server.connect(transport);
    err(`srconnect mcp: ${tools.length} tools over stdio for ${opened.describe}${selection.readOnly ? ', read-only' : ''}`);
  } catch (e) {
    await source?.close();
    const { exit, line } = describeFailure(e instanceof Error && e.name === 'ToolSelectionError' ? new CliError(e.message) : e);
    err(line.replace(/^srconnect: /, 'srconnect mcp: '));
    process.exitCode = exit;
  }
}

/** `srconnect mcp`: the MCP server over stdio, one tool per action. */
export function registerMcp(program: Command): void {
  program
    .command('mcp')
    .description('run the MCP server over stdio for AI agents: one tool per SmartRecruiters action (see docs/mcp.md)')
    .option('--account <id>', 'act for this linked account (store and SRCONNECT_SECRET_KEY as for `serve`); without it, SMARTRECRUITERS_* credentials, else account_id on every call', nonEmptyOption('--account', 'an account id (acc_…) from `srconnect accounts list`'))
    .option('--read-only', 'expose only tools that read')
    .option('--tools <list>', 'comma-separated tool names, areas (candidates, jobs, …) or patterns (search_*); agents choose better among few tools')
    .addHelpText(
      'after',
      helpText(
        [
          'SMARTRECRUITERS_API_KEY=… srconnect mcp --read-only',
          'srconnect mcp --account acc_… --tools search_candidates,get_candidate,search_jobs,get_job',
          'srconnect mcp --tools candidates,jobs',
        ],
      ),
    )
    .action(run);
}
