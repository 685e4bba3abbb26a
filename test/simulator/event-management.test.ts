import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const EM = '/event-management-api/events';

describe('simulator Event Management API', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ seed: 8, candidates: 300, jobs: 8, users: 6, rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  function applications(n: number): { applicationId: string; candidateId: string }[] {
    const out = [];
    for (let i = 0; i < sim.state.candidates.size && out.length < n; i++) {
      const c = sim.state.candidates.get(i);
      out.push({ applicationId: sim.state.applicationId(c.id, c.applications[0]!.jobId), candidateId: c.id });
    }
    return out;
  }

  it('pages seeded events (page/pageSize, totalElements/totalPages) with sessions and applicants', async () => {
    const page = await sim.call('GET', `${EM}?page=0&pageSize=3`);
    expect(page.body).toMatchObject({ page: 0, pageSize: 3, totalElements: 4, totalPages: 2 });
    const e = page.body.content[0];
    expect(e).toMatchObject({ id: expect.any(String), name: expect.any(String), startsOn: expect.any(String), endsOn: expect.any(String), sessions: expect.any(Array) });
    const all = (await sim.call('GET', `${EM}/${e.id}/applicants`)).body;
    const pool = (await sim.call('GET', `${EM}/${e.id}/pool-applicants`)).body;
    expect(all.totalFound).toBe(e.applicantsCount);
    expect(pool.content.every((a: { sessionId?: string }) => a.sessionId === undefined)).toBe(true);
    expect(all.content.filter((a: { sessionId?: string }) => a.sessionId).length + pool.totalFound).toBe(all.totalFound);
  });

  it('create → read → update → sessions → interviewers → applicants → move → delete, with capacity and 404s', async () => {
    const job = sim.state.jobs.list[0]!.id;
    const created = await sim.call('POST', EM, { json: { name: 'Hack day', type: 'ASSESSMENT_CENTER', startsOn: '2027-03-01T09:00:00Z', endsOn: '2027-03-01T17:00:00Z', jobIds: [job], sessions: [{ name: 'Morning', startsOn: '2027-03-01T09:00:00Z', endsOn: '2027-03-01T12:00:00Z', capacity: 2 }, { name: 'Afternoon', startsOn: '2027-03-01T13:00:00Z', endsOn: '2027-03-01T17:00:00Z', capacity: 5 }] } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const [morning, afternoon] = created.body.sessions;
    expect((await sim.call('GET', `${EM}/${id}`)).body).toEqual(created.body);
    const put = await sim.call('PUT', `${EM}/${id}`, { json: { name: 'Hack day 2027', startsOn: '2027-03-01T08:00:00Z', endsOn: '2027-03-01T18:00:00Z' } });
    expect(put.body).toMatchObject({ name: 'Hack day 2027', sessions: [{ id: morning.id }, { id: afternoon.id }] });

    const user = sim.state.users.list[1]!.id;
    expect((await sim.call('PUT', `${EM}/${id}/sessions/${morning.id}/interviewers`, { json: { interviewerIds: [user, user] } })).body.interviewers).toEqual([{ id: user }]);
    expect((await sim.call('PUT', `${EM}/${id}/sessions/${morning.id}/interviewers`, { json: { interviewerIds: ['ghost'] } })).status).toBe(400);
    expect((await sim.call('DELETE', `${EM}/${id}/sessions/${morning.id}/interviewers`)).status).toBe(204);
    expect((await sim.call('GET', `${EM}/${id}/sessions/${morning.id}`)).body.interviewers).toEqual([]);

    const apps = applications(4);
    const pooled = await sim.call('POST', `${EM}/${id}/applicants`, { json: { applicationIds: apps.map((a) => a.applicationId) } });
    expect(pooled.body).toMatchObject({ eventId: id, applicantsCount: 4 });
    expect((await sim.call('GET', `${EM}/${id}/pool-applicants`)).body.totalFound).toBe(4);
    const placed = await sim.call('POST', `${EM}/${id}/sessions/${morning.id}/applicants`, { json: { applicationIds: [apps[0]!.applicationId, apps[1]!.applicationId] } });
    expect(placed.body.applicationIds).toHaveLength(2);
    const full = await sim.call('POST', `${EM}/${id}/sessions/${morning.id}/applicants`, { json: { applicationIds: [apps[2]!.applicationId] } });
    expect(full.status).toBe(409);
    expect(full.body.errors[0].code).toBe('SESSION_FULL');
    expect((await sim.call('POST', `${EM}/${id}/sessions/${afternoon.id}/applicants`, { json: { applicationIds: [apps[0]!.applicationId] } })).status).toBe(409);
    const moved = await sim.call('PUT', `${EM}/${id}/sessions/${afternoon.id}/applicants`, { json: { applicationIds: [apps[0]!.applicationId] } });
    expect(moved.body.applicationIds).toEqual([apps[0]!.applicationId]);
    expect((await sim.call('GET', `${EM}/${id}/sessions/${morning.id}`)).body.applicationIds).toEqual([apps[1]!.applicationId]);
    const everyone = (await sim.call('GET', `${EM}/${id}/applicants`)).body.content;
    expect(everyone.find((a: { applicationId: string }) => a.applicationId === apps[0]!.applicationId).sessionId).toBe(afternoon.id);

    expect((await sim.call('GET', `${EM}/candidates/${apps[0]!.candidateId}`)).body.content.map((e: { id: string }) => e.id)).toContain(id);
    expect((await sim.call('GET', `${EM}/applications/${apps[0]!.applicationId}`)).body.content.map((e: { id: string }) => e.id)).toContain(id);
    expect((await sim.call('GET', `${EM}/candidates/ghost`)).status).toBe(404);
    expect((await sim.call('GET', `${EM}/applications/ghost`)).status).toBe(404);

    expect((await sim.call('DELETE', `${EM}/${id}/sessions/${morning.id}`)).status).toBe(204);
    expect((await sim.call('GET', `${EM}/${id}/sessions/${morning.id}`)).status).toBe(404);
    // Applicants of a deleted session are back in the pool.
    expect((await sim.call('GET', `${EM}/${id}/pool-applicants`)).body.content.map((a: { applicationId: string }) => a.applicationId)).toContain(apps[1]!.applicationId);
    expect((await sim.call('DELETE', `${EM}/${id}`)).status).toBe(204);
    expect((await sim.call('GET', `${EM}/${id}`)).status).toBe(404);
    expect((await sim.call('DELETE', `${EM}/${id}`)).status).toBe(404);
  });

  it('validates event bodies and applicant lists, naming the field; hostile ids are 404', async () => {
    const ok = { name: 'x', startsOn: '2027-01-01T09:00:00Z', endsOn: '2027-01-01T10:00:00Z' };
    for (const body of [{}, { ...ok, name: '' }, { ...ok, endsOn: '2026-01-01T00:00:00Z' }, { ...ok, startsOn: 'soon' }, { ...ok, type: 'PARTY' }, { ...ok, jobIds: ['ghost'] }, { ...ok, sessions: [{ name: 's', startsOn: '2027-01-01T08:00:00Z', endsOn: '2027-01-01T09:30:00Z' }] }, { ...ok, sessions: [{ name: 's', startsOn: '2027-01-01T09:00:00Z', endsOn: '2027-01-01T10:00:00Z', capacity: 0 }] }]) {
      const r = await sim.call('POST', EM, { json: body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.errors[0].message).toMatch(/^(name|startsOn|endsOn|type|jobIds|sessions\[0\]\.(startsOn|capacity)):/);
    }
    const e = (await sim.call('GET', `${EM}?pageSize=1`)).body.content[0];
    for (const body of [{}, { applicationIds: [] }, { applicationIds: ['ghost'] }, { applicationIds: Array.from({ length: 101 }, (_, i) => `a${i}`) }]) {
      expect((await sim.call('POST', `${EM}/${e.id}/applicants`, { json: body })).status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
    for (const bad of ['nope', '%2e%2e', 'x'.repeat(3000)]) {
      expect([400, 404, 414]).toContain((await sim.call('GET', `${EM}/${bad}`)).status);
      // `%2e%2e` is `..`: a client normalises it to the event itself, which exists.
      if (bad !== '%2e%2e') expect([400, 404, 414]).toContain((await sim.call('GET', `${EM}/${e.id}/sessions/${bad}`)).status);
    }
  });
});
