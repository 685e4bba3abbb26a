import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const SS = '/self-scheduling';

describe('simulator Self-Scheduling API', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ seed: 4, candidates: 400, jobs: 10, users: 6, rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  /** An application id of a candidate applied to `jobId` (any stage). */
  function applicationsOf(jobId: string, n: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < sim.state.candidates.size && out.length < n; i++) {
      const c = sim.state.candidates.get(i);
      if (c.applications.some((a) => a.jobId === jobId)) out.push(sim.state.applicationId(c.id, jobId));
    }
    return out;
  }

  it('lists seeded self-schedules with offset paging; one invitee has booked, others see that slot taken', async () => {
    const page = await sim.call('GET', `${SS}/self-schedules?limit=2&offset=0`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ limit: 2, offset: 0, totalFound: expect.any(Number) });
    expect(page.body.totalFound).toBeGreaterThan(0);
    const all = (await sim.call('GET', `${SS}/self-schedules?limit=100`)).body.content;
    const s = all.find((x: { invitations: { status: string }[] }) => x.invitations.some((v) => v.status === 'INVITED'));
    expect(s).toBeDefined();
    expect((await sim.call('GET', `${SS}/self-schedules/${s.id}`)).body).toEqual(s);
    expect(s).toMatchObject({ status: 'ACTIVE', slots: expect.any(Array), invitations: expect.any(Array) });
    const booked = s.invitations.find((v: { status: string }) => v.status === 'SCHEDULED');
    expect(booked.interview.startsOn).toBe(s.slots[0].startsOn);
    const other = s.invitations.find((v: { status: string }) => v.status === 'INVITED');
    const slots = (await sim.call('GET', `${SS}/self-schedules/${s.id}/application/${other.applicationUuid}/slots`)).body;
    expect(slots.content.map((x: { startsOn: string }) => x.startsOn)).not.toContain(booked.interview.startsOn);
    expect(slots.totalFound).toBe(s.slots.length - 1);
  });

  it('invite → slots → book → read → move → reschedule request → cancel, with 409s on taken slots and closed schedules', async () => {
    const job = sim.state.jobs.list[1]!.id;
    const [a, b] = applicationsOf(job, 2);
    const created = await sim.call('POST', `${SS}/automated-self-schedules`, { json: { applicationUuids: [a, b], durationMinutes: 45 } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ jobId: job, durationMinutes: 45, status: 'ACTIVE' });
    expect(created.body.invitations.map((v: { applicationUuid: string }) => v.applicationUuid)).toEqual([a, b]);
    const invite = (await sim.call('GET', `${SS}/self-schedules/${id}/application/${a}`)).body;
    expect(invite).toMatchObject({ selfScheduleId: id, applicationUuid: a, status: 'INVITED' });
    expect((await sim.call('GET', `${SS}/self-schedules/${id}/application/${a}/interview`)).status).toBe(404);

    const slots = (await sim.call('GET', `${SS}/self-schedules/${id}/application/${a}/slots`)).body.content;
    const book = await sim.call('POST', `${SS}/self-schedules/${id}/application/${a}/interview`, { json: { startsOn: slots[0].startsOn, location: 'Room 1' } });
    expect(book.status).toBe(201);
    expect(book.body).toMatchObject({ startsOn: slots[0].startsOn, endsOn: slots[0].endsOn, location: 'Room 1' });
    expect((await sim.call('GET', `${SS}/self-schedules/${id}/application/${a}/interview`)).body).toEqual(book.body);
    expect((await sim.call('POST', `${SS}/self-schedules/${id}/application/${a}/interview`, { json: { startsOn: slots[1].startsOn } })).status).toBe(409);
    // b cannot take a's slot; a slot that is not offered is refused too.
    expect((await sim.call('POST', `${SS}/self-schedules/${id}/application/${b}/interview`, { json: { startsOn: slots[0].startsOn } })).status).toBe(409);
    expect((await sim.call('POST', `${SS}/self-schedules/${id}/application/${b}/interview`, { json: { startsOn: '2020-01-01T10:00:00Z' } })).status).toBe(409);
    const bad = await sim.call('POST', `${SS}/self-schedules/${id}/application/${b}/interview`, { json: { startsOn: 'tomorrow' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].message).toMatch(/^startsOn:/);

    const moved = await sim.call('PUT', `${SS}/self-schedules/${id}/application/${a}/interview`, { json: { startsOn: slots[2].startsOn } });
    expect(moved.body).toMatchObject({ id: book.body.id, startsOn: slots[2].startsOn });
    const re = await sim.call('POST', `${SS}/automated-self-schedules/reschedule`, { json: { selfScheduleId: id, applicationUuid: a, reason: 'Travelling' } });
    expect(re.body).toMatchObject({ status: 'RESCHEDULE_REQUESTED', rescheduleReason: 'Travelling' });
    expect(re.body.interview).toBeUndefined();
    expect((await sim.call('GET', `${SS}/self-schedules/${id}/application/${b}/slots`)).body.content.map((x: { startsOn: string }) => x.startsOn)).toContain(slots[2].startsOn);
    const upd = await sim.call('POST', `${SS}/automated-self-schedules/update-invite`, { json: { selfScheduleId: id, applicationUuid: b, message: 'Please pick a time', expiresOn: '2099-01-01T00:00:00Z' } });
    expect(upd.body).toMatchObject({ message: 'Please pick a time', expiresOn: '2099-01-01T00:00:00.000Z' });

    expect((await sim.call('DELETE', `${SS}/self-schedules/${id}`)).status).toBe(204);
    expect((await sim.call('GET', `${SS}/self-schedules/${id}`)).body.status).toBe('CANCELLED');
    expect((await sim.call('DELETE', `${SS}/self-schedules/${id}`)).status).toBe(409);
    expect((await sim.call('POST', `${SS}/self-schedules/${id}/application/${b}/interview`, { json: { startsOn: slots[3].startsOn } })).status).toBe(409);
    expect((await sim.call('GET', `${SS}/self-schedules/${id}/application/${b}/slots`)).body.content).toEqual([]);
  });

  it('validates automated schedules and answers 404 for unknown schedules, applications and hostile ids', async () => {
    const job1 = sim.state.jobs.list[1]!.id;
    const job2 = sim.state.jobs.list[2]!.id;
    const [a] = applicationsOf(job1, 1);
    const [b] = applicationsOf(job2, 1);
    for (const body of [{}, { applicationUuids: [] }, { applicationUuids: ['ghost'] }, { applicationUuids: [a, b] }, { applicationUuids: [a], durationMinutes: 5 }, { applicationUuids: [a], scheduleType: 'panel' }, { applicationUuids: [a], interviewerIds: ['ghost'] }]) {
      const r = await sim.call('POST', `${SS}/automated-self-schedules`, { json: body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.errors[0].message).toMatch(/^(applicationUuids|durationMinutes|scheduleType|interviewerIds):/);
    }
    for (const bad of ['nope', '%2e%2e', 'x'.repeat(3000)]) {
      expect([400, 404, 414]).toContain((await sim.call('GET', `${SS}/self-schedules/${bad}`)).status);
      expect([400, 404, 414]).toContain((await sim.call('GET', `${SS}/self-schedules/${bad}/application/${a}/slots`)).status);
    }
    const s = (await sim.call('GET', `${SS}/self-schedules?limit=1`)).body.content[0];
    expect((await sim.call('GET', `${SS}/self-schedules/${s.id}/application/${b}`)).status).toBe(404);
    const counts = await sim.call('POST', `${SS}/automated-self-schedules/INDIVIDUAL/application/${a}/slots/count/by-role`, { json: {} });
    expect(counts.status).toBe(200);
    expect(counts.body.totalFound).toBe(counts.body.content.length);
    expect((await sim.call('POST', `${SS}/automated-self-schedules/INDIVIDUAL/application/ghost/slots/count/by-role`, { json: {} })).status).toBe(404);
    expect((await sim.call('POST', `${SS}/automated-self-schedules/lower/application/${a}/slots/count/by-role`, { json: {} })).status).toBe(400);
  });
});
