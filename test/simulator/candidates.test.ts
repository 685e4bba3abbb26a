import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/simulator/index.js';
import { readJson, startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

describe('simulator candidates', () => {
  let sim: Sim;
  const events: SimEvent[] = [];
  beforeAll(async () => {
    sim = await startSim({ seed: 42, candidates: 300, jobs: 15, rateLimits: { enabled: false } });
    sim.state.onEvent((e) => events.push(e));
  });
  afterAll(() => sim.close());

  it('lists candidates with the documented fields and walks every page through Link rel=next', async () => {
    const ids: string[] = [];
    let url: string | null = `${sim.url}/candidates?limit=100`;
    let first: any; // eslint-disable-line @typescript-eslint/no-explicit-any
    while (url) {
      const res: Response = await fetch(url, { headers: { 'X-SmartToken': sim.apiKey } });
      const body = await readJson(res);
      first ??= body;
      ids.push(...body.content.map((c: { id: string }) => c.id));
      const link = res.headers.get('link');
      expect(Boolean(link)).toBe(Boolean(body.nextPageId));
      url = link ? /<([^>]+)>; rel="next"/.exec(link)![1]! : null;
    }
    expect(first.totalFound).toBe(300);
    expect(new Set(ids).size).toBe(300);
    expect(first.content[0]).toMatchObject({
      id: expect.any(String), internal: expect.any(Boolean), firstName: expect.any(String), lastName: expect.any(String),
      email: expect.stringContaining('@'), createdOn: expect.any(String), updatedOn: expect.any(String),
      location: { country: expect.any(String), city: expect.any(String) }, tags: expect.any(Array),
      primaryAssignment: { job: { id: expect.any(String), title: expect.any(String) }, status: expect.any(String) },
      actions: { details: { url: expect.stringContaining('/candidates/'), method: 'GET' } },
    });
  });

  it('filters by status, jobId, q and updatedAfter', async () => {
    const job = sim.state.jobs.list[3]!.id;
    const byJob = await sim.call('GET', `/candidates?jobId=${job}&limit=100`);
    expect(byJob.body.totalFound).toBeGreaterThan(0);
    for (const c of byJob.body.content) {
      const jobs = [c.primaryAssignment?.job.id, ...c.secondaryAssignments.map((a: { job: { id: string } }) => a.job.id)];
      expect(jobs).toContain(job);
    }
    const hired = await sim.call('GET', '/candidates?status=HIRED&limit=100');
    expect(hired.body.totalFound).toBeGreaterThan(0);
    for (const c of hired.body.content) {
      const statuses = [c.primaryAssignment?.status, ...c.secondaryAssignments.map((a: { status: string }) => a.status)];
      expect(statuses).toContain('HIRED');
    }
    const someone = byJob.body.content[0];
    const q = await sim.call('GET', `/candidates?q=${encodeURIComponent(someone.lastName)}&limit=100`);
    expect(q.body.content.map((c: { id: string }) => c.id)).toContain(someone.id);
    expect(q.body.content.every((c: { lastName: string; firstName: string }) => `${c.firstName} ${c.lastName}`.includes(someone.lastName))).toBe(true);
    const cutoff = new Date(sim.state.now() - 1000).toISOString();
    const recent = await sim.call('GET', `/candidates?updatedAfter=${cutoff}`);
    expect(recent.body.totalFound).toBe(0);
    await sim.call('PATCH', `/candidates/${someone.id}`, { json: { phoneNumber: '+48 123' } });
    const after = await sim.call('GET', `/candidates?updatedAfter=${cutoff}`);
    expect(after.body.content.map((c: { id: string }) => c.id)).toEqual([someone.id]);
  });

  it('creates candidates in the talent pool and on a job with sourceDetails, firing webhooks events', async () => {
    const job = sim.state.jobs.list[1]!.id;
    events.length = 0;
    const pool = await sim.call('POST', '/candidates', { json: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', tags: ['math'] } });
    expect(pool.status).toBe(201);
    expect(pool.body).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', tags: ['math'], secondaryAssignments: [] });
    expect(pool.body.primaryAssignment).toBeUndefined();
    const applied = await sim.call('POST', `/jobs/${job}/candidates`, {
      json: { firstName: 'Alan', lastName: 'Turing', email: 'alan@example.org', sourceDetails: { sourceTypeId: 'REFERRAL', sourceId: 'employee-referral' } },
    });
    expect(applied.status).toBe(201);
    expect(applied.body.primaryAssignment).toMatchObject({ job: { id: job }, status: 'NEW' });
    const app = await sim.call('GET', `/candidates/${applied.body.id}/jobs/${job}`);
    expect(app.body).toMatchObject({ status: 'NEW', sourceDetails: { sourceTypeId: 'REFERRAL', sourceId: 'employee-referral' } });
    expect(events.map((e) => e.name)).toEqual(['candidate.created', 'candidate.created', 'application.created']);
    expect(events[2]!.body).toMatchObject({ candidate_id: applied.body.id, job_id: job, application_id: expect.any(String) });
    expect(events[0]!.link).toBe(`${sim.url}/candidates/${pool.body.id}`);
    const got = await sim.call('GET', `/candidates/${pool.body.id}`);
    expect(got.body).toMatchObject({ id: pool.body.id, firstName: 'Ada', education: [], experience: [] });
    const badSource = await sim.call('POST', `/jobs/${job}/candidates`, { json: { firstName: 'A', lastName: 'B', email: 'a@b.cd', sourceDetails: {} } });
    expect(badSource.body.errors.map((e: { message: string }) => e.message)).toEqual(['sourceDetails.sourceTypeId: is required', 'sourceDetails.sourceId: is required']);
  });

  it('updates, tags and deletes a candidate', async () => {
    const id = sim.state.candidates.idOf(10);
    const patched = await sim.call('PATCH', `/candidates/${id}`, { json: { firstName: 'Renamed', web: { website: 'https://x.dev' } } });
    expect(patched.body).toMatchObject({ firstName: 'Renamed', web: { website: 'https://x.dev' } });
    await sim.call('PUT', `/candidates/${id}/tags`, { json: { tags: ['a', 'b'] } });
    const added = await sim.call('POST', `/candidates/${id}/tags`, { json: { tags: ['b', 'c'] } });
    expect(added.body.tags).toEqual(['a', 'b', 'c']);
    expect((await sim.call('GET', `/candidates?tag=c&limit=100`)).body.content.map((c: { id: string }) => c.id)).toContain(id);
    expect((await sim.call('DELETE', `/candidates/${id}/tags`)).status).toBe(204);
    expect((await sim.call('GET', `/candidates/${id}/tags`)).body).toEqual({ tags: [] });
    events.length = 0;
    expect((await sim.call('DELETE', `/candidates/${id}`)).status).toBe(204);
    expect(events.map((e) => e.name)).toEqual(['candidate.deleted']);
    expect((await sim.call('GET', `/candidates/${id}`)).status).toBe(404);
    expect((await sim.call('DELETE', `/candidates/${id}`)).status).toBe(404);
  });

  it('changes an application status and keeps its history', async () => {
    const c = sim.state.candidates.get(20);
    const job = c.applications[0]!.jobId;
    const before = await sim.call('GET', `/candidates/${c.id}/jobs/${job}/status/history`);
    events.length = 0;
    const put = await sim.call('PUT', `/candidates/${c.id}/jobs/${job}/status`, { json: { status: 'INTERVIEW', subStatus: 'Phone screen' } });
    expect(put.status).toBe(204);
    const after = await sim.call('GET', `/candidates/${c.id}/jobs/${job}/status/history`);
    expect(after.body.totalFound).toBe(before.body.totalFound + 1);
    expect(after.body.content.at(-1)).toMatchObject({ status: 'INTERVIEW', subStatus: 'Phone screen' });
    expect(events.map((e) => e.name)).toEqual(['application.status.updated']);
    const bad = await sim.call('PUT', `/candidates/${c.id}/jobs/${job}/status`, { json: { status: 'PROMOTED' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].message).toMatch(/^status: must be one of/);
    const notApplied = sim.state.jobs.list.find((j) => !c.applications.some((a) => a.jobId === j.id))!.id;
    expect((await sim.call('PUT', `/candidates/${c.id}/jobs/${notApplied}/status`, { json: { status: 'NEW' } })).status).toBe(404);
    const all = await sim.call('GET', `/candidates/${c.id}/status/history`);
    expect(all.body.content.every((h: { job: { id: string } }) => typeof h.job.id === 'string')).toBe(true);
  });

  it('stores properties, source and onboarding status per application', async () => {
    const c = sim.state.candidates.get(30);
    const job = c.applications[0]!.jobId;
    events.length = 0;
    expect((await sim.call('PUT', `/candidates/${c.id}/jobs/${job}/properties/salary`, { json: { value: 90000 } })).status).toBe(204);
    expect((await sim.call('PUT', `/candidates/${c.id}/properties/nickname`, { json: { value: 'Bob' } })).status).toBe(204);
    const props = await sim.call('GET', `/candidates/${c.id}/jobs/${job}/properties`);
    expect(props.body.content).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'salary', value: 90000 }), expect.objectContaining({ id: 'nickname', value: 'Bob' })]));
    expect((await sim.call('PUT', `/candidates/${c.id}/jobs/${job}/source`, { json: { sourceTypeId: 'JOB_BOARD', sourceId: 'indeed' } })).status).toBe(204);
    expect((await sim.call('PUT', `/candidates/${c.id}/jobs/${job}/onboardingStatus`, { json: { onboardingStatus: 'ONBOARDING_FAILED' } })).status).toBe(204);
    expect((await sim.call('GET', `/candidates/${c.id}/jobs/${job}/onboardingStatus`)).body).toEqual({ onboardingStatus: 'ONBOARDING_FAILED' });
    expect(events.map((e) => e.name)).toEqual(['application.fields.updated', 'candidate.updated', 'application.source.updated', 'application.onboarding-status.updated']);
  });

  it('keeps cursor paging stable when candidates are created between pages', async () => {
    const first = await sim.call('GET', '/candidates?limit=50');
    await sim.call('POST', '/candidates', { json: { firstName: 'Late', lastName: 'Comer', email: 'late@example.org' } });
    const second = await sim.call('GET', `/candidates?limit=50&pageId=${first.body.nextPageId}`);
    const overlap = second.body.content.filter((c: { id: string }) => first.body.content.some((f: { id: string }) => f.id === c.id));
    expect(overlap).toHaveLength(0);
  });
});
