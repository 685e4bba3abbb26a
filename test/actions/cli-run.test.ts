import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const exec = promisify(execFile);

interface Logged {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: unknown;
  operation: string | null;
  status: number | null;
}

let sim: Simulator;

/** `srconnect actions run …` as a user runs it: a child process, credentials from the environment. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const base = { SMARTRECRUITERS_API_KEY: sim.apiKey, SMARTRECRUITERS_BASE_URL: sim.url };
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...base, ...env };
  delete childEnv.SMARTRECRUITERS_CLIENT_ID;
  delete childEnv.SMARTRECRUITERS_CLIENT_SECRET;
  try {
    const { stdout, stderr } = await exec(tsx, ['src/cli/main.ts', 'actions', 'run', ...args], { cwd: root, env: childEnv, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

async function received(operation: string): Promise<Logged[]> {
  const res = await fetch(`${sim.url}/__sim/requests?operation=${encodeURIComponent(operation)}`);
  return (await res.json()) as Logged[];
}

beforeAll(async () => {
  sim = await createSimulator({ seed: 11, candidates: 250, jobs: 5, users: 4 });
});

afterAll(async () => {
  await sim?.close();
});

describe('srconnect actions run against a running simulator', () => {
  it('runs a read with the key and base URL from the environment', async () => {
    const id = sim.state.candidates.get(7).id;
    const { code, stdout, stderr } = await cli(['get_candidate', '--input', JSON.stringify({ id })]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { action: string; status: number; data: { id: string }; output: { ok: boolean } };
    expect(out).toMatchObject({ action: 'get_candidate', status: 200, data: { id }, output: { ok: true } });
    const [seen] = await received('candidates.get');
    expect(seen).toMatchObject({ method: 'GET', path: `/candidates/${id}`, status: 200 });
    expect(seen?.headers['x-smarttoken']).toMatch(/^\[redacted/);
    expect(stdout).not.toContain(sim.apiKey);
  });

  it('runs a write: the simulator state changes', async () => {
    const id = sim.state.candidates.get(3).id;
    const { code, stdout } = await cli(['update_candidate_tags', '--input', JSON.stringify({ id, body: { tags: ['cli', 'e2e'] } })]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ status: 200, data: { tags: ['cli', 'e2e'] } });
    const tags = await fetch(`${sim.url}/candidates/${id}/tags`, { headers: { 'X-SmartToken': sim.apiKey } });
    expect(await tags.json()).toEqual({ tags: ['cli', 'e2e'] });
    const [seen] = await received('candidates.tags.replace');
    expect(seen).toMatchObject({ method: 'PUT', path: `/candidates/${id}/tags`, body: { tags: ['cli', 'e2e'] } });
  });

  it('--all follows every page of a paginated action: 250 candidates in 3 pages of 100', async () => {
    const before = (await received('candidates.all')).length;
    const { code, stdout } = await cli(['search_candidates', '--all', '--input', '{"limit":100}']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { status: number; pages: number; data: { id: string }[] };
    expect(out.data).toHaveLength(250);
    expect(new Set(out.data.map((c) => c.id)).size).toBe(250);
    expect(out.pages).toBe(3);
    const log = await received('candidates.all');
    const pages = log.length - before;
    expect(pages).toBe(3);
    // The first page has no cursor; the other two carry the nextPageId of the page before.
    const cursors = log.filter((p) => typeof p.query['pageId'] === 'string');
    expect(cursors).toHaveLength(2);
    expect(cursors.every((p) => p.query['limit'] === '100')).toBe(true);
  });

  it('--all with --max-items stops early', async () => {
    const { code, stdout } = await cli(['search_candidates', '--all', '--max-items', '120', '--input', '{"limit":100}']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { data: unknown[] }).data).toHaveLength(120);
  });

  it('a wrong key gives exit code 3 (auth) and a 401, without echoing the key', async () => {
    const bad = 'wrong-key-0123456789';
    const { code, stdout, stderr } = await cli(['get_candidate', '--input', '{"id":"x"}'], { SMARTRECRUITERS_API_KEY: bad });
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/401/);
    expect(stderr).not.toContain(bad);
  });
});
