import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../src/spec/index.js';
import type { SimEvent } from '../../src/simulator/index.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

async function control(sim: Sim, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(`${sim.url}/__sim/${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } : {}) });
  return { status: res.status, body: await res.json() };
}

describe('simulator control API', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ seed: 3, candidates: 1000, jobs: 20, users: 10, rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  it('lists the 305 API-host operations with versioned paths', async () => {
    const routes = (await control(sim, 'GET', 'routes')).body;
    expect(routes).toHaveLength(305);
    expect(routes).toHaveLength(operations.filter((o) => o.host === 'api').length);
    expect(routes).toContainEqual(expect.objectContaining({ method: 'GET', path: '/user-api/v201804/users', operationId: 'users.all' }));
    expect(routes.some((r: { path: string }) => r.path.startsWith('https://'))).toBe(false);
  });

  it('reports resources and request counts by operation', async () => {
    await sim.call('GET', '/candidates?limit=1');
    await sim.call('GET', '/candidates?limit=1');
    await sim.call('GET', '/jobs?limit=1');
    const s = (await control(sim, 'GET', 'stats')).body;
    expect(s.resources).toMatchObject({ candidates: 1000, jobs: 20, users: 10 });
    expect(s.requests).toMatchObject({ total: 3, rateLimited: 0, byOperation: { 'candidates.all': 2, 'jobs.all': 1 } });
    expect(s.requests.peakConcurrency.overall).toBeGreaterThanOrEqual(1);
    expect(Date.parse(s.startedAt)).not.toBeNaN();
  });

  it('logs requests with query, headers and body, newest last, limited', async () => {
    await sim.call('POST', '/candidates', { json: { firstName: 'Log', lastName: 'Me', email: 'log@example.org' } });
    const log = (await control(sim, 'GET', 'requests?limit=1')).body;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ method: 'POST', path: '/candidates', body: { firstName: 'Log' }, operation: 'candidates.add', status: 201, headers: { 'content-type': 'application/json' } });
    expect(log[0].headers['x-smarttoken']).toMatch(/^\[redacted/);
    expect((await control(sim, 'GET', 'requests?limit=0')).status).toBe(400);
  });

  it('mutates a share of candidates and fires the matching events', async () => {
    const before = (await control(sim, 'GET', 'stats')).body.resources.candidates;
    const events: SimEvent[] = [];
    const off = sim.state.onEvent((e) => events.push(e));
    const r = await control(sim, 'POST', 'mutate', { resource: 'candidates', update: 0.05, delete: 0.01 });
    off();
    expect(r.status).toBe(200);
    expect(r.body.updated).toHaveLength(50);
    expect(r.body.deleted).toHaveLength(10);
    expect(events.filter((e) => e.name === 'candidate.deleted')).toHaveLength(10);
    expect(events.filter((e) => e.name === 'candidate.updated' || e.name === 'application.status.updated')).toHaveLength(50);
    for (const id of r.body.deleted) expect((await sim.call('GET', `/candidates/${id}`)).status).toBe(404);
    expect((await control(sim, 'GET', 'stats')).body.resources.candidates).toBe(before - 10);
    const jobs = await control(sim, 'POST', 'mutate', { resource: 'jobs', update: 0.5 });
    expect(jobs.body.updated).toHaveLength(10);
    expect((await control(sim, 'POST', 'mutate', { resource: 'planets', update: 0.5 })).status).toBe(400);
    expect((await control(sim, 'POST', 'mutate', { resource: 'jobs', update: 2 })).body.errors[0].message).toMatch(/^update:/);
  });

  it('reseeds and resets deterministically', async () => {
    const a = (await control(sim, 'POST', 'seed', { seed: 99, candidates: 50, jobs: 5, users: 3 })).body;
    expect(a.resources).toMatchObject({ candidates: 50, jobs: 5, users: 3 });
    const first = (await sim.call('GET', '/candidates?limit=3')).body.content;
    await sim.call('DELETE', `/candidates/${first[0].id}`);
    const reset = await control(sim, 'POST', 'reset');
    expect(reset.body.resources.candidates).toBe(50);
    expect((await sim.call('GET', '/candidates?limit=3')).body.content).toEqual(first);
    expect((await control(sim, 'GET', 'stats')).body.requests.total).toBe(1);
    expect((await control(sim, 'POST', 'seed', { candidates: -1 })).status).toBe(400);
    expect((await control(sim, 'GET', 'nothing')).status).toBe(404);
  });

  it('sets faults and latency at runtime', async () => {
    const r = await control(sim, 'POST', 'faults', { faultRate: 1, latencyMs: 0, slowMs: 1 });
    expect(r.body).toMatchObject({ faultRate: 1, latencyMs: 0, slowMs: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      try {
        statuses.push((await sim.call('GET', '/jobs?limit=1')).status);
      } catch {
        statuses.push(0);
      }
    }
    // Slow faults still answer 200; the others never do.
    expect(statuses.filter((s) => s !== 200).length).toBeGreaterThan(0);
    expect((await control(sim, 'GET', 'stats')).body.requests.faults).toBe(10);
    await control(sim, 'POST', 'faults', { faultRate: 0 });
    expect((await sim.call('GET', '/jobs?limit=1')).status).toBe(200);
  });
});
