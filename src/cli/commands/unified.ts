import type { Command } from 'commander';
import { derivedKeyFrom } from '../../accounts/index.js';
import { CURSOR_KEY_PURPOSE, parseListQuery, runList, UnifiedError, unifiedResources, type UnifiedResource } from '../../unified/index.js';
import { CliError } from '../cli-error.js';
import { describeFailure } from '../describe-failure.js';
import { exitCodesHelp } from '../exit-codes.js';
import { helpText } from '../help-text.js';
import { openAccountClient } from '../open-account-client.js';

interface ListOptions {
  account: string;
  json?: boolean;
  limit?: string;
  cursor?: string;
  filter?: string[];
  all?: boolean;
}

const BASE_FIELDS = new Set(['remote_id', 'created_at', 'remote_deleted_at', 'custom_fields', 'remote_data']);
const MAX_CELL = 40;

function resourceNamed(name: string): UnifiedResource {
  const found = unifiedResources.find((r) => r.path === name || r.key === name);
  if (!found) throw new CliError(`no unified list "${name}"; one of: ${unifiedResources.map((r) => r.path).join(', ')}`);
  return found;
}

function cell(v: unknown): string {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.map(cell).join(',') : typeof v === 'object' ? (((v as { id?: unknown; name?: unknown }).name ?? (v as { id?: unknown }).id ?? '') as string) : String(v);
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

/** A plain table: id first, then the model's own fields that read as one value (objects by name or id). */
export function formatTable(records: Record<string, unknown>[]): string {
  if (records.length === 0) return '(no records)\n';
  const keys = Object.keys(records[0] as object).filter((k) => !BASE_FIELDS.has(k));
  const columns = ['id', ...keys.filter((k) => k !== 'id')].slice(0, 7);
  const rows = [columns, ...records.map((r) => columns.map((c) => cell(r[c])))];
  const widths = columns.map((_, i) => Math.max(...rows.map((row) => (row[i] as string).length)));
  return rows.map((row) => row.map((v, i) => v.padEnd(widths[i] as number)).join('  ').trimEnd()).join('\n') + '\n';
}

function filtersFrom(pairs: string[] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const pair of pairs ?? []) {
    const i = pair.indexOf('=');
    if (i <= 0) throw new CliError(`--filter takes name=value, got ${JSON.stringify(pair.slice(0, 60))}`);
    (out[pair.slice(0, i)] ??= []).push(pair.slice(i + 1));
  }
  return out;
}

async function list(name: string, opts: ListOptions): Promise<void> {
  const resource = resourceNamed(name);
  const query = { ...filtersFrom(opts.filter), ...(opts.limit ? { limit: [opts.limit] } : {}), ...(opts.cursor ? { cursor: [opts.cursor] } : {}) };
  let parsed;
  try {
    parsed = parseListQuery(resource, query);
  } catch (err) {
    if (err instanceof UnifiedError) throw new CliError(err.field && !err.message.startsWith(err.field) ? `${err.field}: ${err.message}` : err.message);
    throw err;
  }
  const opened = await openAccountClient(opts.account, process.env);
  try {
    const key = derivedKeyFrom(process.env.SRCONNECT_SECRET_KEY, CURSOR_KEY_PURPOSE);
    const records: unknown[] = [];
    let cursor = parsed.cursor;
    let next: string | null;
    do {
      const page = await runList(opened.client, key, opts.account, resource, { ...parsed, cursor });
      records.push(...page.result);
      next = page.next_cursor;
      cursor = next ?? undefined;
    } while (opts.all && next);
    if (opts.json) process.stdout.write(`${JSON.stringify({ result: records, next_cursor: next }, null, 2)}\n`);
    else {
      process.stdout.write(formatTable(records as Record<string, unknown>[]));
      if (next) process.stderr.write(`more: --cursor ${next}\n`);
    }
  } catch (err) {
    if (err instanceof UnifiedError) throw new CliError(err.message, err.status === 404 ? 'not_found' : 'usage');
    throw err;
  } finally {
    await opened.close();
  }
}

/** `srconnect unified list <model> --account ID`: the unified API without the server. */
export function registerUnified(program: Command): void {
  const unified = program.command('unified').description('unified ATS and User Directory records of a linked account, live from SmartRecruiters');
  unified
    .command('list <model>')
    .description(`one page of a unified list (${unifiedResources.map((r) => r.path).join(', ')}) as a table, or --json`)
    .requiredOption('--account <id>', 'the linked account (see `srconnect accounts list`)')
    .option('--json', 'print { result, next_cursor } as JSON')
    .option('--limit <n>', 'records per page, 1 to 100 (default 50)')
    .option('--cursor <cursor>', "the previous page's next_cursor")
    .option('--filter <name=value>', 'a filter (updated_after, created_after, job_id, candidate_id, status, email); repeatable', (v: string, acc: string[] = []) => [...acc, v])
    .option('--all', 'follow every page')
    .addHelpText('after', helpText(['srconnect unified list candidates --account acc_…', 'srconnect unified list applications --account acc_… --filter status=INTERVIEW --json', 'srconnect unified list users --account acc_… --all'], exitCodesHelp()))
    .action(async (model: string, opts: ListOptions) => {
      try {
        await list(model, opts);
      } catch (err) {
        const { exit, line } = describeFailure(err);
        process.stderr.write(`${line}\n`);
        process.exitCode = exit;
      }
    });
}
