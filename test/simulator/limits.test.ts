import { afterEach, describe, expect, it } from 'vitest';
import { hasRateHeaders, startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
let sim: Sim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

// A frozen clock puts every request in one 1000 ms window, whatever the machine's speed.
const frozen = () => 1_800_000_000_000;

async function stats(s: Sim): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return (await fetch(`${s.url}/__sim/stats`)).json();
}

describe('simulator rate limits', () => {
  it('allows 10 request starts per second per operation, then answers 429 with the four headers', async () => {
    sim = await startSim({ now: frozen });
    const statuses: number[] = [];
    const remaining: string[] = [];
    for (let i = 0; i < 13; i++) {
      const r = await sim.call('GET', '/jobs?limit=1');
      statuses.push(r.status);
      remaining.push(r.headers.get('x-ratelimit-remaining') as string);
      expect(hasRateHeaders(r.headers)).toBe(true);
      expect(r.headers.get('x-ratelimit-limit')).toBe('10');
      if (r.status === 429) expect(r.body.errors[0].code).toBe('RATE_LIMIT_EXCEEDED');
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    expect(remaining.slice(0, 10)).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', '0']);
    // Per endpoint: another operation has its own window.
    expect((await sim.call('GET', '/candidates?limit=1')).status).toBe(200);
    const s = await stats(sim);
    expect(s.requests.rateLimited).toBe(3);
    expect(s.requests.byOperation['jobs.all']).toBe(13);
  });

  it('opens the window again after 1000 ms of simulated time', async () => {
    let t = 1_800_000_000_000;
    sim = await startSim({ now: () => t });
    for (let i = 0; i < 10; i++) expect((await sim.call('GET', '/jobs?limit=1')).status).toBe(200);
    expect((await sim.call('GET', '/jobs?limit=1')).status).toBe(429);
    t += 999;
    expect((await sim.call('GET', '/jobs?limit=1')).status).toBe(429);
    t += 2;
    expect((await sim.call('GET', '/jobs?limit=1')).status).toBe(200);
  });

  it('limits slow endpoints (job publication) to 2 per second', async () => {
    sim = await startSim({ now: frozen });
    const job = sim.state.jobs.list[0]!.id;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await sim.call('POST', `/jobs/${job}/publication`, { json: {} })).status);
    expect(statuses).toEqual([204, 204, 429, 429]);
  });

  it('can share one window across all operations of a credential, or turn limits off', async () => {
    sim = await startSim({ now: frozen, rateLimits: { scope: 'credential' } });
    for (let i = 0; i < 5; i++) await sim.call('GET', '/jobs?limit=1');
    for (let i = 0; i < 5; i++) await sim.call('GET', '/candidates?limit=1');
    expect((await sim.call('GET', '/configuration/company')).status).toBe(429);
    await sim.close();
    sim = await startSim({ now: frozen, rateLimits: { enabled: false } });
    const statuses = await Promise.all(Array.from({ length: 30 }, () => sim!.call('GET', '/jobs?limit=1').then((r) => r.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it('allows one concurrent GET /candidates per credential and counts peak concurrency', async () => {
    sim = await startSim({ latencyMs: 600, jitter: 0 });
    const results = await Promise.all(Array.from({ length: 4 }, () => sim!.call('GET', '/candidates?limit=1')));
    const ok = results.filter((r) => r.status === 200).length;
    const limited = results.filter((r) => r.status === 429);
    expect(ok + limited.length).toBe(4);
    expect(ok).toBeGreaterThanOrEqual(1);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited[0]!.headers.get('x-ratelimit-concurrent-limit')).toBe('1');
    expect(limited[0]!.headers.get('x-ratelimit-concurrent-remaining')).toBe('0');
    const s = await stats(sim);
    expect(s.requests.peakConcurrency.byOperation['candidates.all']).toBe(1);
  });

  it('caps concurrent requests per credential at 8', async () => {
    sim = await startSim({ latencyMs: 800, jitter: 0, rateLimits: { perSecond: { standard: 1000 } } });
    const results = await Promise.all(Array.from({ length: 12 }, () => sim!.call('GET', '/jobs?limit=1')));
    const s = await stats(sim);
    const peak = Object.values(s.requests.peakConcurrency.byCredential as Record<string, number>);
    expect(Math.max(...peak)).toBeLessThanOrEqual(8);
    expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(8);
    expect(results.filter((r) => r.status === 429).length).toBe(s.requests.rateLimited);
    expect(s.requests.rateLimited).toBeGreaterThanOrEqual(1);
    expect(results.every((r) => r.headers.get('x-ratelimit-concurrent-limit') === '8')).toBe(true);
  });

  it('sends the rate-limit headers on 404 and validation errors too', async () => {
    sim = await startSim();
    const notFound = await sim.call('GET', '/nothing/here');
    const invalid = await sim.call('GET', '/jobs?limit=abc');
    expect([notFound.status, invalid.status]).toEqual([404, 400]);
    expect(hasRateHeaders(notFound.headers) && hasRateHeaders(invalid.headers)).toBe(true);
  });
});
