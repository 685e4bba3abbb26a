import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { startTestServer, type TestServer } from '../support/sr-test-server.js';

// Counts kept by the simulator (peak in flight, 429s), never durations.

let sim: Simulator | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await sim?.close();
  await server?.close();
  sim = undefined;
  server = undefined;
});

/** Eight standard-class list operations (each its own endpoint) the simulator answers with seeded data. */
const OTHER_ENDPOINTS = [
  '/jobs',
  '/users',
  '/messages',
  '/offers',
  '/configuration/company',
  '/configuration/departments',
  '/configuration/sources',
  '/user-api/v201804/users',
];

describe('what a response teaches applies to its own endpoint', () => {
  it('after a GET /candidates answer (Concurrent-Limit 1), 8 other endpoints still run 8 at once', async () => {
    sim = await createSimulator({ latencyMs: 1000, jitter: 0 });
    const client = createClient({ baseUrl: sim.url, auth: { type: 'api_key', apiKey: sim.apiKey }, retry: { enabled: false } });
    const candidates = await client.request({ operation: { method: 'GET', path: '/candidates' } });
    expect(candidates.headers.get('x-ratelimit-concurrent-limit')).toBe('1');
    sim.runtime.limiter.reset();
    await Promise.all(OTHER_ENDPOINTS.map((path) => client.request({ operation: { method: 'GET', path } })));
    expect(sim.runtime.stats.rateLimited).toBe(0);
    expect(sim.runtime.limiter.peak.overall).toBe(8);
  });

  it('GET /candidates itself stays one at a time, alongside others at full width', async () => {
    sim = await createSimulator({ latencyMs: 100, jitter: 0 });
    const client = createClient({ baseUrl: sim.url, auth: { type: 'api_key', apiKey: sim.apiKey }, retry: { enabled: false } });
    await client.request({ operation: { method: 'GET', path: '/candidates' } });
    sim.runtime.limiter.reset();
    await Promise.all([
      ...Array.from({ length: 4 }, () => client.request({ operation: { method: 'GET', path: '/candidates' } })),
      ...OTHER_ENDPOINTS.slice(0, 7).map((path) => client.request({ operation: { method: 'GET', path } })),
    ]);
    expect(sim.runtime.stats.rateLimited).toBe(0);
    expect(sim.runtime.limiter.peak.byOperation['candidates.all']).toBe(1);
    expect(sim.runtime.limiter.peak.overall).toBe(8);
  });

  it('a lower concurrency advertised by a standard endpoint is credential-wide', async () => {
    sim = await createSimulator({ latencyMs: 100, jitter: 0, rateLimits: { maxConcurrentPerCredential: 3 } });
    const client = createClient({ baseUrl: sim.url, auth: { type: 'api_key', apiKey: sim.apiKey }, retry: { enabled: false } });
    await client.request({ operation: { method: 'GET', path: '/jobs' } });
    sim.runtime.limiter.reset();
    await Promise.all(OTHER_ENDPOINTS.slice(1).map((path) => client.request({ operation: { method: 'GET', path } })));
    expect(sim.runtime.stats.rateLimited).toBe(0);
    expect(sim.runtime.limiter.peak.overall).toBe(3);
  });

  it("a 429's Retry-After pauses that endpoint only", async () => {
    server = await startTestServer();
    server.route('GET', '/jobs/{id}', (r) => ({ body: { id: r.params.id } }));
    server.route('GET', '/users/{id}', (r) => ({ body: { id: r.params.id } }));
    server.failNext('GET /jobs/{id}', { status: 429, headers: { 'retry-after': '2' }, body: { message: 'slow down' } });
    const learned: unknown[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      auth: { type: 'api_key', apiKey: 'key_retry_after_scope' },
      retry: { baseDelayMs: 5, maxDelayMs: 20 },
      hooks: { onLimitLearned: (e) => learned.push(e) },
    });
    const get = (path: string, id: number) => client.request({ operation: { method: 'GET', path }, pathParams: { id } });
    const jobs = Array.from({ length: 3 }, (_, i) => get('/jobs/{id}', i));
    // The first /users answer comes after the 429 was learned: the other endpoint is not paused.
    await new Promise((r) => setTimeout(r, 50));
    await Promise.all([...jobs, ...Array.from({ length: 5 }, (_, i) => get('/users/{id}', i))]);
    const jobArrivals = server.requests.filter((r) => r.endpoint === 'GET /jobs/{id}').map((r) => r.arrivedAt);
    const userArrivals = server.requests.filter((r) => r.endpoint === 'GET /users/{id}').map((r) => r.arrivedAt);
    expect(jobArrivals).toHaveLength(4);
    const [refused, ...after] = jobArrivals as [number, ...number[]];
    // A lower bound only: a loaded machine can make the pause longer, never shorter.
    for (const t of after) expect(t - refused).toBeGreaterThanOrEqual(2000 - 5);
    for (const t of userArrivals) expect(t).toBeLessThan(Math.min(...after));
    expect(learned).toContainEqual(expect.objectContaining({ operationKey: 'GET /jobs/{jobId}', pausedMs: 2000 }));
  });
});
