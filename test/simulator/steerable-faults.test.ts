import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((x) => x.close()));
});

async function sim(options: Parameters<typeof startSim>[0] = {}): Promise<Sim> {
  const s = await startSim(options);
  open.push(s);
  return s;
}

async function control(s: { url: string }, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(`${s.url}/__sim/${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: await res.json() };
}

/** Status of one request, or 'reset' / 'timeout' when no answer came. */
async function outcome(s: Sim, path: string, init: RequestInit = {}, abortAfterMs = 2000): Promise<number | 'reset' | 'timeout'> {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), abortAfterMs);
  try {
    const res = await fetch(`${s.url}${path}`, { headers: { 'X-SmartToken': s.apiKey }, ...init, signal: ac.signal });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return ac.signal.aborted ? 'timeout' : 'reset';
  } finally {
    clearTimeout(timer);
  }
}

function tokenForm(s: Sim): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: s.oauthClient.clientId, client_secret: s.oauthClient.clientSecret }).toString(),
  };
}

describe('targeted faults (POST /__sim/faults with kind)', () => {
  it('fails exactly the next N requests of one operation with the chosen kind, others untouched', async () => {
    const s = await sim({ rateLimits: { enabled: false } });
    const added = await control(s, 'POST', 'faults', { kind: 'status', status: 502, operation: 'jobs.all', count: 2 });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ kind: 'status', status: 502, operation: 'jobs.all', remaining: 2 });
    expect(await outcome(s, '/candidates?limit=1')).toBe(200);
    expect(await outcome(s, '/jobs?limit=1')).toBe(502);
    expect((await control(s, 'GET', 'faults')).body.rules).toMatchObject([{ remaining: 1 }]);
    const second = await s.call('GET', '/jobs?limit=1');
    expect(second.status).toBe(502);
    expect(second.body.errors[0].code).toBe('SERVICE_ERROR');
    expect(await outcome(s, '/jobs?limit=1')).toBe(200);
    expect((await control(s, 'GET', 'faults')).body.rules).toEqual([]);
    // By operationId too, and connection resets.
    await control(s, 'POST', 'faults', { kind: 'reset', operation: 'candidates.all' });
    expect(await outcome(s, '/candidates?limit=1')).toBe('reset');
    expect(await outcome(s, '/candidates?limit=1')).toBe(200);
    const stats = (await control(s, 'GET', 'stats')).body;
    expect(stats.requests.faults).toBe(3);
  });

  it('holds a timeout without answering until the client gives up', async () => {
    const s = await sim({ rateLimits: { enabled: false } });
    await control(s, 'POST', 'faults', { kind: 'timeout', operation: 'jobs.all' });
    expect(await outcome(s, '/jobs?limit=1', {}, 300)).toBe('timeout');
    expect(await outcome(s, '/jobs?limit=1')).toBe(200);
    // A short delayMs cuts the connection instead of answering.
    await control(s, 'POST', 'faults', { kind: 'timeout', operation: 'jobs.all', delayMs: 20 });
    expect(await outcome(s, '/jobs?limit=1')).toBe('reset');
  });

  it('answers a 429 burst although the window has room', async () => {
    const s = await sim();
    await control(s, 'POST', 'faults', { kind: 'rate_limit', count: 3 });
    const r = await s.call('GET', '/jobs?limit=1');
    expect(r.status).toBe(429);
    expect(r.body.errors[0].code).toBe('RATE_LIMIT_EXCEEDED');
    expect(r.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(await outcome(s, '/candidates?limit=1')).toBe(429);
    expect(await outcome(s, '/users?limit=1')).toBe(429);
    expect(await outcome(s, '/jobs?limit=1')).toBe(200);
  });

  it('drains the budget as another user of the same credential would, for one operation or all', async () => {
    const s = await sim({ companies: 2 });
    const drained = await control(s, 'POST', 'faults', { kind: 'drain_budget', operation: 'jobs.all', durationMs: 60_000, company: 'c1' });
    expect(drained.status).toBe(200);
    expect(drained.body).toMatchObject({ operation: 'jobs.all', companies: ['c1'] });
    const r = await s.call('GET', '/jobs?limit=1');
    expect(r.status).toBe(429);
    expect(r.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(await outcome(s, '/candidates?limit=1')).toBe(200);
    // The other company's budget is its own.
    const other = await fetch(`${s.url}/jobs?limit=1`, { headers: { 'X-SmartToken': s.companies[1]!.credentials.apiKey } });
    expect(other.status).toBe(200);
    // A drain for one real window ends by itself; a reset ends any drain.
    await control(s, 'POST', 'faults', { kind: 'drain_budget', durationMs: 150 });
    expect(await outcome(s, '/candidates?limit=1')).toBe(429);
    await new Promise((done) => setTimeout(done, 200));
    expect(await outcome(s, '/candidates?limit=1')).toBe(200);
    await control(s, 'POST', 'reset');
    expect(await outcome(s, '/jobs?limit=1')).toBe(200);
  });

  it('fails the OAuth token endpoint: 5xx, 429, reset, then issues tokens again', async () => {
    const s = await sim();
    await control(s, 'POST', 'faults', { kind: 'status', status: 503, operation: 'oauth.token' });
    await control(s, 'POST', 'faults', { kind: 'rate_limit', operation: 'oauth.token' });
    await control(s, 'POST', 'faults', { kind: 'reset', operation: 'oauth.token' });
    const url = `${s.url}/identity/oauth/token`;
    const first = await fetch(url, tokenForm(s));
    expect(first.status).toBe(503);
    expect(await first.json()).toMatchObject({ error: 'server_error' });
    expect((await fetch(url, tokenForm(s))).status).toBe(429);
    await expect(fetch(url, tokenForm(s))).rejects.toThrow();
    const ok = await fetch(url, tokenForm(s));
    expect(ok.status).toBe(200);
    // Token faults never touch API calls, and API faults (no operation) never touch the token endpoint.
    await control(s, 'POST', 'faults', { kind: 'status', count: 1 });
    expect((await fetch(url, tokenForm(s))).status).toBe(200);
    expect(await outcome(s, '/jobs?limit=1')).toBe(503);
  });

  it('refuses malformed rules with the field named, and clears rules with DELETE', async () => {
    const s = await sim();
    const bad: [unknown, RegExp][] = [
      [{ kind: 'explode' }, /^kind:/],
      [{ kind: 'status', status: 418 }, /^status:/],
      [{ kind: 'reset', status: 500 }, /^status:/],
      [{ kind: 'status', operation: '../candidates' }, /^operation:/],
      [{ kind: 'status', operation: 'JOBS.ALL' }, /^operation:/],
      [{ kind: 'status', count: 0 }, /^count:/],
      [{ kind: 'status', count: 'many' }, /^count:/],
      [{ kind: 'drain_budget', durationMs: -5 }, /^durationMs:/],
      [{ kind: 'drain_budget', operation: 'oauth.token' }, /^operation:/],
      [{ kind: 'status', company: 7 }, /^company:/],
      [[1, 2], /^body:/],
    ];
    for (const [body, message] of bad) {
      const r = await control(s, 'POST', 'faults', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.errors[0].message).toMatch(message);
    }
    expect((await control(s, 'POST', 'faults', { kind: 'status', company: 'c5' })).status).toBe(404);
    await control(s, 'POST', 'faults', { kind: 'slow', count: 5 });
    await control(s, 'POST', 'faults', { kind: 'status', count: 5 });
    expect((await control(s, 'DELETE', 'faults')).body).toEqual({ cleared: 2 });
    expect(await outcome(s, '/jobs?limit=1')).toBe(200);
  });

  it('limits random faults to the kinds asked for', async () => {
    const s = await sim({ rateLimits: { enabled: false } });
    const set = await control(s, 'POST', 'faults', { faultRate: 1, kinds: ['503', 'reset'] });
    expect(set.body).toMatchObject({ faultRate: 1, kinds: ['503', 'reset'] });
    const seen = new Set<number | string>();
    for (let i = 0; i < 30; i++) seen.add(await outcome(s, '/jobs?limit=1'));
    expect(seen).toEqual(new Set([503, 'reset']));
    expect((await control(s, 'POST', 'faults', { kinds: ['418'] })).status).toBe(400);
    expect((await control(s, 'POST', 'faults', { kinds: [] })).status).toBe(400);
  });
});

describe('limits from /__sim/limits and the CLI', () => {
  it('reads, changes and turns off limits at run time, for every company', async () => {
    const s = await sim({ companies: 2, now: () => 1_800_000_000_000 });
    const read = await control(s, 'GET', 'limits');
    expect(read.body).toMatchObject({ enabled: true, classes: { standard: { perSecond: 10, concurrency: 8 }, slow: { perSecond: 2 }, serial: { concurrency: 1 } } });
    const set = await control(s, 'POST', 'limits', { perSecond: { standard: 3 } });
    expect(set.body.classes.standard.perSecond).toBe(3);
    expect(set.body.classes.slow.perSecond).toBe(2);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await s.call('GET', '/jobs?limit=1')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const b = s.companies[1]!.credentials.apiKey;
    const bStatuses: number[] = [];
    for (let i = 0; i < 4; i++) bStatuses.push((await fetch(`${s.url}/jobs?limit=1`, { headers: { 'X-SmartToken': b } })).status);
    expect(bStatuses).toEqual([200, 200, 200, 429]);
    expect((await control(s, 'POST', 'limits', { enabled: false })).body.enabled).toBe(false);
    expect((await s.call('GET', '/jobs?limit=1')).status).toBe(200);
    // A company added now takes the limits in force.
    const added = await control(s, 'POST', 'companies', { candidates: 5 });
    expect(added.status).toBe(201);
    expect((await control(s, 'GET', 'companies')).body).toHaveLength(3);
    for (const [body, message] of [[{ enabled: 'no' }, /^enabled:/], [{ perSecond: 0 }, /^perSecond:/], [{ perSecond: { fast: 3 } }, /^perSecond\.fast:/], [{ concurrency: 1.5 }, /^concurrency:/], [{ scope: 'planet' }, /^scope:/]] as const) {
      const r = await control(s, 'POST', 'limits', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.errors[0].message).toMatch(message);
    }
  });

  it('srconnect simulator --companies 2 --no-limits --rate 5 --concurrency 3 --jitter 0 --slow-ms 10', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'simulator', '--port', '0', '--candidates', '20', '--companies', '2', '--no-limits', '--rate', '5', '--concurrency', '3', '--latency-ms', '1', '--jitter', '0', '--slow-ms', '10'], { stdio: ['ignore', 'pipe', 'pipe'] });
    open.push({ close: async () => void child.kill('SIGTERM') });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    for (let i = 0; i < 300 && !out.includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 50));
    const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
    expect(url, out).toBeDefined();
    expect(out).toMatch(/company c2 \(seed 2\): X-SmartToken [0-9a-f]{40}/);
    const limits = await control({ url: url! }, 'GET', 'limits');
    expect(limits.body).toMatchObject({ enabled: false, maxConcurrentPerCredential: 3, classes: { standard: { perSecond: 5, concurrency: 3 }, slow: { perSecond: 5 }, serial: { concurrency: 1 } } });
    const faults = await control({ url: url! }, 'GET', 'faults');
    expect(faults.body).toMatchObject({ latencyMs: 1, jitter: 0, slowMs: 10 });
    expect(Object.keys((await control({ url: url! }, 'GET', 'stats')).body.companies)).toEqual(['c1', 'c2']);
    const bad = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'simulator', '--port', '0', '--companies', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    bad.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((r) => bad.on('exit', r));
    expect(code).not.toBe(0);
    expect(err).toMatch(/--companies must be an integer between 1 and 200/);
  }, 30_000);
});
