import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateSecretKey } from '../../src/accounts/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { lines, runCli } from '../cli/run-cli.js';

// Each case starts the real CLI as a child process (tsx): slow on a loaded machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

describe('srconnect unified list', () => {
  let sim: Simulator;
  let dir: string;
  let accountId: string;
  const secretKey = generateSecretKey();
  const env = () => ({ SRCONNECT_DB: join(dir, 'store.db'), SRCONNECT_SECRET_KEY: secretKey });

  beforeAll(async () => {
    sim = await createSimulator({ seed: 3, candidates: 9, jobs: 2, users: 4, rateLimits: { enabled: false } });
    dir = await mkdtemp(join(tmpdir(), 'srconnect-unified-cli-'));
    const linked = await runCli(['accounts', 'link', '--name', 'Acme', '--base-url', sim.url, '--api-key', '-', '--json'], { env: env(), stdin: sim.apiKey });
    expect(linked.code, linked.stderr).toBe(0);
    accountId = JSON.parse(linked.stdout).id;
  });
  afterAll(async () => {
    await sim?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('--json pages by cursor and --all yields every user the simulator holds; a table otherwise', async () => {
    const all = await runCli(['unified', 'list', 'users', '--account', accountId, '--all', '--limit', '3', '--json'], { env: env() });
    expect(all.code, all.stderr).toBe(0);
    const body = JSON.parse(all.stdout) as { result: { id: string }[]; next_cursor: string | null };
    expect(body.result.map((u) => u.id).sort()).toEqual(sim.state.users.list.map((u) => u.id).sort());
    expect(body.next_cursor).toBeNull();

    const page = await runCli(['unified', 'list', 'candidates', '--account', accountId, '--limit', '2'], { env: env() });
    expect(page.code, page.stderr).toBe(0);
    const rows = lines(page.stdout);
    expect(rows[0]).toMatch(/^id\s+updated_at\s+first_name\s+last_name/);
    expect(rows).toHaveLength(3);
    const more = /--cursor (\S+)/.exec(page.stderr)?.[1];
    expect(more).toBeDefined();
    const second = await runCli(['unified', 'list', 'candidates', '--account', accountId, '--limit', '2', '--cursor', more!, '--json'], { env: env() });
    expect(second.code, second.stderr).toBe(0);
    const firstIds = rows.slice(1).map((r) => r.split(/\s+/)[0]);
    expect(JSON.parse(second.stdout).result.map((c: { id: string }) => c.id).some((id: string) => firstIds.includes(id))).toBe(false);
  });

  it('bad input is one line and exit 2: unknown model, unknown filter, bad value, tampered cursor', async () => {
    for (const [args, pattern] of [
      [['unified', 'list', 'widgets', '--account', accountId], /no unified list "widgets"/],
      [['unified', 'list', 'jobs', '--account', accountId, '--filter', 'colour=red'], /colour/],
      [['unified', 'list', 'jobs', '--account', accountId, '--filter', 'status=SOURCING'], /status/],
      [['unified', 'list', 'jobs', '--account', accountId, '--limit', '500'], /limit/],
      [['unified', 'list', 'jobs', '--account', accountId, '--cursor', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'], /cursor/],
    ] as const) {
      const r = await runCli([...args], { env: env() });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
    }
    const unknown = await runCli(['unified', 'list', 'jobs', '--account', 'acc_nope'], { env: env() });
    expect(unknown.code).toBe(4);
  });
});
