import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';

// Counts kept by the simulator (peak in flight, 429s), never durations.

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
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
    sim = await createSimulator({ latencyMs: 200, jitter: 0 });
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
});
