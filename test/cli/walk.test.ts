import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { startTestServer, type TestServer } from '../support/sr-test-server.js';
import { lines, runCli } from './run-cli.js';

// Each case starts the real CLI as a child process (tsx): slow on a loaded machine, so a generous budget.
vi.setConfig({ testTimeout: 120_000 });

let sim: Simulator;
let flaky: TestServer;
let down = true;
const all = Array.from({ length: 11 }, (_, i) => ({ id: `c${i}` }));

beforeAll(async () => {
  sim = await createSimulator({ seed: 9, candidates: 130, jobs: 3, users: 2 });
  flaky = await startTestServer({ limits: { enforce: false }, auth: { apiKey: 'key_cli_walk_1' } });
  // Pages of 3 by cursor; the page at position 6 fails with 500 for as long as `down` holds.
  flaky.route('GET', '/candidates', (r) => {
    const start = Number(r.query.get('pageId') ?? 0);
    const size = Number(r.query.get('limit'));
    if (down && start === 6) return { status: 500, body: { message: 'upstream broke' } };
    const next = start + size < all.length ? { nextPageId: String(start + size) } : {};
    return { body: { content: all.slice(start, start + size), limit: size, ...next } };
  });
});

afterAll(async () => {
  await Promise.all([sim?.close(), flaky?.close()]);
});

const simEnv = (): Record<string, string> => ({ SMARTRECRUITERS_API_KEY: sim.apiKey, SMARTRECRUITERS_BASE_URL: sim.url });
const flakyEnv = (): Record<string, string> => ({ SMARTRECRUITERS_API_KEY: 'key_cli_walk_1', SMARTRECRUITERS_BASE_URL: flaky.baseUrl });

async function limitsSeen(): Promise<string[]> {
  const log = (await (await fetch(`${sim.url}/__sim/requests?operation=candidates.all`)).json()) as { query: Record<string, string> }[];
  return log.map((e) => e.query['limit'] as string);
}

describe('srconnect actions run --all', () => {
  it('a walk that fails prints what it got and a resume position; --resume continues from it', async () => {
    down = true;
    const failed = await runCli(['actions', 'run', 'search_candidates', '--all', '--input', '{"limit":3}'], { env: flakyEnv() });
    expect(failed.code, failed.stderr).toBe(1);
    const partial = JSON.parse(failed.stdout) as { partial: boolean; pages: number; data: { id: string }[]; resumeFrom: string };
    expect(partial).toMatchObject({ partial: true, pages: 2, resumeFrom: '6' });
    expect(partial.data).toEqual(all.slice(0, 6));
    const [line, ...rest] = lines(failed.stderr);
    expect(rest).toEqual([]);
    expect(line).toMatch(/500/);
    expect(line).toContain(new URL(flaky.baseUrl).host);
    expect(line).toContain('--resume 6');

    down = false;
    const resumed = await runCli(['actions', 'run', 'search_candidates', '--all', '--resume', partial.resumeFrom, '--input', '{"limit":3}'], { env: flakyEnv() });
    expect(resumed.code, resumed.stderr).toBe(0);
    const out = JSON.parse(resumed.stdout) as { data: { id: string }[] };
    expect([...partial.data, ...out.data]).toEqual(all);
    expect(flaky.requests.filter((r) => r.query.get('pageId') === '0')).toHaveLength(0);
  });

  it("keeps the user's limit as the page size", async () => {
    const before = (await limitsSeen()).length;
    const r = await runCli(['actions', 'run', 'search_candidates', '--all', '--input', '{"limit":40}'], { env: simEnv() });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { data: unknown[]; pages: number };
    expect(out.data).toHaveLength(130);
    expect(out.pages).toBe(4);
    expect((await limitsSeen()).slice(before)).toEqual(['40', '40', '40', '40']);
  });

  it.each([
    [['--all', '--max-items', '5abc'], /--max-items/],
    [['--all', '--max-items', '0'], /--max-items/],
    [['--all', '--max-items', '-3'], /--max-items/],
    [['--all', '--max-items', '1e3'], /--max-items/],
    [['--max-items', '5'], /--max-items needs --all/],
    [['--resume', '6'], /--resume needs --all/],
    [['--all', '--resume', ''], /resume/],
  ])('refuses %j before any request', async (flags, message) => {
    const before = (await limitsSeen()).length;
    const r = await runCli(['actions', 'run', 'search_candidates', ...flags], { env: simEnv() });
    expect(r.code, r.stderr).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(await limitsSeen()).toHaveLength(before);
  });

  it('--all on an action that does not page says so', async () => {
    const r = await runCli(['actions', 'run', 'get_candidate', '--all', '--input', '{"id":"x"}'], { env: simEnv() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/get_candidate does not page/);
  });

  it('--resume with a position the endpoint cannot page from is refused (2)', async () => {
    const r = await runCli(['actions', 'run', 'search_offers', '--all', '--resume', 'abc'], { env: simEnv() });
    expect(r.code, r.stderr).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/position/);
  });
});
