import type { Command } from 'commander';
import type { ActionClient } from '../../actions/index.js';
import type { RequestEvent } from '../../client/index.js';
import { attachFiles } from '../attach-files.js';
import { CliError } from '../cli-error.js';
import { describeFailure, type FailureContext } from '../describe-failure.js';
import { environmentCredentials, NO_CREDENTIALS } from '../environment-credentials.js';
import { exitCodesHelp } from '../exit-codes.js';
import { helpText } from '../help-text.js';
import { openAccountClient } from '../open-account-client.js';
import { integerOption, nonEmptyOption } from '../option-parsers.js';
import { outputWarnings } from '../output-warnings.js';
import { readInput } from '../read-input.js';

interface RunOptions {
  account?: string;
  input?: string;
  file?: string;
  all?: boolean;
  maxItems?: number;
  resume?: string;
  timeout?: number;
}

function fail(err: unknown, ctx: FailureContext = {}): void {
  const { exit, line } = describeFailure(err, ctx);
  process.stderr.write(`${line}\n`);
  process.exitCode = exit;
}

/** What the client learns while running: the host and each request's attempts, for the failure line. */
interface Tracked {
  readonly client: ActionClient;
  readonly ctx: FailureContext;
  /** Lets go of what the client holds (the store, for an account). */
  readonly close: () => Promise<void>;
}

/** `--account` wins over the environment credentials: naming an account is the more specific ask. */
async function clientFor(account: string | undefined, timeoutMs: number | undefined): Promise<Tracked> {
  if (account === undefined) return clientFromEnvironment(timeoutMs);
  // The account's client is built by the accounts layer with its own settings; a silent no-op would lie.
  if (timeoutMs !== undefined) throw new CliError('--timeout applies to environment credentials only; run --account without it');
  const opened = await openAccountClient(account, process.env);
  return { client: opened.client, ctx: { host: opened.host }, close: opened.close };
}

async function clientFromEnvironment(timeoutMs: number | undefined): Promise<Tracked> {
  const credentials = environmentCredentials(process.env);
  if (!credentials) throw new CliError(NO_CREDENTIALS, 'auth');
  const { baseUrl, auth, host } = credentials;
  const attempts = new Map<string, number>();
  // Loaded on demand so `actions list/describe` and `--help` never load the network layer.
  const { createClient } = await import('../../client/index.js');
  const client = createClient({
    baseUrl,
    auth,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    hooks: { onRequest: (e: RequestEvent) => attempts.set(`${e.method} ${e.path}`, e.attempt) },
  });
  return { client, ctx: { host, attempts }, close: () => Promise.resolve() };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** A position as the user can paste it back into a shell. */
function shellWord(s: string): string {
  return /^[\w.,:/=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function write(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

async function run(name: string, opts: RunOptions): Promise<void> {
  let ctx: FailureContext = {};
  try {
    const { ActionWalkError, executeAction, getAction, validateActionInput } = await import('../../actions/index.js');
    const action = getAction(name);
    if (opts.maxItems !== undefined && !opts.all) throw new CliError('--max-items needs --all');
    if (opts.resume !== undefined && !opts.all) throw new CliError('--resume needs --all (resume a walk over every page)');
    if (opts.all && !action.pagination) throw new CliError(`${action.name} does not page; run it without --all`);
    const input = await attachFiles(action, await readInput(opts.input), opts.file);
    // Bad input is refused before credentials are even looked at.
    const valid = validateActionInput(action, input);
    const tracked = await clientFor(opts.account, opts.timeout);
    ctx = tracked.ctx;
    try {
      const result = await executeAction(tracked.client, action, valid, {
        all: opts.all === true,
        ...(opts.maxItems !== undefined ? { maxItems: opts.maxItems } : {}),
        ...(opts.resume !== undefined ? { from: opts.resume } : {}),
      });
      write(result);
      // An answer off the documented schema is still the answer: stdout keeps it, stderr says where it differs, exit 0.
      for (const line of outputWarnings(action.name, result.output)) process.stderr.write(`${line}\n`);
    } catch (err) {
      if (!(err instanceof ActionWalkError)) throw err;
      // What the walk got so far goes to stdout, so a script keeps it; the line on stderr says how to go on.
      write({ action: action.name, partial: true, pages: err.pages, data: err.items, resumeFrom: err.resumeFrom ?? null });
      const cause = describeFailure(err.cause, ctx);
      const next =
        err.resumeFrom === undefined
          ? 'nothing fetched; run it again'
          : `resume with --all --resume ${shellWord(err.resumeFrom)}`;
      process.stderr.write(`${cause.line}; got ${err.items.length} item(s) in ${err.pages} page(s), ${next}\n`);
      process.exitCode = cause.exit;
    } finally {
      await tracked.close();
    }
  } catch (err) {
    fail(err, ctx);
  }
}

/** `srconnect actions list|describe|run`: the catalogue of 164 SmartRecruiters actions. */
export function registerActions(program: Command): void {
  const cmd = program
    .command('actions')
    .description('the catalogue of 164 SmartRecruiters actions')
    .addHelpText('after', helpText(['srconnect actions list', 'srconnect actions describe search_candidates', 'srconnect actions run get_candidate --input \'{"id":"…"}\''], exitCodesHelp()));

  cmd
    .command('list')
    .description('list every action (name, kind, method, official path)')
    .option('--json', 'print a JSON array')
    .addHelpText('after', helpText(['srconnect actions list', 'srconnect actions list --json | jq -r \'.[].name\'']))
    .action(async (opts: { json?: boolean }) => {
      const { actions, summarizeAction } = await import('../../actions/index.js');
      const rows = actions.map(summarizeAction);
      if (opts.json) {
        write(rows);
        return;
      }
      const text = rows.map((r) => `${pad(r.name, 48)} ${pad(r.kind, 6)} ${pad(r.method, 6)} ${r.path}\n`).join('');
      process.stdout.write(`${text}${rows.length} actions\n`);
    });

  cmd
    .command('describe')
    .description('show one action: official operation, pagination, input and output JSON Schemas')
    .argument('<name>', 'action name, e.g. search_candidates')
    .addHelpText('after', helpText(['srconnect actions describe get_candidate', 'srconnect actions describe search_candidates | jq .input']))
    .action(async (name: string) => {
      try {
        const { describeAction, getAction } = await import('../../actions/index.js');
        write(describeAction(getAction(name)));
      } catch (err) {
        fail(err);
      }
    });

  cmd
    .command('run')
    .description('run one action against SmartRecruiters (a linked account with --account, else credentials from the environment)')
    .argument('<name>', 'action name, e.g. get_candidate')
    .option('--account <id>', 'use a linked account from the store (DATABASE_URL or SRCONNECT_DB, with SRCONNECT_SECRET_KEY); wins over SMARTRECRUITERS_* credentials', nonEmptyOption('--account', 'an account id (acc_…) from `srconnect accounts list`'))
    .option('--input <json|@file|->', 'the action input: JSON, @path to a JSON file, or - to read stdin')
    .option('--file <path>', 'actions with a file input (résumés, attachments): the file to send')
    .option('--all', 'paginated actions: fetch every page and print all items')
    .option('--max-items <n>', 'with --all: stop after n items', integerOption('--max-items', 1, 100_000_000))
    .option('--resume <position>', 'with --all: continue a walk that failed, from the position it printed', nonEmptyOption('--resume', 'a position printed by a failed walk'))
    .option('--timeout <ms>', 'per attempt, in milliseconds (default 30000)', integerOption('--timeout', 1, 3_600_000))
    .addHelpText(
      'after',
      helpText(
        [
          'srconnect actions run get_candidate --input \'{"id":"…"}\'',
          'srconnect actions run update_candidate_tags --input @tags.json',
          'echo \'{"id":"…"}\' | srconnect actions run get_candidate --input -',
          'srconnect actions run parse_resume --file ./cv.pdf',
          'srconnect actions run search_candidates --all --max-items 500 --input \'{"limit":100}\'',
          'srconnect actions run search_candidates --all --resume <position printed by a failed walk>',
          'SMARTRECRUITERS_BASE_URL=http://127.0.0.1:4010 SMARTRECRUITERS_API_KEY=… srconnect actions run search_jobs',
          'SRCONNECT_DB=./srconnect.db SRCONNECT_SECRET_KEY=… srconnect actions run search_candidates --account acc_…',
        ],
        exitCodesHelp(),
      ),
    )
    .action(run);
}
