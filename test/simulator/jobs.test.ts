import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/simulator/index.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

describe('simulator jobs', () => {
  let sim: Sim;
  const events: SimEvent[] = [];
  beforeAll(async () => {
    sim = await startSim({ seed: 5, jobs: 30, rateLimits: { enabled: false } });
    sim.state.onEvent((e) => events.push(e));
  });
  afterAll(() => sim.close());

  it('searches jobs with pageId cursor and filters', async () => {
    const first = await sim.call('GET', '/jobs?limit=20&sort=job_id');
    expect(first.body).toMatchObject({ limit: 20, totalFound: 30, nextPageId: expect.any(String) });
    expect(first.headers.get('link')).toMatch(/rel="next"$/);
    const second = await sim.call('GET', `/jobs?limit=20&sort=job_id&pageId=${first.body.nextPageId}`);
    expect(second.body.content).toHaveLength(10);
    expect(second.body.nextPageId).toBeUndefined();
    expect(first.body.content[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), refNumber: expect.any(String), status: expect.any(String), postingStatus: expect.any(String), location: { city: expect.any(String) }, actions: { details: { method: 'GET' } } });
    const sourcing = await sim.call('GET', '/jobs?status=SOURCING&limit=100');
    expect(sourcing.body.content.every((j: { status: string }) => j.status === 'SOURCING')).toBe(true);
    expect((await sim.call('GET', '/jobs?status=DREAMING')).status).toBe(400);
  });

  it('shifts items between offset pages when data changes (no snapshot)', async () => {
    const all = (await sim.call('GET', '/jobs?status=SOURCING&limit=100&offset=0')).body.content.map((j: { id: string }) => j.id);
    expect(all.length).toBeGreaterThanOrEqual(5);
    const page1 = await sim.call('GET', '/jobs?status=SOURCING&limit=2&offset=0');
    expect(page1.body.content.map((j: { id: string }) => j.id)).toEqual(all.slice(0, 2));
    // A recruiter puts the first job on hold between the two page reads: the next page skips one.
    await sim.call('PUT', `/jobs/${all[0]}/status`, { json: { status: 'ON_HOLD' } });
    const page2 = await sim.call('GET', '/jobs?status=SOURCING&limit=2&offset=2');
    expect(page2.body.content.map((j: { id: string }) => j.id)).toEqual(all.slice(3, 5));
    expect(page2.body.totalFound).toBe(all.length - 1);
  });

  it('creates, updates, patches and reads a job, firing events', async () => {
    events.length = 0;
    const dept = sim.state.departments[2]!;
    const created = await sim.call('POST', '/jobs', { json: { title: 'Staff Engineer', refNumber: 'SE-1', department: { id: dept.id }, location: { country: 'Poland', countryCode: 'pl', city: 'Kraków', remote: true } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Staff Engineer', refNumber: 'SE-1', status: 'CREATED', department: { id: dept.id, label: dept.label }, location: { city: 'Kraków' } });
    const id = created.body.id;
    const put = await sim.call('PUT', `/jobs/${id}`, { json: { title: 'Principal Engineer' } });
    expect(put.body.title).toBe('Principal Engineer');
    const patched = await sim.call('PATCH', `/jobs/${id}`, { json: [{ op: 'replace', path: '/title', value: 'Distinguished Engineer' }], contentType: 'application/json-patch+json' });
    expect(patched.status).toBe(200);
    expect((await sim.call('GET', `/jobs/${id}`)).body).toMatchObject({ title: 'Distinguished Engineer', actions: { hiringTeam: { url: expect.stringContaining(`/jobs/${id}/hiring-team`) } } });
    expect(events.map((e) => e.name)).toEqual(['job.created', 'job.updated', 'job.updated']);
    expect(events[0]!.body).toEqual({ id });
    const badDept = await sim.call('POST', '/jobs', { json: { title: 'X', department: { id: 'nope' } } });
    expect(badDept.body.errors[0].message).toBe('department.id: unknown department "nope"');
    expect((await sim.call('POST', '/jobs', { json: {} })).body.errors[0].message).toBe('title: is required');
  });

  it('changes status with history', async () => {
    const job = sim.state.jobs.list[0]!;
    const before = (await sim.call('GET', `/jobs/${job.id}/status/history`)).body.totalFound;
    events.length = 0;
    const r = await sim.call('PUT', `/jobs/${job.id}/status`, { json: { status: 'ON_HOLD' } });
    expect(r.status).toBe(200);
    const history = await sim.call('GET', `/jobs/${job.id}/status/history`);
    expect(history.body.totalFound).toBe(before + 1);
    expect(history.body.content.at(-1).status).toBe('ON_HOLD');
    expect(events.map((e) => e.name)).toEqual(['job.status.updated']);
  });

  it('manages the hiring team, positions and the note', async () => {
    const job = sim.state.jobs.list[1]!;
    const user = sim.state.users.list[3]!;
    events.length = 0;
    expect((await sim.call('POST', `/jobs/${job.id}/hiring-team`, { json: { id: user.id, role: 'INTERVIEW_TEAM' } })).status).toBe(201);
    const team = await sim.call('GET', `/jobs/${job.id}/hiring-team`);
    expect(team.body.content).toContainEqual(expect.objectContaining({ id: user.id, role: 'INTERVIEW_TEAM' }));
    expect((await sim.call('DELETE', `/jobs/${job.id}/hiring-team/${user.id}`)).status).toBe(204);
    expect((await sim.call('POST', `/jobs/${job.id}/hiring-team`, { json: { id: 'ghost', role: 'RECRUITER' } })).status).toBe(400);
    expect(events.map((e) => e.name)).toEqual(['job.hiring-team.updated', 'job.hiring-team.updated']);
    const dates = { positionOpenDate: '2026-12-01', targetStartDate: '2027-01-01' };
    const pos = await sim.call('POST', `/jobs/${job.id}/positions`, { json: { type: 'REPLACEMENT', incumbentName: 'Sam', ...dates } });
    expect(pos.body).toMatchObject({ type: 'REPLACEMENT', incumbentName: 'Sam', status: 'OPEN' });
    const missing = await sim.call('POST', `/jobs/${job.id}/positions`, { json: { type: 'NEW' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/positionOpenDate: is required; targetStartDate: is required/);
    expect((await sim.call('GET', `/jobs/${job.id}/positions`)).body.totalFound).toBe(2);
    const put = await sim.call('PUT', `/jobs/${job.id}/positions/${pos.body.id}`, { json: { type: 'NEW', ...dates, targetStartDate: '2027-02-01' } });
    expect(put.body).toMatchObject({ type: 'NEW', targetStartDate: '2027-02-01' });
    expect(put.body.incumbentName).toBeUndefined();
    expect((await sim.call('DELETE', `/jobs/${job.id}/positions/${pos.body.id}`)).status).toBe(204);
    expect((await sim.call('GET', `/jobs/${job.id}/positions/${pos.body.id}`)).status).toBe(404);
    await sim.call('PUT', `/jobs/${job.id}/note`, { json: { content: 'Budget approved' } });
    expect((await sim.call('GET', `/jobs/${job.id}/note`)).body).toEqual({ content: 'Budget approved' });
  });

  it('fires job.ad events for generic job ad operations', async () => {
    const job = sim.state.jobs.list[2]!;
    events.length = 0;
    const ad = await sim.call('POST', `/jobs/${job.id}/jobads`, { json: { title: 'Ad' } });
    expect(ad.status).toBe(201);
    await sim.call('PUT', `/jobs/${job.id}/jobads/${ad.body.id}`, { json: { title: 'Ad 2' } });
    await sim.call('POST', `/jobs/${job.id}/jobads/${ad.body.id}/postings`, { json: {} });
    expect(events.map((e) => e.name)).toEqual(['job.ad.created', 'job.ad.updated', 'job.ad.postings.updated']);
    expect(events[0]!.body).toEqual({ job_id: job.id, job_ad_id: ad.body.id });
  });
});
