import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWebhookEventName, WEBHOOK_EVENT_PAYLOADS } from '../../../src/spec/index.js';
import { startSim } from '../../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

describe('events the simulator fires', () => {
  let sim: Sim;
  const seen: { name: string; body: Record<string, string> }[] = [];

  beforeAll(async () => {
    sim = await startSim({ seed: 11, candidates: 30, jobs: 10, users: 3 });
    sim.state.onEvent((e) => seen.push({ name: e.name, body: e.body }));
  });
  afterAll(async () => {
    await sim.close();
  });

  it('carry exactly the fields of their documented payload model, every value a non-empty id', async () => {
    for (const resource of ['candidates', 'jobs']) {
      const r = await sim.call('POST', '/__sim/mutate', { json: { resource, update: 0.5, delete: 0.2 } });
      expect(r.status).toBe(200);
    }
    const created = await sim.call('POST', '/candidates', { json: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' } });
    expect(created.status).toBeLessThan(300);
    const names = new Set(seen.map((e) => e.name));
    expect([...names]).toEqual(expect.arrayContaining(['candidate.updated', 'candidate.deleted', 'candidate.created', 'job.updated']));
    for (const e of seen) {
      expect(isWebhookEventName(e.name), e.name).toBe(true);
      if (!isWebhookEventName(e.name)) continue;
      expect(Object.keys(e.body).sort(), e.name).toEqual([...WEBHOOK_EVENT_PAYLOADS[e.name].fields].sort());
      for (const v of Object.values(e.body)) expect(typeof v === 'string' && v.length > 0, `${e.name}: ${JSON.stringify(e.body)}`).toBe(true);
    }
  });
});
