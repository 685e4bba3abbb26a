import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSecretKey, type AccountView } from '../../src/accounts/index.js';
import { registerAccounts } from '../../src/cli/commands/accounts.js';
import { registerKeygen } from '../../src/cli/commands/keygen.js';
import type { Simulator } from '../../src/simulator/index.js';
import { startSimulator } from './accounts-testbed.js';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let sim: Simulator;
let dir: string;
let env: NodeJS.ProcessEnv;

/**
 * `srconnect …` in this process: the real commander program with the real commands, the store and
 * credentials from the given environment, stdout/stderr captured. (A child process per call costs
 * seconds on a shared machine; one real-process run below proves the bin wiring.)
 */
async function cli(args: string[], extraEnv: Record<string, string | undefined> = {}, stdin = ''): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...env, ...extraEnv };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  const out: Run = { code: 0, stdout: '', stderr: '' };
  const program = new Command().name('srconnect').exitOverride();
  program.configureOutput({ writeOut: (t) => (out.stdout += t), writeErr: (t) => (out.stderr += t) });
  registerAccounts(program, {
    env: childEnv,
    stdin: () => stdin,
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    setExitCode: (c) => (out.code = c),
  });
  registerKeygen(program, (t) => (out.stdout += t));
  for (const c of program.commands) c.exitOverride();
  try {
    await program.parseAsync(['node', 'srconnect', ...args]);
  } catch (e) {
    out.code = (e as { exitCode?: number }).exitCode ?? -1;
  }
  return out;
}

function spawnCli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, ['src/cli/main.ts', ...args], { cwd: root, env }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  sim = await startSimulator(4);
  dir = mkdtempSync(join(tmpdir(), 'srconnect-cli-'));
  env = { ...process.env, SRCONNECT_DB: join(dir, 'cli.db'), SRCONNECT_SECRET_KEY: generateSecretKey(), SMARTRECRUITERS_BASE_URL: sim.url };
  // The CLI test runs on SQLite only: with DATABASE_URL the child would use the shared `public` schema.
  delete env.DATABASE_URL;
  for (const k of ['SMARTRECRUITERS_API_KEY', 'SMARTRECRUITERS_CLIENT_ID', 'SMARTRECRUITERS_CLIENT_SECRET']) delete env[k];
});

afterAll(async () => {
  await sim?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('srconnect keygen', () => {
  it('prints one fresh 43-character base64url secret and nothing else', async () => {
    const [a, b] = await Promise.all([cli(['keygen']), cli(['keygen'])]);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
    expect(a.stdout).not.toBe(b.stdout);
  });
});

describe('the srconnect bin', () => {
  it('wires keygen and accounts: a real process prints a key, then lists an empty store', { timeout: 180_000 }, async () => {
    const key = await spawnCli(['keygen']);
    expect(key.code, key.stderr).toBe(0);
    expect(key.stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
    const list = await spawnCli(['accounts', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(Array.isArray(JSON.parse(list.stdout))).toBe(true);
  });
});

describe('srconnect accounts (store opened directly, SQLite)', () => {
  it('link (API key from the environment, OAuth secret from stdin), list, show, remove, all as JSON, no secret printed', async () => {
    const linked = await cli(['accounts', 'link', '--name', 'Acme', '--json'], { SMARTRECRUITERS_API_KEY: sim.apiKey });
    expect(linked.stderr).toBe('');
    expect(linked.code).toBe(0);
    const a = JSON.parse(linked.stdout) as AccountView;
    expect(a).toMatchObject({ name: 'Acme', auth_type: 'api_key', base_url: sim.url });

    const oauth = await cli(['accounts', 'link', '--name', 'Beta', '--client-id', sim.oauthClient.clientId, '--client-secret', '-'], {}, `${sim.oauthClient.clientSecret}\n`);
    expect(oauth.code, oauth.stderr).toBe(0);
    expect(oauth.stdout).toMatch(/^linked acc_[0-9a-f]{32} \(Beta, oauth_client_credentials\) at http:\/\/127\.0\.0\.1:\d+\n$/);

    const list = await cli(['accounts', 'list', '--json']);
    const all = JSON.parse(list.stdout) as AccountView[];
    expect(all.map((v) => v.name)).toEqual(['Acme', 'Beta']);
    const text = await cli(['accounts', 'list']);
    expect(text.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+AUTH\s+BASE URL\s+LAST SUCCESS\s+LAST ERROR$/);
    expect(text.stdout).toContain(a.id);

    const shown = await cli(['accounts', 'show', a.id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/rate budget: +\d+ of 10 per second left/);

    const removed = await cli(['accounts', 'remove', a.id, '--json']);
    expect(JSON.parse(removed.stdout)).toEqual({ removed: a.id });
    expect((JSON.parse((await cli(['accounts', 'list', '--json'])).stdout) as AccountView[]).map((v) => v.name)).toEqual(['Beta']);

    for (const out of [linked, oauth, list, text, shown, removed]) {
      expect(out.stdout + out.stderr).not.toContain(sim.apiKey);
      expect(out.stdout + out.stderr).not.toContain(sim.oauthClient.clientSecret);
    }
  });

  it('failures are one line on stderr, no stack trace, no secret, exit 1 (refused) or 2 (mistyped), and nothing is stored', async () => {
    const before = (JSON.parse((await cli(['accounts', 'list', '--json'])).stdout) as AccountView[]).length;
    const cases: [string[], Record<string, string | undefined>, number, RegExp][] = [
      [['accounts', 'link', '--name', 'x', '--api-key', 'wrong-key-999'], {}, 1, /rejected the API key.*\[invalid_credentials, auth\]/],
      [['accounts', 'link', '--name', 'x', '--api-key', sim.apiKey], { SRCONNECT_SECRET_KEY: undefined }, 1, /SRCONNECT_SECRET_KEY is not set/],
      [['accounts', 'link', '--name', 'x', '--api-key', sim.apiKey], { SRCONNECT_SECRET_KEY: 'short' }, 1, /at least 32 characters/],
      [['accounts', 'link', '--name', 'x', '--api-key', sim.apiKey, '--base-url', 'ftp://h'], {}, 2, /\[invalid_base_url, base_url\]/],
      [['accounts', 'link', '--name', 'x', '--api-key', 'k', '--client-id', 'c'], {}, 2, /not both/],
      [['accounts', 'link', '--name', 'x'], {}, 2, /no credentials/],
      [['accounts', 'show', '../etc/passwd'], {}, 1, /no account .*\[account_not_found, id\]/],
      [['accounts', 'remove', 'acc_00000000000000000000000000000000'], {}, 1, /account_not_found/],
      [['accounts', 'list'], { SRCONNECT_DB: join(dir, 'missing', 'dir', 'x.db') }, 1, /cannot open SQLite database .*\[database_unavailable\]/],
      [['accounts', 'list'], { DATABASE_URL: 'mysql://nope' }, 1, /postgres:\/\//],
    ];
    for (const [args, extra, code, message] of cases) {
      const r = await cli(args, extra);
      const label = `${args.join(' ')} ${JSON.stringify(extra)}`;
      expect(r.code, label).toBe(code);
      expect(r.stdout, label).toBe('');
      expect(r.stderr, label).toMatch(/^srconnect accounts: [^\n]+\n$/);
      expect(r.stderr, label).toMatch(message);
      expect(r.stderr, label).not.toMatch(/\n\s+at /);
      expect(r.stderr, label).not.toContain(sim.apiKey);
    }
    expect((JSON.parse((await cli(['accounts', 'list', '--json'])).stdout) as AccountView[]).length).toBe(before);
  });
});
