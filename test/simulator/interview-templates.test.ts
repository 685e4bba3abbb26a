import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const IT = '/interview-templates';
const HOSTILE = ['nope', '%2e%2e', 'x'.repeat(3000)];

describe('simulator Interview Templates API', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ seed: 9, candidates: 200, jobs: 12, users: 6, rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  it('interview templates: create → read → page (page/limit) → update → delete, 400s naming the field', async () => {
    const user = sim.state.users.list[2]!.id;
    const created = await sim.call('POST', `${IT}/interview/templates`, { json: { name: 'Pairing', durationMinutes: 75, interviewType: 'Onsite', interviewers: [user] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Pairing', durationMinutes: 75, interviewers: [{ id: user }] });
    const id = created.body.id;
    expect((await sim.call('GET', `${IT}/interview/templates/${id}`)).body).toEqual(created.body);
    const page = (await sim.call('GET', `${IT}/interview/templates?page=0&limit=2`)).body;
    expect(page).toMatchObject({ page: 0, pageSize: 2, totalElements: 5, totalPages: 3 });
    const last = (await sim.call('GET', `${IT}/interview/templates?page=2&limit=2`)).body;
    expect(last.content.map((t: { id: string }) => t.id)).toEqual([id]);
    const put = await sim.call('PUT', `${IT}/interview/templates/${id}`, { json: { name: 'Pairing 2', durationMinutes: 60 } });
    expect(put.body).toMatchObject({ name: 'Pairing 2', durationMinutes: 60 });
    for (const body of [{ name: 'x' }, { name: 'x', durationMinutes: 0 }, { name: 'x', durationMinutes: 1.5 }, { name: 'x', durationMinutes: 9999 }, { durationMinutes: 30 }, { name: 'x', durationMinutes: 30, interviewers: ['ghost'] }]) {
      const r = await sim.call('POST', `${IT}/interview/templates`, { json: body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.errors[0].message).toMatch(/^(name|durationMinutes|interviewers):/);
    }
    expect((await sim.call('DELETE', `${IT}/interview/templates/${id}`)).status).toBe(204);
    expect((await sim.call('GET', `${IT}/interview/templates/${id}`)).status).toBe(404);
    for (const bad of HOSTILE) expect([400, 404, 414]).toContain((await sim.call('GET', `${IT}/interview/templates/${bad}`)).status);
  });

  it('plans: create → read → list → update → delete; deleting a plan a job uses removes that job plan too', async () => {
    const its = (await sim.call('GET', `${IT}/interview/templates?limit=100`)).body.content;
    const created = await sim.call('POST', `${IT}/templates`, { json: { name: 'Short plan', interviewTemplateIds: [its[0].id] } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await sim.call('GET', `${IT}/templates/${id}`)).body).toEqual(created.body);
    const list = (await sim.call('GET', `${IT}/templates?pageSize=100`)).body;
    expect(list.content.map((p: { id: string }) => p.id)).toContain(id);
    expect((await sim.call('PUT', `${IT}/templates/${id}`, { json: { name: 'Short plan 2', interviewTemplateIds: [] } })).body.name).toBe('Short plan 2');
    expect((await sim.call('POST', `${IT}/templates`, { json: { name: 'x', interviewTemplateIds: ['ghost'] } })).status).toBe(400);
    const job = sim.state.jobs.list[0]!;
    expect((await sim.call('PUT', `${IT}/job-templates/jobs/${job.id}/hiringStages/IN_REVIEW`, { json: { templateId: id } })).status).toBeLessThan(300);
    expect((await sim.call('DELETE', `${IT}/templates/${id}`)).status).toBe(204);
    expect((await sim.call('GET', `${IT}/job-templates/jobs/${job.id}/hiringStages/IN_REVIEW`)).status).toBe(404);
    const spare = (await sim.call('POST', `${IT}/templates`, { json: { name: 'Spare' } })).body;
    expect((await sim.call('DELETE', `${IT}/templates/${spare.id}`)).status).toBe(204);
    expect((await sim.call('GET', `${IT}/templates/${spare.id}`)).status).toBe(404);
  });

  it('job plans per hiring stage: upsert creates then replaces, interviewers patched, found by job, stage and application', async () => {
    const plans = (await sim.call('GET', `${IT}/templates?pageSize=100`)).body.content;
    const job = sim.state.jobs.list[3]!;
    const user = sim.state.users.list[1]!.id;
    const first = await sim.call('PUT', `${IT}/job-templates/jobs/${job.id}/hiringStages/OFFERED`, { json: { templateId: plans[0].id } });
    expect(first.status).toBe(201);
    const again = await sim.call('PUT', `${IT}/job-templates/jobs/${job.id}/hiringStages/OFFERED`, { json: { templateId: plans[1].id, interviewers: [user] } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, templateId: plans[1].id, interviewers: [{ id: user }] });
    expect((await sim.call('GET', `${IT}/job-templates/jobs/${job.id}/hiringStages/OFFERED`)).body.id).toBe(first.body.id);
    expect((await sim.call('GET', `${IT}/managed-steps/jobs/${job.id}`)).body.steps).toContain('OFFERED');
    const patched = await sim.call('PATCH', `${IT}/job-templates/${first.body.id}`, { json: { interviewers: [user, user] } });
    expect(patched.body.interviewers).toEqual([{ id: user }]);
    // The SDK's shapes: interviewers as {userId} objects, the plan named by interviewTemplateId.
    const sdk = await sim.call('PUT', `${IT}/job-templates/${first.body.id}`, { json: { interviewTemplateId: plans[0].id, interviewers: [{ userId: user }] } });
    expect(sdk.body).toMatchObject({ templateId: plans[0].id, interviewers: [{ id: user }] });
    expect((await sim.call('PATCH', `${IT}/job-templates/${first.body.id}`, { json: { interviewers: [{ name: 'x' }] } })).status).toBe(400);
    const all = (await sim.call('GET', `${IT}/job-templates/jobs/${job.id}`)).body;
    expect(all.content.map((t: { hiringStage: string }) => t.hiringStage)).toContain('OFFERED');
    expect((await sim.call('GET', `${IT}/job-templates/jobs/${job.id}/hiringStages/offered`)).status).toBe(400);
    expect((await sim.call('GET', `${IT}/job-templates/jobs/${job.id}/hiringStages/NEW`)).status).toBe(404);
    expect((await sim.call('PUT', `${IT}/job-templates/jobs/${job.id}/hiringStages/NEW`, { json: {} })).status).toBe(400);
    expect((await sim.call('PUT', `${IT}/job-templates/jobs/ghost/hiringStages/NEW`, { json: { templateId: plans[0].id } })).status).toBe(404);

    // Applications: the plan of the stage the application is in.
    let c = sim.state.candidates.get(0);
    for (let i = 0; i < sim.state.candidates.size; i++) {
      c = sim.state.candidates.get(i);
      if (c.applications.some((x) => x.jobId === job.id)) break;
    }
    expect(c.applications.some((x) => x.jobId === job.id)).toBe(true);
    const appId = sim.state.applicationId(c.id, job.id);
    const stage = c.applications.find((a) => a.jobId === job.id)!.status;
    await sim.call('PUT', `${IT}/job-templates/jobs/${job.id}/hiringStages/${['NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED'].includes(stage) ? stage : 'NEW'}`, { json: { templateId: plans[0].id } });
    const byApp = await sim.call('GET', `${IT}/job-templates/job-applications/${appId}`);
    // The plan of the application's stage, or else the job's first plan.
    if (['NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED'].includes(stage)) expect(byApp.body).toMatchObject({ jobId: job.id, hiringStage: stage });
    else expect(byApp.body).toMatchObject({ jobId: job.id });
    const search = await sim.call('POST', `${IT}/job-templates/jobs/${job.id}/search`, { json: { applicationIds: [appId, 'ghost'] } });
    expect(search.body.content[1]).toEqual({ applicationId: 'ghost', jobTemplate: null });
    expect((await sim.call('GET', `${IT}/interview/templates/job-applications/${appId}`)).status).toBe(200);
    expect((await sim.call('GET', `${IT}/job-templates/job-applications/not-an-application`)).status).toBe(404);
  });

  it("a job's interview copies: listed by job, updated, interviewers replaced; managed steps validated; schedule preferences per user", async () => {
    let job = sim.state.jobs.list[0]!;
    let copies = { content: [] as { id: string }[] };
    for (const j of sim.state.jobs.list) {
      job = j;
      copies = (await sim.call('GET', `${IT}/interview/templates/jobs/${j.id}`)).body;
      if (copies.content.length > 0) break;
    }
    expect(copies.content.length).toBeGreaterThan(0);
    {
      const copy = copies.content[0]!;
      expect(copy).toMatchObject({ jobId: job.id, baseTemplateId: expect.any(String) });
      const up = await sim.call('PUT', `${IT}/interview/templates/job/${copy.id}`, { json: { name: 'Our screen', durationMinutes: 20 } });
      expect(up.body).toMatchObject({ id: copy.id, name: 'Our screen', durationMinutes: 20 });
      const user = sim.state.users.list[4]!.id;
      expect((await sim.call('PATCH', `${IT}/interview/templates/job/${copy.id}`, { json: { interviewers: [user] } })).body.interviewers).toEqual([{ id: user }]);
      expect((await sim.call('GET', `${IT}/interview/templates/jobs/${job.id}`)).body.content.find((t: { id: string }) => t.id === copy.id).name).toBe('Our screen');
      // A job copy is not a company template.
      expect((await sim.call('GET', `${IT}/interview/templates/${copy.id}`)).status).toBe(404);
    }
    expect((await sim.call('PUT', `${IT}/managed-steps/jobs/${job.id}`, { json: { steps: ['INTERVIEW', 'NEW', 'NEW'] } })).body.steps).toEqual(['INTERVIEW', 'NEW']);
    expect((await sim.call('PUT', `${IT}/managed-steps/jobs/${job.id}`, { json: { steps: ['HIRED'] } })).status).toBe(400);
    expect((await sim.call('GET', `${IT}/managed-steps/jobs/${job.id}`)).body.steps).toEqual(['INTERVIEW', 'NEW']);
    const prefs = await sim.call('GET', `${IT}/schedule/preferences/users/${sim.state.users.list[0]!.id}`);
    expect(prefs.body).toMatchObject({ userId: sim.state.users.list[0]!.id, workingHours: { start: expect.any(String) } });
    for (const bad of HOSTILE) expect([400, 404, 414]).toContain((await sim.call('GET', `${IT}/schedule/preferences/users/${bad}`)).status);
  });
});
