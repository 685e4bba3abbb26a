import { afterEach, describe, expect, it } from 'vitest';
import { readJson, startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const sims: Sim[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function outcomes(sim: Sim, n: number): Promise<(number | 'reset')[]> {
  const out: (number | 'reset')[] = [];
  for (let i = 0; i < n; i++) {
    try {
      out.push((await sim.call('GET', '/configuration/company')).status);
    } catch {
      out.push('reset');
    }
  }
  return out;
}

describe('simulator fault injection', () => {
  it('answers 5xx, resets connections and slows down, in proportion to faultRate', async () => {
    const sim = await startSim({ faultRate: 0.5, slowMs: 1, rateLimits: { enabled: false } });
    sims.push(sim);
    const out = await outcomes(sim, 200);
    const ok = out.filter((s) => s === 200).length;
    const fiveXX = out.filter((s) => typeof s === 'number' && s >= 500);
    expect(new Set(fiveXX)).toEqual(new Set([500, 502, 503, 504]));
    expect(out).toContain('reset');
    const stats = await readJson(await fetch(`${sim.url}/__sim/stats`));
    // Slow faults still answer 200; every fault is counted once.
    expect(stats.requests.faults).toBeGreaterThanOrEqual(fiveXX.length + out.filter((s) => s === 'reset').length);
    expect(stats.requests.faults).toBeGreaterThan(60);
    expect(stats.requests.faults).toBeLessThan(140);
    expect(ok + fiveXX.length + out.filter((s) => s === 'reset').length).toBe(200);
  });

  it('replays the same fault sequence for the same seed', async () => {
    const a = await startSim({ seed: 11, faultRate: 0.3, slowMs: 1, rateLimits: { enabled: false } });
    const b = await startSim({ seed: 11, faultRate: 0.3, slowMs: 1, rateLimits: { enabled: false } });
    sims.push(a, b);
    expect(await outcomes(a, 40)).toEqual(await outcomes(b, 40));
  });

  it('keeps errors in the documented shape', async () => {
    const sim = await startSim({ faultRate: 1, slowMs: 1, rateLimits: { enabled: false } });
    sims.push(sim);
    for (let i = 0; i < 10; i++) {
      try {
        const r = await sim.call('GET', '/jobs');
        if (r.status >= 500) {
          expect(r.body).toMatchObject({ message: expect.any(String), errors: [{ code: 'SERVICE_ERROR', message: expect.any(String) }] });
        }
      } catch {
        // connection reset: the other documented fault
      }
    }
  });
});
