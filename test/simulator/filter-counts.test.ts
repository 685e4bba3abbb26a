import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ seed: 9, candidates: 3000, jobs: 15, rateLimits: { enabled: false } });
});
afterAll(() => sim.close());

/** Walks every page of a filtered list: the ids served, and the totalFound of each page. */
async function walk(query: string): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let path = `/candidates?limit=100&${query}`;
  for (;;) {
    const r = await sim.call('GET', path);
    expect(r.status, path).toBe(200);
    totals.push(r.body.totalFound);
    ids.push(...r.body.content.map((c: { id: string }) => c.id));
    if (!r.body.nextPageId) return { ids, totals };
    path = `/candidates?limit=100&${query}&pageId=${encodeURIComponent(r.body.nextPageId)}`;
  }
}

/** What the filter must find, decided record by record from the state (the slow, obvious way). */
function expected(test: (c: ReturnType<Sim['state']['candidates']['get']>) => boolean): string[] {
  const out: string[] = [];
  const store = sim.state.candidates;
  for (let i = 0; i < store.size; i++) {
    if (!store.isLive(i)) continue;
    const c = store.get(i);
    if (c.applications.length > 0 && test(c)) out.push(c.id);
  }
  return out;
}

const has = (q: string) => (c: { firstName: string; lastName: string; email: string }) => `${c.firstName} ${c.lastName}`.toLowerCase().includes(q) || c.email.toLowerCase().includes(q);

describe('filtered candidate lists stay exact through writes (counts are maintained, not recounted)', () => {
  const since = () => new Date(sim.state.now() - 200 * 86_400_000).toISOString();
  const cases: [string, () => string, (c: ReturnType<Sim['state']['candidates']['get']>) => boolean][] = [
    ['q by first name', () => 'q=anna', has('anna')],
    ['q, upper case and spaces', () => 'q=%20ANNA%20', has('anna')],
    ['q with digits (in the e-mail index)', () => 'q=12', has('12')],
    ['q in the e-mail domain', () => 'q=example.com', has('example.com')],
    ['q matching nobody', () => 'q=zzqx', () => false],
    ['q of the first e-mail part', () => 'q=.', has('.')],
    ['updatedAfter', () => `updatedAfter=${encodeURIComponent(since())}`, (c) => c.updatedOn > Date.parse(since())],
    ['status', () => 'status=HIRED', (c) => c.applications.some((a) => a.status === 'HIRED')],
  ];

  async function check(): Promise<void> {
    for (const [name, query, test] of cases) {
      const { ids, totals } = await walk(query());
      const want = expected(test);
      expect(ids, name).toEqual(want);
      expect(new Set(totals), name).toEqual(new Set([want.length]));
    }
  }

  it('before any write', check);

  it('after creates, renames, status changes, deletes and /__sim/mutate', async () => {
    const job = sim.state.jobs.list[0]!.id;
    const made = await sim.call('POST', `/jobs/${job}/candidates`, { json: { firstName: 'Anna', lastName: 'Zed', email: 'anna.zed@example.org' } });
    expect(made.status).toBe(201);
    // Rename someone into and someone out of `q=anna`.
    const annas = expected(has('anna'));
    const other = expected((c) => !has('anna')(c))[0]!;
    expect((await sim.call('PATCH', `/candidates/${other}`, { json: { firstName: 'Annabel' } })).status).toBeLessThan(300);
    expect((await sim.call('PATCH', `/candidates/${annas[0]}`, { json: { firstName: 'Bob', email: 'bob.renamed@example.org' } })).status).toBeLessThan(300);
    expect((await sim.call('DELETE', `/candidates/${annas[1]}`)).status).toBeLessThan(300);
    await fetch(`${sim.url}/__sim/mutate`, { method: 'POST', body: JSON.stringify({ resource: 'candidates', update: 0.05, delete: 0.02 }) });
    await check();
  });
});

describe('seeded timestamps', () => {
  it('spread updatedOn: no instant is shared by more than a handful of candidates', async () => {
    const fresh = await startSim({ seed: 9, candidates: 20_000, jobs: 15 });
    const seen = new Map<number, number>();
    const now = fresh.state.now();
    for (let i = 0; i < fresh.state.candidates.size; i++) {
      const u = fresh.state.candidates.get(i).updatedOn;
      seen.set(u, (seen.get(u) ?? 0) + 1);
    }
    await fresh.close();
    expect(Math.max(...seen.values())).toBeLessThanOrEqual(3);
    const recent = [...seen.keys()].filter((u) => u > now - 30 * 86_400_000).length;
    expect(recent).toBeGreaterThan(0);
    expect([...seen.keys()].every((u) => u < now)).toBe(true);
  });
});
