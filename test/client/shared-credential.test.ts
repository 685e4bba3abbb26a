import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { runSharer, spawnSharer, type SharerConfig } from './support/credential-sharer.js';

// Two users of one API key that share nothing but the server: this process and a child process.
// Counted at the simulator (429s, requests) and by each side (failures); never durations.

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('sharing a credential with another process', () => {
  it('every request of both succeeds, with few 429s, on one endpoint', async () => {
    sim = await createSimulator({ latencyMs: 20, jitter: 0.5 });
    const config: SharerConfig = {
      baseUrl: sim.url,
      auth: { type: 'api_key', apiKey: sim.apiKey },
      requests: [{ method: 'GET', path: '/jobs' }],
      total: 50,
    };
    const other = await spawnSharer(config);
    other.go();
    const [mine, theirs] = await Promise.all([runSharer(config), other.result]);

    expect(mine.failures).toEqual([]);
    expect(theirs.failures).toEqual([]);
    expect(mine.ok + theirs.ok).toBe(100);
    const served = sim.runtime.stats.byStatus['200'] ?? 0;
    const rateLimited = sim.runtime.stats.rateLimited;
    expect(served).toBe(100);
    // The previous client: 46 % of answers were 429 here. Adaptive: a few while the shares settle
    // (the bench measures the steady state; this bound leaves room for a loaded machine).
    expect(rateLimited / (served + rateLimited)).toBeLessThanOrEqual(0.2);
    // The two overlapped, so at least one side saw the other's use and slowed down (decisions as
    // data, with a reason). Not both: on a loaded machine the child may start late enough that
    // only the later side ever meets the other's spending.
    expect(Math.max(mine.startedAt, theirs.startedAt)).toBeLessThan(Math.min(mine.endedAt, theirs.endedAt));
    const adapted = (a: Record<string, number | undefined>): number => (a.rate_limited ?? 0) + (a.shared_budget ?? 0);
    expect(adapted(mine.adaptations) + adapted(theirs.adaptations)).toBeGreaterThan(0);
  });
});
