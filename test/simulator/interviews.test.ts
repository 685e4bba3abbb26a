import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const BASE = '/interviews-api/v201904';

describe('simulator interviews (v201904)', () => {
  let sim: Sim;
  let candidateId = '';
  let jobId = '';
  let applicationId = '';
  let userA = '';
  let userB = '';
  const slot = (startsOn: string, endsOn: string, interviewers: unknown = [{ id: userA, status: 'pending' }]) => ({ title: 'Tech', startsOn, endsOn, interviewers });
  const newInterview = (extra: Record<string, unknown> = {}) => ({
    candidate: { id: candidateId }, jobId, organizerId: userA, timezone: 'Europe/Berlin', location: 'HQ',
    timeslots: [slot('2099-07-01T09:00:00Z', '2099-07-01T10:00:00Z'), slot('2020-07-02T09:00:00+02:00', '2020-07-02T10:00:00+02:00', [{ id: userB, status: 'tentative' }])],
    ...extra,
  });

  beforeAll(async () => {
    sim = await startSim({ seed: 3, candidates: 300, jobs: 12, users: 8, rateLimits: { enabled: false } });
    const c = sim.state.candidates.get(4);
    candidateId = c.id;
    jobId = c.applications[0]!.jobId;
    applicationId = sim.state.applicationId(candidateId, jobId);
    userA = sim.state.users.list[1]!.id;
    userB = sim.state.users.list[2]!.id;
  });
  afterAll(() => sim.close());

  it('requires applicationId to list, and lists seeded interviews of an application at INTERVIEW or later', async () => {
    const missing = await sim.call('GET', `${BASE}/interviews`);
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('applicationId');
    let seeded: { id: string; app: string } | undefined;
    for (let i = 0; i < sim.state.candidates.size && !seeded; i++) {
      const c = sim.state.candidates.get(i);
      const app = c.applications.find((a) => a.status === 'HIRED');
      if (app) seeded = { id: c.id, app: sim.state.applicationId(c.id, app.jobId) };
    }
    const list = await sim.call('GET', `${BASE}/interviews?applicationId=${seeded!.app}`);
    expect(list.status).toBe(200);
    expect(list.body.content.length).toBeGreaterThan(0);
    const first = list.body.content[0];
    expect(first).toMatchObject({ id: expect.any(String), candidate: { id: seeded!.id, status: expect.any(String) }, jobId: expect.any(String), organizerId: expect.any(String), timezone: expect.any(String), createdOn: expect.any(String) });
    expect(first.timeslots[0]).toMatchObject({ id: expect.any(String), startsOn: expect.any(String), endsOn: expect.any(String), interviewers: expect.arrayContaining([{ id: expect.any(String), status: expect.any(String) }]) });
    // Listing again answers the same interviews (seeded once), and get finds them.
    expect((await sim.call('GET', `${BASE}/interviews?applicationId=${seeded!.app}`)).body).toEqual(list.body);
    expect((await sim.call('GET', `${BASE}/interviews/${first.id}`)).body).toEqual(first);
    expect((await sim.call('GET', `${BASE}/interviews?applicationId=00000000-0000-4000-a000-000000000000`)).body).toEqual({ content: [] });
  });

  it('creates, reads, lists, updates and deletes an interview', async () => {
    const created = await sim.call('POST', `${BASE}/interviews`, { json: newInterview() });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ candidate: { id: candidateId, status: 'pending' }, jobId, organizerId: userA, timezone: 'Europe/Berlin', location: 'HQ' });
    // Timeslots come back in start order, times normalised to UTC.
    expect(created.body.timeslots.map((t: { startsOn: string }) => t.startsOn)).toEqual(['2020-07-02T07:00:00.000Z', '2099-07-01T09:00:00.000Z']);
    expect((await sim.call('GET', `${BASE}/interviews/${id}`)).body).toEqual(created.body);
    const list = await sim.call('GET', `${BASE}/interviews?applicationId=${applicationId}`);
    expect(list.body.content.map((i: { id: string }) => i.id)).toContain(id);
    const upd = await sim.call('PATCH', `${BASE}/interviews/${id}`, { json: { location: 'Room 7', timezone: 'America/New_York', candidate: { status: 'accepted' } } });
    expect(upd.status).toBe(204);
    expect((await sim.call('GET', `${BASE}/interviews/${id}`)).body).toMatchObject({ location: 'Room 7', timezone: 'America/New_York', candidate: { id: candidateId, status: 'accepted' } });
    const move = await sim.call('PATCH', `${BASE}/interviews/${id}`, { json: { candidate: { id: sim.state.candidates.get(9).id } } });
    expect(move.status).toBe(400);
    expect(move.body.message).toMatch(/^candidate\.id: /);
    const badZone = await sim.call('PATCH', `${BASE}/interviews/${id}`, { json: { timezone: 'Mars/Olympus' } });
    expect(badZone.body.message).toMatch(/^timezone: .*Mars\/Olympus/);
    expect((await sim.call('DELETE', `${BASE}/interviews/${id}`)).status).toBe(204);
    expect((await sim.call('GET', `${BASE}/interviews/${id}`)).status).toBe(404);
    expect((await sim.call('DELETE', `${BASE}/interviews/${id}`)).status).toBe(404);
  });

  it('validates an interview: required fields, time ranges, references, with a 400 naming each field', async () => {
    const empty = await sim.call('POST', `${BASE}/interviews`, { json: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((e: { message: string }) => e.message.split(':')[0])).toEqual(['candidate', 'jobId', 'organizerId', 'timezone', 'timeslots']);
    const range = await sim.call('POST', `${BASE}/interviews`, { json: newInterview({ timeslots: [slot('2099-07-01T10:00:00Z', '2099-07-01T10:00:00Z'), slot('2099-07-01', '2099-07-01T11:00:00Z')] }) });
    expect(range.status).toBe(400);
    expect(range.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'timeslots[0].endsOn: must be after startsOn',
      expect.stringMatching(/^timeslots\[1\]\.startsOn: must be an ISO 8601 date-time/),
    ]);
    const refs = await sim.call('POST', `${BASE}/interviews`, {
      json: newInterview({ organizerId: 'ghost', timezone: 'Nowhere/Land', timeslots: [slot('2099-07-01T09:00:00Z', '2099-07-01T10:00:00Z', [{ id: 'ghost', status: 'maybe' }])] }),
    });
    expect(refs.body.errors.map((e: { message: string }) => e.message.split(':')[0])).toEqual(['organizerId', 'timezone', 'timeslots[0].interviewers[0].status', 'timeslots[0].interviewers[0].id']);
    const other = sim.state.jobs.list.find((j) => !sim.state.candidates.get(4).applications.some((a) => a.jobId === j.id))!;
    const notApplied = await sim.call('POST', `${BASE}/interviews`, { json: newInterview({ jobId: other.id }) });
    expect(notApplied.body.message).toBe(`jobId: candidate ${candidateId} has not applied to job ${other.id}`);
    const unknown = await sim.call('POST', `${BASE}/interviews`, { json: newInterview({ candidate: { id: 'nobody' } }) });
    expect(unknown.body.message).toContain('candidate.id: unknown candidate "nobody"');
    const noSlots = await sim.call('POST', `${BASE}/interviews`, { json: newInterview({ timeslots: [] }) });
    expect(noSlots.body.message).toMatch(/^timeslots: must be a non-empty array/);
    expect((await sim.call('POST', `${BASE}/interviews`, { json: [] })).body.message).toBe('body: must be a JSON object');
  });

  it('adds, updates and deletes timeslots and records attendee statuses', async () => {
    const id = (await sim.call('POST', `${BASE}/interviews`, { json: newInterview() })).body.id;
    const added = await sim.call('POST', `${BASE}/interviews/${id}/timeslots`, { json: { ...slot('2099-08-01T12:00:00Z', '2099-08-01T13:00:00Z'), interviewType: 'panel interview' } });
    expect(added.status).toBe(201);
    const ts = added.body.id;
    expect((await sim.call('GET', `${BASE}/interviews/${id}/timeslots/${ts}`)).body).toMatchObject({ id: ts, interviewType: 'panel interview', startsOn: '2099-08-01T12:00:00.000Z' });
    expect((await sim.call('GET', `${BASE}/interviews/${id}`)).body.timeslots).toHaveLength(3);
    // PATCH keeps absent fields; the merged range must stay valid.
    const backwards = await sim.call('PATCH', `${BASE}/interviews/${id}/timeslots/${ts}`, { json: { endsOn: '2099-08-01T11:00:00Z' } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toBe('endsOn: must be after startsOn');
    expect((await sim.call('PATCH', `${BASE}/interviews/${id}/timeslots/${ts}`, { json: { endsOn: '2099-08-01T14:00:00Z', place: 'Room 3' } })).status).toBe(204);
    expect((await sim.call('GET', `${BASE}/interviews/${id}/timeslots/${ts}`)).body).toMatchObject({ endsOn: '2099-08-01T14:00:00.000Z', place: 'Room 3', title: 'Tech', interviewType: 'panel interview' });
    const badType = await sim.call('POST', `${BASE}/interviews/${id}/timeslots`, { json: { ...slot('2099-08-01T12:00:00Z', '2099-08-01T13:00:00Z'), interviewType: 'Karaoke' } });
    expect(badType.body.message).toMatch(/^interviewType: must be one of the interview types/);

    expect((await sim.call('PUT', `${BASE}/interviews/${id}/timeslots/${ts}/interviewers/${userA}/status`, { json: { status: 'declined' } })).status).toBe(204);
    expect((await sim.call('GET', `${BASE}/interviews/${id}/timeslots/${ts}`)).body.interviewers).toEqual([{ id: userA, status: 'declined' }]);
    const stranger = await sim.call('PUT', `${BASE}/interviews/${id}/timeslots/${ts}/interviewers/${userB}/status`, { json: { status: 'accepted' } });
    expect(stranger.status).toBe(404);
    const badStatus = await sim.call('PUT', `${BASE}/interviews/${id}/candidate/status`, { json: { status: 'yes' } });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.message).toBe('status: must be one of accepted, declined, pending, tentative, got "yes"');
    expect((await sim.call('PUT', `${BASE}/interviews/${id}/candidate/status`, { json: { status: 'tentative' } })).status).toBe(204);
    expect((await sim.call('PUT', `${BASE}/interviews/${id}/timeslots/${ts}/candidateStatus`, { json: { status: 'accepted' } })).status).toBe(204);
    const after = (await sim.call('GET', `${BASE}/interviews/${id}`)).body;
    expect(after.candidate.status).toBe('tentative');
    expect(after.timeslots.find((t: { id: string }) => t.id === ts).candidateStatus).toBe('accepted');

    // A no-show can be recorded only for a timeslot that has started.
    const past = after.timeslots.find((t: { startsOn: string }) => t.startsOn.startsWith('2020'));
    expect((await sim.call('PATCH', `${BASE}/interviews/${id}/timeslots/${ts}/noshow`, { json: {} })).status).toBe(409);
    expect((await sim.call('PATCH', `${BASE}/interviews/${id}/timeslots/${past.id}/noshow`, { json: {} })).status).toBe(204);
    expect((await sim.call('GET', `${BASE}/interviews/${id}/timeslots/${past.id}`)).body.noShow).toBe(true);

    for (const t of after.timeslots.slice(0, 2)) expect((await sim.call('DELETE', `${BASE}/interviews/${id}/timeslots/${t.id}`)).status).toBe(204);
    const last = after.timeslots[2].id;
    const lastDelete = await sim.call('DELETE', `${BASE}/interviews/${id}/timeslots/${last}`);
    expect(lastDelete.status).toBe(409);
    expect(lastDelete.body.message).toContain('only timeslot');
    expect((await sim.call('GET', `${BASE}/interviews/${id}/timeslots/${after.timeslots[0].id}`)).status).toBe(404);
  });

  it('lists, adds and removes interview types', async () => {
    const types = await sim.call('GET', `${BASE}/interview-types`);
    expect(types.status).toBe(200);
    expect(types.body).toContain('Phone screen');
    expect((await sim.call('PATCH', `${BASE}/interview-types`, { json: ['Culture fit', 'phone SCREEN', 'Culture fit'] })).status).toBe(204);
    const after = (await sim.call('GET', `${BASE}/interview-types`)).body as string[];
    expect(after).toEqual([...types.body, 'Culture fit']);
    const bad = await sim.call('PATCH', `${BASE}/interview-types`, { json: ['ok', ''] });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('[1]: must be a non-empty string');
    expect((await sim.call('PATCH', `${BASE}/interview-types`, { json: { name: 'x' } })).status).toBe(400);
    expect((await sim.call('DELETE', `${BASE}/interview-types/${encodeURIComponent('Culture fit')}`)).status).toBe(204);
    expect((await sim.call('GET', `${BASE}/interview-types`)).body).toEqual(types.body);
    expect((await sim.call('DELETE', `${BASE}/interview-types/Karaoke`)).status).toBe(404);
  });
});
