import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/simulator/index.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
interface Offer { id: string; status: string; createdOn: string; updatedOn: string; properties: Record<string, string>; actions: Record<string, { url: string; method: string }> }

/** `/candidates/{id}/jobs/{jobId}/offers/{offerId}` of an offer, from its details action. */
function offerPath(o: Offer): { candidateId: string; jobId: string; path: string } {
  const m = /\/candidates\/([^/]+)\/jobs\/([^/]+)\/offers\/[^/]+$/.exec(o.actions['details']!.url)!;
  return { candidateId: m[1]!, jobId: m[2]!, path: new URL(o.actions['details']!.url).pathname };
}

describe('simulator offers', () => {
  let sim: Sim;
  const events: SimEvent[] = [];
  const all: Offer[] = [];
  beforeAll(async () => {
    sim = await startSim({ seed: 7, candidates: 1500, jobs: 25, users: 12, rateLimits: { enabled: false } });
    sim.state.onEvent((e) => events.push(e));
    for (let offset = 0; ; offset += 100) {
      const page = await sim.call('GET', `/offers?limit=100&offset=${offset}`);
      expect(page.status).toBe(200);
      all.push(...page.body.content);
      if (offset + 100 >= page.body.totalFound) break;
    }
  });
  afterAll(() => sim.close());

  it('seeds offers of OFFERED/HIRED applications and pages them with limit/offset, newest first', async () => {
    expect(all.length).toBeGreaterThan(50);
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
    const first = await sim.call('GET', '/offers?limit=5&offset=2');
    expect(first.body).toMatchObject({ limit: 5, offset: 2, totalFound: all.length });
    expect(first.body.content.map((o: Offer) => o.id)).toEqual(all.slice(2, 7).map((o) => o.id));
    expect(all[0]).toMatchObject({ id: expect.any(String), status: expect.any(String), createdOn: expect.any(String), updatedOn: expect.any(String), properties: expect.any(Object) });
    expect(all[0]!.actions['candidate']!.url).toContain('/candidates/');
    expect(all[0]!.actions['job']!.url).toContain('/jobs/');
    const times = all.map((o) => Date.parse(o.createdOn));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Every offer belongs to a real application that reached OFFERED or HIRED.
    for (const o of all.slice(0, 40)) {
      const { candidateId, jobId } = offerPath(o);
      const app = sim.state.candidates.get(sim.state.candidates.indexOf(candidateId)).applications.find((a) => a.jobId === jobId);
      expect(['OFFERED', 'HIRED']).toContain(app?.status);
      if (app?.status === 'HIRED' && o.status !== 'NOT_ACCEPTED' && o.status !== 'ABANDONED') expect(o.status).toBe('ACCEPTED');
    }
    expect(all[0]!.properties['base_salary']).toMatch(/^\d+ [A-Z]{3}$/);
  });

  it('filters by status (repeated or comma-separated), creation window and age', async () => {
    const accepted = all.filter((o) => o.status === 'ACCEPTED').length;
    const pending = all.filter((o) => o.status === 'PENDING_APPROVAL').length;
    expect(accepted).toBeGreaterThan(0);
    expect((await sim.call('GET', '/offers?status=ACCEPTED&limit=1')).body.totalFound).toBe(accepted);
    expect((await sim.call('GET', '/offers?status=ACCEPTED&status=PENDING_APPROVAL')).body.totalFound).toBe(accepted + pending);
    expect((await sim.call('GET', '/offers?status=ACCEPTED,PENDING_APPROVAL')).body.totalFound).toBe(accepted + pending);
    const mid = all[Math.floor(all.length / 2)]!.createdOn;
    const after = (await sim.call('GET', `/offers?createdAfter=${mid}`)).body.totalFound;
    const before = (await sim.call('GET', `/offers?createdBefore=${mid}`)).body.totalFound;
    expect(after + before).toBe(all.length);
    expect(after).toBe(all.filter((o) => o.createdOn >= mid).length);
    // age wins over createdAfter/createdBefore, as documented.
    expect((await sim.call('GET', `/offers?age=${encodeURIComponent('100 years')}&createdBefore=2000-01-01T00:00:00Z`)).body.totalFound).toBe(all.length);
    const weekCount = all.filter((o) => Date.parse(o.createdOn) >= sim.state.now() - 7 * 86_400_000).length;
    expect((await sim.call('GET', `/offers?age=${encodeURIComponent('1 week')}`)).body.totalFound).toBe(weekCount);
  });

  it('rejects bad filters with a 400 naming the parameter', async () => {
    const status = await sim.call('GET', '/offers?status=SIGNED');
    expect(status.status).toBe(400);
    expect(status.body.message).toMatch(/^status: must be one of CREATED, .*"SIGNED"/);
    const age = await sim.call('GET', '/offers?age=soon');
    expect(age.status).toBe(400);
    expect(age.body.message).toMatch(/^age: /);
    const window = await sim.call('GET', '/offers?createdAfter=2026-02-01T00:00:00Z&createdBefore=2026-01-01T00:00:00Z');
    expect(window.status).toBe(400);
    expect(window.body.message).toMatch(/^createdBefore: /);
    const date = await sim.call('GET', '/offers?createdAfter=yesterday');
    expect(date.status).toBe(400);
    expect(date.body.message).toMatch(/createdAfter/);
  });

  it("answers a candidate's offers per job and 404s for unknown candidate, job, application or offer", async () => {
    const o = all[3]!;
    const { candidateId, jobId, path } = offerPath(o);
    const list = await sim.call('GET', `/candidates/${candidateId}/jobs/${jobId}/offers`);
    expect(list.status).toBe(200);
    expect(list.body.totalFound).toBe(list.body.content.length);
    expect(list.body.content.map((x: Offer) => x.id)).toContain(o.id);
    const one = await sim.call('GET', path);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(o);
    const otherJob = sim.state.jobs.list.find((j) => !sim.state.candidates.get(sim.state.candidates.indexOf(candidateId)).applications.some((a) => a.jobId === j.id))!;
    const noApp = await sim.call('GET', `/candidates/${candidateId}/jobs/${otherJob.id}/offers`);
    expect(noApp.status).toBe(404);
    expect(noApp.body.message).toContain('Application not found');
    expect((await sim.call('GET', `/candidates/00000000-0000-4000-a000-000000000000/jobs/${jobId}/offers`)).status).toBe(404);
    expect((await sim.call('GET', `/candidates/${candidateId}/jobs/nope/offers`)).body.message).toContain('Job not found');
    expect((await sim.call('GET', `/candidates/${candidateId}/jobs/${jobId}/offers/nope`)).status).toBe(404);
    // An offer id under another candidate's path is not found there.
    const foreign = all.find((x) => offerPath(x).candidateId !== candidateId)!;
    expect((await sim.call('GET', `/candidates/${candidateId}/jobs/${jobId}/offers/${foreign.id}`)).status).toBe(404);
  });

  it('answers the latest approval request of an offer, and 404 when it never needed one', async () => {
    const accepted = all.find((o) => o.status === 'ACCEPTED')!;
    const latest = await sim.call('GET', `${offerPath(accepted).path}/approvals/latest`);
    expect(latest.status).toBe(200);
    expect(latest.body).toMatchObject({ approvalRequestId: latest.body.id, type: 'OFFER', baseId: accepted.id, status: 'APPROVED' });
    const pending = all.find((o) => o.status === 'PENDING_APPROVAL')!;
    expect((await sim.call('GET', `${offerPath(pending).path}/approvals/latest`)).body.status).toBe('PENDING');
    const created = all.find((o) => o.status === 'CREATED')!;
    const none = await sim.call('GET', `${offerPath(created).path}/approvals/latest`);
    expect(none.status).toBe(404);
    expect(none.body.message).toContain(created.id);
  });

  it('lists the documents of a sent offer and downloads each as a PDF', async () => {
    const sent = all.find((o) => o.status === 'ACCEPTED')!;
    const docs = await sim.call('GET', `/offers/${sent.id}/documents`);
    expect(docs.status).toBe(200);
    expect(docs.body.totalFound).toBeGreaterThan(0);
    const doc = docs.body.content[0];
    expect(doc).toMatchObject({ id: expect.any(String), name: expect.stringMatching(/\.pdf$/), contentType: 'application/pdf', size: expect.any(Number) });
    const res = await fetch(doc.actions.download.url, { headers: { 'X-SmartToken': sim.apiKey } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment;');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(doc.size);
    expect((await sim.call('GET', `/offers/${sent.id}/documents/nope`)).status).toBe(404);
    expect((await sim.call('GET', '/offers/nope/documents')).status).toBe(404);
    const unsent = all.find((o) => o.status === 'CREATED')!;
    expect((await sim.call('GET', `/offers/${unsent.id}/documents`)).body).toEqual({ totalFound: 0, content: [] });
  });

  it('drops offers of a deleted candidate', async () => {
    const o = all[10]!;
    const { candidateId, path } = offerPath(o);
    expect((await sim.call('DELETE', `/candidates/${candidateId}`)).status).toBe(204);
    expect((await sim.call('GET', '/offers?limit=1')).body.totalFound).toBe(all.length - all.filter((x) => offerPath(x).candidateId === candidateId).length);
    expect((await sim.call('GET', path)).status).toBe(404);
    expect((await sim.call('GET', `/offers/${o.id}/documents`)).status).toBe(404);
    expect(events.some((e) => e.name === 'candidate.deleted')).toBe(true);
  });

  it('limits offer document downloads to 2 per second (limit headers say so)', async () => {
    const limited = await startSim({ seed: 7, candidates: 600, jobs: 10 });
    try {
      const list = await limited.call('GET', '/offers?status=ACCEPTED&limit=1');
      expect(list.headers.get('x-ratelimit-limit')).toBe('10');
      const offer = list.body.content[0] as Offer;
      const doc = (await limited.call('GET', `/offers/${offer.id}/documents`)).body.content[0];
      const replies = await Promise.all(Array.from({ length: 6 }, () => limited.call('GET', `/offers/${offer.id}/documents/${doc.id}`)));
      expect(replies[0]!.headers.get('x-ratelimit-limit')).toBe('2');
      const statuses = replies.map((r) => r.status);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.close();
    }
  });
});
