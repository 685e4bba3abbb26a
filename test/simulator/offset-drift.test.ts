import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

/**
 * Offset pages are read from the live list on every call, as a database-backed server reads
 * `LIMIT n OFFSET k`: a change between two pages shifts what the later page holds. Cursor pages
 * resume after the last item served, so the same changes neither skip nor repeat anything.
 */
describe('simulator: offset drift and cursor stability during a walk', () => {
  let sim: Sim;
  let frozen = Date.parse('2026-06-01T12:00:00Z');
  beforeEach(async () => {
    frozen = Date.parse('2026-06-01T12:00:00Z');
    sim = await startSim({ seed: 21, candidates: 60, jobs: 40, users: 12, now: () => frozen, rateLimits: { enabled: false } });
  });
  afterEach(() => sim.close());

  const postingsPage = async (offset: number, limit = 5) => {
    const res = await sim.call('GET', `/v1/companies/${sim.state.companyId}/postings?limit=${limit}&offset=${offset}`, { auth: false });
    expect(res.status).toBe(200);
    return res.body as { offset: number; totalFound: number; content: { id: string; refNumber: string }[] };
  };

  it('posting list (offset): a posting published between pages repeats an item on the next page', async () => {
    const first = await postingsPage(0);
    expect(first.content).toHaveLength(5);
    const unpublished = sim.state.jobs.list.find((j) => j.postingStatus === 'NOT_PUBLISHED' && (j.status === 'SOURCING' || j.status === 'CREATED'))!;
    frozen += 60_000; // newer than every seeded posting, so it goes to the top of the newest-first list
    expect((await sim.call('POST', `/jobs/${unpublished.id}/publication`, { json: { visibility: 'PUBLIC' } })).status).toBe(204);
    const second = await postingsPage(5);
    expect(second.totalFound).toBe(first.totalFound + 1);
    // The last item of page 1 was pushed down to the first slot of page 2: the walk sees it twice.
    expect(second.content[0]!.id).toBe(first.content[4]!.id);
    const walked = [...first.content, ...second.content].map((p) => p.id);
    expect(new Set(walked).size).toBe(walked.length - 1);
  });

  it('posting list (offset): a posting taken down between pages makes the walk skip one', async () => {
    const all = await postingsPage(0, 100);
    const first = await postingsPage(0);
    const removed = sim.state.jobs.list.find((j) => j.refNumber === first.content[0]!.refNumber)!;
    expect((await sim.call('DELETE', `/jobs/${removed.id}/publication`)).status).toBe(204);
    const second = await postingsPage(5);
    // What was 6th is now 5th, i.e. on page 1, which the client already read: it is never seen.
    const skipped = all.content[5]!.id;
    expect([...first.content, ...second.content].map((p) => p.id)).not.toContain(skipped);
    expect(second.content[0]!.id).toBe(all.content[6]!.id);
  });

  it('job list (deprecated offset): a job created between pages does not shift earlier jobs, a filter change does', async () => {
    // GET /jobs lists in creation order, so an insert lands at the end; a job leaving a filtered
    // list between pages shifts every later one up by one and the walk skips one.
    const page = async (offset: number) => (await sim.call('GET', `/jobs?limit=5&offset=${offset}&status=SOURCING`)).body as { content: { id: string }[] };
    const all = (await sim.call('GET', '/jobs?limit=100&offset=0&status=SOURCING')).body.content as { id: string }[];
    expect(all.length).toBeGreaterThan(7);
    const first = await page(0);
    expect((await sim.call('PUT', `/jobs/${first.content[1]!.id}/status`, { json: { status: 'ON_HOLD' } })).status).toBe(200);
    const second = await page(5);
    expect(second.content[0]!.id).toBe(all[6]!.id);
    expect([...first.content, ...second.content].map((j) => j.id)).not.toContain(all[5]!.id);
  });

  it('candidate list (cursor): candidates created and deleted during a walk never make it skip or repeat a survivor', async () => {
    const before = new Set<string>();
    let next: string | undefined;
    const seen: string[] = [];
    const all = await sim.call('GET', '/candidates?limit=100');
    for (const c of all.body.content as { id: string }[]) before.add(c.id);
    let round = 0;
    do {
      const res = await sim.call('GET', `/candidates?limit=7${next ? `&pageId=${next}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...(res.body.content as { id: string }[]).map((c) => c.id));
      next = res.body.nextPageId;
      // Between pages: delete one not yet served, and add one on a job.
      const notYet = [...before].find((id) => !seen.includes(id));
      if (notYet && round % 2 === 0) {
        expect((await sim.call('DELETE', `/candidates/${notYet}`)).status).toBe(204);
        before.delete(notYet);
      }
      const job = sim.state.jobs.list[round % sim.state.jobs.list.length]!;
      expect((await sim.call('POST', `/jobs/${job.id}/candidates`, { json: { firstName: 'Walk', lastName: `Insert${round}`, email: `walk${round}@example.org` } })).status).toBe(201);
      round++;
    } while (next && round < 50);
    expect(next).toBeUndefined();
    expect(new Set(seen).size).toBe(seen.length); // nothing twice
    for (const id of before) expect(seen).toContain(id); // every survivor once
  });

  it('user list (cursor): users created during a walk come at the end, nothing shifts', async () => {
    const seen: string[] = [];
    let next: string | undefined;
    let round = 0;
    do {
      const res = await sim.call('GET', `/user-api/v201804/users?limit=4${next ? `&pageId=${next}` : ''}`);
      seen.push(...(res.body.content as { id: string }[]).map((u) => u.id));
      next = res.body.nextPageId;
      if (round < 2) {
        const created = await sim.call('POST', '/user-api/v201804/users', { json: { email: `walker${round}@example.org`, firstName: 'Walk', lastName: 'Er', systemRole: { id: 'EMPLOYEE' } } });
        expect(created.status).toBe(201);
      }
      round++;
    } while (next && round < 20);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(12 + 2);
  });
});
