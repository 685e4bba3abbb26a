import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { refusedPort, startTestServer, type TestServer } from '../support/sr-test-server.js';
import { lines, root, runCli, type CliRun } from './run-cli.js';

// Each case starts the real CLI as a child process (tsx): slow on a loaded machine, so a generous budget.
vi.setConfig({ testTimeout: 120_000 });

let sim: Simulator;
let slow: Simulator;
let scripted: TestServer;

beforeAll(async () => {
  [sim, slow, scripted] = await Promise.all([
    createSimulator({ seed: 3, candidates: 20, jobs: 3, users: 3 }),
    createSimulator({ seed: 3, candidates: 5, jobs: 1, users: 1, latencyMs: 5_000, jitter: 0 }),
    startTestServer({ limits: { enforce: false }, auth: { apiKey: 'key_cli_exit_1' } }),
  ]);
  scripted.route('POST', '/candidates', () => ({ status: 500, body: { message: 'database on fire' } }));
  scripted.route('GET', '/candidates/{id}', () => ({ status: 429, headers: { 'retry-after': '0' }, body: { message: 'slow down' } }));
});

afterAll(async () => {
  await Promise.all([sim?.close(), slow?.close(), scripted?.close()]);
});

const withKey = (s: { url: string; apiKey: string }): Record<string, string> => ({ SMARTRECRUITERS_API_KEY: s.apiKey, SMARTRECRUITERS_BASE_URL: s.url });

/** One line on stderr, no stack trace, nothing on stdout. */
function oneLineFailure(r: CliRun): string {
  expect(r.stdout).toBe('');
  const l = lines(r.stderr);
  expect(l, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
  return l[0] as string;
}

describe('exit codes a script can rely on', () => {
  it('2 = usage or bad input: unknown action, unknown option, bad JSON, input refused by the schema', async () => {
    const runs = await Promise.all([
      runCli(['actions', 'run', 'get_candidat', '--input', '{}'], { env: withKey(sim) }),
      runCli(['actions', 'run', 'get_candidate', '--inptu', '{}'], { env: withKey(sim) }),
      runCli(['actions', 'run', 'get_candidate', '--input', '{"id":'], { env: withKey(sim) }),
      runCli(['actions', 'run', 'get_candidate', '--input', '{}'], { env: withKey(sim) }),
      runCli(['nonsense'], { env: withKey(sim) }),
    ]);
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(2);
      oneLineFailure(r);
    }
    expect(runs[0]?.stderr).toMatch(/unknown action "get_candidat"/);
    expect(runs[1]?.stderr).toMatch(/--inptu/);
    expect(runs[2]?.stderr).toMatch(/--input is not valid JSON/);
  });

  it('3 = auth: a wrong key (401) names the host and never echoes the key; missing credentials say which variables', async () => {
    const bad = 'wrong-key-0123456789';
    const wrong = await runCli(['actions', 'run', 'get_candidate', '--input', '{"id":"x"}'], { env: { ...withKey(sim), SMARTRECRUITERS_API_KEY: bad } });
    expect(wrong.code).toBe(3);
    const line = oneLineFailure(wrong);
    expect(line).toMatch(/401/);
    expect(line).toContain(new URL(sim.url).host);
    expect(line).not.toContain(bad);
    const none = await runCli(['actions', 'run', 'get_candidate', '--input', '{"id":"x"}'], { env: { SMARTRECRUITERS_BASE_URL: sim.url } });
    expect(none.code).toBe(3);
    expect(oneLineFailure(none)).toMatch(/SMARTRECRUITERS_API_KEY.*SMARTRECRUITERS_CLIENT_ID.*SMARTRECRUITERS_CLIENT_SECRET/);
  });

  it('4 = not found', async () => {
    const r = await runCli(['actions', 'run', 'get_candidate', '--input', '{"id":"no-such-candidate"}'], { env: withKey(sim) });
    expect(r.code).toBe(4);
    const line = oneLineFailure(r);
    expect(line).toMatch(/404/);
    expect(line).toContain(new URL(sim.url).host);
  });

  it('5 = worth retrying: rate limited after the retries, connection refused, timeout', async () => {
    const port = await refusedPort();
    const [limited, refused, timedOut] = await Promise.all([
      runCli(['actions', 'run', 'get_candidate', '--input', '{"id":"c1"}'], { env: { SMARTRECRUITERS_API_KEY: 'key_cli_exit_1', SMARTRECRUITERS_BASE_URL: scripted.baseUrl } }),
      runCli(['actions', 'run', 'get_candidate', '--input', '{"id":"c1"}', '--timeout', '2000'], { env: { SMARTRECRUITERS_API_KEY: 'k_refused_1', SMARTRECRUITERS_BASE_URL: `http://127.0.0.1:${port}` } }),
      runCli(['actions', 'run', 'get_candidate', '--input', '{"id":"c1"}', '--timeout', '150'], { env: withKey(slow) }),
    ]);
    expect(limited.code, limited.stderr).toBe(5);
    expect(oneLineFailure(limited)).toMatch(/429/);
    expect(refused.code, refused.stderr).toBe(5);
    expect(oneLineFailure(refused)).toContain(`127.0.0.1:${port}`);
    expect(timedOut.code, timedOut.stderr).toBe(5);
    const line = oneLineFailure(timedOut);
    // Says how long, how many attempts (the first + 4 retries by default) and which host.
    expect(line).toMatch(/timed out after 150 ms/);
    expect(line).toMatch(/5 attempts/);
    expect(line).toContain(new URL(slow.url).host);
  });

  it('1 = other upstream error: a 500 on a POST (not retried: it may have been acted on)', async () => {
    const r = await runCli(['actions', 'run', 'create_candidate', '--input', JSON.stringify({ body: { firstName: 'Ada', lastName: 'L', email: 'ada@example.com' } })], {
      env: { SMARTRECRUITERS_API_KEY: 'key_cli_exit_1', SMARTRECRUITERS_BASE_URL: scripted.baseUrl },
    });
    expect(r.code, r.stderr).toBe(1);
    const line = oneLineFailure(r);
    expect(line).toMatch(/500/);
    expect(line).toMatch(/database on fire/);
    expect(line).toContain(new URL(scripted.baseUrl).host);
    expect(scripted.requests.filter((q) => q.endpoint === 'POST /candidates')).toHaveLength(1);
  });

  it('--timeout is refused unless a positive integer of milliseconds', async () => {
    const bad = ['0', '-5', '1.5', '10s', ''];
    const runs = await Promise.all(bad.map((b) => runCli(['actions', 'run', 'get_candidate', '--input', '{"id":"x"}', '--timeout', b], { env: withKey(sim) })));
    runs.forEach((r, i) => {
      expect(r.code, `--timeout ${bad[i]}`).toBe(2);
      expect(oneLineFailure(r)).toMatch(/--timeout/);
    });
  });

  it('the codes are listed in --help and in the README, the same everywhere', async () => {
    const { EXIT_CODES, exitCodesMarkdown } = await import('../../src/cli/exit-codes.js');
    expect(new Set(EXIT_CODES.map((c) => c.code)).size).toBe(EXIT_CODES.length);
    expect(EXIT_CODES.map((c) => c.code).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(exitCodesMarkdown());
    for (const args of [['--help'], ['actions', 'run', '--help']]) {
      const help = await runCli(args);
      expect(help.code).toBe(0);
      for (const c of EXIT_CODES) expect(help.stdout).toMatch(new RegExp(`^\\s+${c.code}\\s+${c.summary}`, 'm'));
    }
  });
});
