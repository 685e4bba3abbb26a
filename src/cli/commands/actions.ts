import type { Command } from 'commander';
import {
  ActionError,
  actions,
  describeAction,
  executeAction,
  getAction,
  summarizeAction,
  validateActionInput,
  type ActionClient,
} from '../../actions/index.js';

const DEFAULT_BASE_URL = 'https://api.smartrecruiters.com';

/** A usage problem: printed to stderr, exit code 2. */
class UsageError extends Error {}

function fail(err: unknown): void {
  const usage = err instanceof UsageError || err instanceof ActionError;
  process.stderr.write(`srconnect actions: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = usage ? 2 : 1;
}

function parseInput(raw: string | undefined): unknown {
  if (raw === undefined) return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    // The input may hold secrets or personal data: say where it broke, never echo it.
    throw new UsageError('--input is not valid JSON');
  }
}

async function clientFromEnvironment(account: string | undefined): Promise<ActionClient> {
  if (account !== undefined) {
    throw new UsageError(
      '--account needs the accounts store, which is not available in this build yet; ' +
        'run without --account and set SMARTRECRUITERS_API_KEY (or SMARTRECRUITERS_CLIENT_ID + SMARTRECRUITERS_CLIENT_SECRET)',
    );
  }
  const env = process.env;
  const baseUrl = env.SMARTRECRUITERS_BASE_URL || DEFAULT_BASE_URL;
  const auth = env.SMARTRECRUITERS_API_KEY
    ? ({ type: 'api_key', apiKey: env.SMARTRECRUITERS_API_KEY } as const)
    : env.SMARTRECRUITERS_CLIENT_ID && env.SMARTRECRUITERS_CLIENT_SECRET
      ? ({ type: 'oauth_client_credentials', clientId: env.SMARTRECRUITERS_CLIENT_ID, clientSecret: env.SMARTRECRUITERS_CLIENT_SECRET } as const)
      : undefined;
  if (!auth) {
    throw new UsageError(
      'no credentials: set SMARTRECRUITERS_API_KEY, or SMARTRECRUITERS_CLIENT_ID and SMARTRECRUITERS_CLIENT_SECRET',
    );
  }
  // Loaded on demand so `actions list/describe` work without touching the network layer.
  const { createClient } = await import('../../client/index.js');
  return createClient({ baseUrl, auth });
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** `srconnect actions list|describe|run`: the catalogue of 164 SmartRecruiters actions. */
export function registerActions(program: Command): void {
  const cmd = program.command('actions').description('the catalogue of 164 SmartRecruiters actions');

  cmd
    .command('list')
    .description('list every action (name, kind, method, official path)')
    .option('--json', 'print a JSON array')
    .action((opts: { json?: boolean }) => {
      const rows = actions.map(summarizeAction);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      for (const r of rows) process.stdout.write(`${pad(r.name, 48)} ${pad(r.kind, 6)} ${pad(r.method, 6)} ${r.path}\n`);
      process.stdout.write(`${rows.length} actions\n`);
    });

  cmd
    .command('describe')
    .description('show one action: official operation, pagination, input and output JSON Schemas')
    .argument('<name>', 'action name, e.g. search_candidates')
    .action((name: string) => {
      try {
        process.stdout.write(`${JSON.stringify(describeAction(getAction(name)), null, 2)}\n`);
      } catch (err) {
        fail(err);
      }
    });

  cmd
    .command('run')
    .description('run one action against SmartRecruiters (credentials from the environment)')
    .argument('<name>', 'action name, e.g. get_candidate')
    .option('--account <id>', 'use a linked account (needs the accounts store)')
    .option('--input <json>', 'the action input as JSON, e.g. \'{"id":"…"}\'')
    .option('--all', 'paginated actions: fetch every page and print all items')
    .option('--max-items <n>', 'with --all: stop after n items', (v) => Number.parseInt(v, 10))
    .action(async (name: string, opts: { account?: string; input?: string; all?: boolean; maxItems?: number }) => {
      try {
        const action = getAction(name);
        const input = parseInput(opts.input);
        if (opts.maxItems !== undefined && !(opts.maxItems > 0)) throw new UsageError('--max-items must be a positive integer');
        // Bad input is refused before credentials are even looked at.
        const valid = validateActionInput(action, input);
        const client = await clientFromEnvironment(opts.account);
        const result = await executeAction(client, action, valid, {
          all: opts.all === true,
          ...(opts.maxItems !== undefined ? { maxItems: opts.maxItems } : {}),
        });
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      } catch (err) {
        fail(err);
      }
    });
}
