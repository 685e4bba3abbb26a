import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateSecretKey } from '../../src/accounts/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { startTestServer, type TestServer } from '../support/sr-test-server.js';
import { lines, runCli, type CliRun } from './run-cli.js';

// Each case starts the real CLI as a child process (tsx): slow on a loaded machine, so a generous budget.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let sim: Simulator;
let scripted: TestServer;
let dir: string;
let db: string;
let accountId: string;
let linkedAt: string;
/** What the scripted server answers to GET /candidates/{id}. */
let answer: unknown = {};
const secretKey = generateSecretKey();
const SCRIPTED_KEY = 'key_cli_account_1';

async function received(operation: string): Promise<unknown[]> {
  const res = await fetch(`${sim.url}/__sim/requests?operation=${encodeURIComponent(operation)}`);
  return (await res.json()) as unknown[];
}

/** The store env only: no SMARTRECRUITERS_* (run-cli strips them), so a success can only come from the account. */
const store = (extra: Record<string, string> = {}): Record<string, string> => ({ SRCONNECT_DB: db, SRCONNECT_SECRET_KEY: secretKey, ...extra });

/** One line on stderr, no stack trace, nothing on stdout, no secret anywhere. */
function oneLineFailure(r: CliRun): string {
  expect(r.stdout).toBe('');
  const l = lines(r.stderr);
  expect(l, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
  for (const secret of [secretKey, sim.apiKey]) expect(r.stderr).not.toContain(secret);
  return l[0] as string;
}

beforeAll(async () => {
  [sim, scripted] = await Promise.all([
    createSimulator({ seed: 11, candidates: 7, jobs: 1, users: 1 }),
    startTestServer({ limits: { enforce: false }, auth: { apiKey: SCRIPTED_KEY } }),
  ]);
  scripted.route('GET', '/candidates/{id}', () => ({ status: 200, body: answer }));
  dir = await mkdtemp(join(tmpdir(), 'srconnect-cli-account-'));
  db = join(dir, 'store.db');
  // The key goes in on stdin, as the link --help recommends: never on the command line.
  const linked = await runCli(['accounts', 'link', '--name', 'Acme', '--base-url', sim.url, '--api-key', '-', '--json'], { env: store(), stdin: sim.apiKey });
  expect(linked.code, linked.stderr).toBe(0);
  const view = JSON.parse(linked.stdout) as { id: string; created_at: string; health: { last_success_at: string | null } };
  accountId = view.id;
  // The link's own live check is the first success; a later one can only come from `actions run`.
  linkedAt = view.health.last_success_at ?? view.created_at;
  expect(accountId).toMatch(/^acc_/);
});

afterAll(async () => {
  await Promise.all([sim?.close(), scripted?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('actions run --account', () => {
  it('runs search_candidates with the linked account: the simulator receives it, stdout is the JSON result', async () => {
    const before = (await received('candidates.all')).length;
    const r = await runCli(['actions', 'run', 'search_candidates', '--account', accountId, '--input', '{"limit":3}'], { env: store() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { action: string; status: number; data: { content: unknown[] }; output: { ok: boolean } };
    expect(out).toMatchObject({ action: 'search_candidates', status: 200, output: { ok: true } });
    expect(out.data.content).toHaveLength(3);
    expect((await received('candidates.all')).length).toBe(before + 1);
    expect(r.stdout).not.toContain(sim.apiKey);
    // The account's client records health, and the CLI lets it land before closing the store.
    const shown = await runCli(['accounts', 'show', accountId, '--json'], { env: store() });
    expect(shown.code, shown.stderr).toBe(0);
    const health = (JSON.parse(shown.stdout) as { health: { last_success_at: string | null } }).health;
    expect(Date.parse(health.last_success_at ?? '')).toBeGreaterThan(Date.parse(linkedAt));
  });

  it('wins over environment credentials (a wrong SMARTRECRUITERS_API_KEY and base URL are ignored)', async () => {
    const before = (await received('candidates.all')).length;
    const env = store({ SMARTRECRUITERS_API_KEY: 'env-key-that-would-401', SMARTRECRUITERS_BASE_URL: scripted.baseUrl });
    const r = await runCli(['actions', 'run', 'search_candidates', '--account', accountId], { env });
    expect(r.code, r.stderr).toBe(0);
    expect((await received('candidates.all')).length).toBe(before + 1);
    expect(scripted.stats.total).toBe(0);
    const help = await runCli(['actions', 'run', '--help']);
    // Commander wraps option text: compare with the line breaks folded.
    expect(help.stdout.replace(/\s+/g, ' ')).toMatch(/--account <id> .*wins over SMARTRECRUITERS_\* credentials/);
    expect(help.stdout).toContain('--account acc_');
  });

  it('an unknown account id, and hostile ids (`..`, a path, a huge one), are 4 = not found, in one line', async () => {
    const ids = ['acc_00000000000000000000000000', '..', '../../etc/passwd', 'ACC_' + accountId.slice(4).toUpperCase(), 'x'.repeat(100_000).slice(0, 5_000)];
    const runs = await Promise.all(ids.map((id) => runCli(['actions', 'run', 'search_candidates', '--account', id], { env: store() })));
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(4);
      const line = oneLineFailure(r);
      expect(line).toMatch(/^srconnect: --account: no account "/);
      expect(line.length).toBeLessThan(300);
    }
    expect(runs[1]?.stderr).toContain('no account ".."');
  });

  it('an empty --account is refused as usage before anything is opened', async () => {
    const r = await runCli(['actions', 'run', 'search_candidates', '--account', ''], { env: store() });
    expect(r.code).toBe(2);
    expect(oneLineFailure(r)).toMatch(/--account must be an account id/);
  });

  it('a missing SRCONNECT_SECRET_KEY is 2 = usage and says how to get one', async () => {
    const runs = await Promise.all([
      runCli(['actions', 'run', 'search_candidates', '--account', accountId], { env: { SRCONNECT_DB: db } }),
      runCli(['actions', 'run', 'search_candidates', '--account', accountId], { env: { SRCONNECT_DB: db, SRCONNECT_SECRET_KEY: '' } }),
    ]);
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(2);
      expect(oneLineFailure(r)).toMatch(/SRCONNECT_SECRET_KEY is not set; run `srconnect keygen`/);
    }
  });

  it('a wrong SRCONNECT_SECRET_KEY says the credentials were stored under another key (2), never printing either key', async () => {
    const wrong = generateSecretKey();
    const before = (await received('candidates.all')).length;
    const r = await runCli(['actions', 'run', 'search_candidates', '--account', accountId], { env: store({ SRCONNECT_SECRET_KEY: wrong }) });
    expect(r.code, r.stderr).toBe(2);
    const line = oneLineFailure(r);
    expect(line).toMatch(/cannot be decrypted: they were encrypted with key k1_\w+ but SRCONNECT_SECRET_KEY gives key k1_\w+/);
    expect(line).not.toContain(wrong);
    // Refused before any request.
    expect((await received('candidates.all')).length).toBe(before);
  });

  it('a weak secret key is refused as usage', async () => {
    const r = await runCli(['actions', 'run', 'search_candidates', '--account', accountId], { env: store({ SRCONNECT_SECRET_KEY: 'short' }) });
    expect(r.code).toBe(2);
    expect(oneLineFailure(r)).toMatch(/SRCONNECT_SECRET_KEY must be at least 32 characters/);
  });

  it('a store path that does not exist is not found and is not created', async () => {
    const missing = join(dir, 'nope', 'missing.db');
    const r = await runCli(['actions', 'run', 'search_candidates', '--account', accountId], { env: store({ SRCONNECT_DB: missing }) });
    expect(r.code).toBe(4);
    expect(oneLineFailure(r)).toMatch(/no store at .*missing\.db/);
    expect(existsSync(missing)).toBe(false);
  });

  it('--timeout with --account is refused rather than silently ignored', async () => {
    const r = await runCli(['actions', 'run', 'search_candidates', '--account', accountId, '--timeout', '1000'], { env: store() });
    expect(r.code).toBe(2);
    expect(oneLineFailure(r)).toMatch(/--timeout applies to environment credentials only/);
  });
});

describe('actions run: an answer off the documented schema', () => {
  it('keeps the JSON on stdout, prints one warning per issue (capped at 5 + "… and N more") on stderr, exits 0', async () => {
    const body = { id: 42, firstName: 7, lastName: false, email: [], internal: 'yes', tags: 'a', averageRating: 'high', createdOn: 1 };
    answer = body;
    const env = { SMARTRECRUITERS_API_KEY: SCRIPTED_KEY, SMARTRECRUITERS_BASE_URL: scripted.baseUrl };
    const r = await runCli(['actions', 'run', 'get_candidate', '--input', '{"id":"c1"}'], { env });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { data: unknown; output: { ok: boolean; issues: { path: string }[] } };
    expect(out.data).toEqual(body);
    expect(out.output.ok).toBe(false);
    const issues = out.output.issues;
    expect(issues.length).toBe(8);
    const l = lines(r.stderr);
    expect(l).toHaveLength(6);
    for (const [i, issue] of issues.slice(0, 5).entries()) {
      expect(l[i]).toMatch(new RegExp(`^srconnect: warning: get_candidate answer does not match the documented output at ${issue.path}: \\S`));
    }
    expect(l[5]).toBe('srconnect: warning: … and 3 more');
    expect(r.stderr).not.toMatch(/\n\s+at |node:internal/);
  });

  it('a matching answer prints no warning', async () => {
    answer = { id: 'c1', firstName: 'Ada', lastName: 'Lovelace' };
    const env = { SMARTRECRUITERS_API_KEY: SCRIPTED_KEY, SMARTRECRUITERS_BASE_URL: scripted.baseUrl };
    const r = await runCli(['actions', 'run', 'get_candidate', '--input', '{"id":"c1"}'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });
});
