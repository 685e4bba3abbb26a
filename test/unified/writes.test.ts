import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configurationOf } from '../../src/simulator/state/configuration-store.js';
import { simTotal } from '../server/server-testbed.js';
import { startUnifiedBed, type UnifiedBed } from './unified-testbed.js';

describe('unified writes: visible in the simulator, read back equal, bad input refused with nothing half-written', () => {
  let u: UnifiedBed;
  const write = (method: string, path: string, json?: unknown) => u.bed.call(method, `/unified/${path}?account_id=${u.account}`, json === undefined ? {} : { json });
  const read = async (path: string) => (await u.bed.call('GET', `/unified/${path}?account_id=${u.account}`)).body;
  const candidateRecord = (id: string) => u.sim.state.candidates.get(u.sim.state.candidates.indexOf(id));
  beforeAll(async () => {
    u = await startUnifiedBed({ seed: 5, candidates: 20, jobs: 4, users: 5 });
  });
  afterAll(() => u?.close());

  let created: { id: string; application_ids: string[] };

  it('creates a candidate with an application to a job, this product named as the source', async () => {
    const job = u.sim.state.jobs.list[0]!;
    const res = await write('POST', 'ats/candidates', {
      first_name: 'Grace',
      last_name: 'Hopper',
      email: 'grace.hopper@example.com',
      phone_number: '+1 555 0100',
      job_id: job.id,
      urls: [{ value: 'https://www.linkedin.com/in/grace', url_type: 'SOCIAL_MEDIA' }],
      tags: ['cobol'],
    });
    expect(res.status, res.text).toBe(201);
    created = res.body;
    const rec = candidateRecord(created.id);
    expect(rec).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', email: 'grace.hopper@example.com' });
    expect(rec.applications.map((a) => a.jobId)).toEqual([job.id]);
    expect(rec.applications[0]!.source).toMatchObject({ sourceTypeId: 'API', sourceId: 'srconnect' });
    expect(created.application_ids).toEqual([`${created.id}:${job.id}`]);
    expect(await read(`ats/candidates/${created.id}`)).toEqual(created);
    const app = await read(`ats/applications/${created.application_ids[0]}`);
    expect(app).toMatchObject({ candidate_id: created.id, job_id: job.id, source_details: { type_id: 'API', value_id: 'srconnect' }, outcome: 'ACTIVE' });
  });

  it('refuses a bad create before anything reaches SmartRecruiters, naming the field', async () => {
    const job = u.sim.state.jobs.list[0]!.id;
    const good = { first_name: 'A', last_name: 'B', email: 'ab@example.com', job_id: job };
    for (const [body, field] of [
      [{ ...good, colour: 'red' }, 'colour'],
      [{ ...good, email: 'not-an-email' }, 'email'],
      [{ ...good, first_name: 42 }, 'first_name'],
      [{ ...good, job_id: undefined }, 'job_id'],
      [{ ...good, tags: 'x' }, 'tags'],
      [{ ...good, source: { type_id: 'API' } }, 'source.value_id'],
    ] as const) {
      const before = await simTotal(u.sim);
      const res = await write('POST', 'ats/candidates', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(res.body.field).toBe(field);
      expect(await simTotal(u.sim)).toBe(before);
    }
    const live = u.sim.state.candidates.live;
    const unknownJob = await write('POST', 'ats/candidates', { ...good, job_id: 'no-such-job' });
    expect(unknownJob.status).toBe(400);
    expect(unknownJob.body).toMatchObject({ field: 'job_id', code: 'unknown_job' });
    expect(u.sim.state.candidates.live).toBe(live);
  });

  it('updates a candidate with custom fields; an unknown custom field changes nothing', async () => {
    const prop = configurationOf(u.sim.state).candidateProperties[0]!;
    const value = prop.type === 'SINGLE_SELECT' ? prop.values[0]!.id : prop.type === 'BOOLEAN' ? true : prop.type === 'NUMBER' ? 7 : 'from the unified API';
    const before = candidateRecord(created.id).updatedOn;
    const bad = await write('PATCH', `ats/candidates/${created.id}`, { last_name: 'Never', custom_fields: { 'no-such-property': 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'custom_fields.no-such-property', code: 'unknown_custom_field' });
    expect(candidateRecord(created.id)).toMatchObject({ lastName: 'Hopper', updatedOn: before });
    const empty = await write('PATCH', `ats/candidates/${created.id}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.detail).toMatch(/at least one field/);

    const res = await write('PATCH', `ats/candidates/${created.id}`, { last_name: 'Murray Hopper', tags: ['cobol', 'navy'], custom_fields: { [prop.id]: value } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ last_name: 'Murray Hopper', tags: ['cobol', 'navy'], custom_fields: { [prop.id]: value } });
    expect(candidateRecord(created.id)).toMatchObject({ lastName: 'Murray Hopper', tags: ['cobol', 'navy'], properties: { [prop.id]: value } });
    expect(await read(`ats/candidates/${created.id}`)).toEqual(res.body);
    expect((await write('PATCH', 'ats/candidates/nope', { last_name: 'X' })).status).toBe(404);
  });

  it('moves an application to a stage of the hiring process, with a reason; a stage not in it is refused', async () => {
    const id = created.application_ids[0]!;
    const process = configurationOf(u.sim.state).hiringProcesses.find((p) => p.active)!;
    const sub = process.subStatuses.INTERVIEW[0]!.label;
    const statusOf = () => candidateRecord(created.id).applications[0]!;
    const before = { ...statusOf() };
    for (const [body, field, code] of [
      [{ status: 'INTERVIEW', sub_status: 'Juggling test' }, 'sub_status', 'unknown_stage'],
      [{ status: 'interview' }, 'status', undefined],
      [{ status: 'INTERVIEW', reason_id: 'x' }, 'reason_id', undefined],
      [{ status: 'REJECTED', reason_id: 'no-such-reason' }, 'reason_id', 'unknown_reason'],
      [{ status: 'REJECTED', reason_id: configurationOf(u.sim.state).withdrawalReasons[0]!.id }, 'reason_id', 'unknown_reason'],
      [{ status: 'HIRED', starts_on: 'soon' }, 'starts_on', undefined],
    ] as const) {
      const res = await write('PUT', `ats/applications/${id}/stage`, body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.field).toBe(field);
      if (code) expect(res.body.code).toBe(code);
    }
    expect(statusOf()).toMatchObject({ status: before.status });
    const moved = await write('PUT', `ats/applications/${id}/stage`, { status: 'INTERVIEW', sub_status: sub });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.current_stage).toEqual({ id: `INTERVIEW:${sub}`, status: 'INTERVIEW', sub_status: sub });
    expect(statusOf()).toMatchObject({ status: 'INTERVIEW', subStatus: sub });
    const reason = configurationOf(u.sim.state).rejectionReasons[0]!;
    const rejected = await write('PUT', `ats/applications/${id}/stage`, { status: 'REJECTED', reason_id: reason.id });
    expect(rejected.body).toMatchObject({ outcome: 'REJECTED', reject_reason: { id: reason.id } });
    expect(statusOf()).toMatchObject({ status: 'REJECTED' });
    expect(await read(`ats/applications/${id}`)).toEqual(rejected.body);
    expect(rejected.body.status_history.map((h: { status: string }) => h.status)).toEqual(expect.arrayContaining(['INTERVIEW', 'REJECTED']));
  });

  let userId: string;

  it('creates, updates, re-roles, deactivates and reactivates a user', async () => {
    const res = await write('POST', 'user-directory/users', { email: 'new.hire@example.com', first_name: 'New', last_name: 'Hire', role_id: 'STANDARD', external_id: 'EMP-9' });
    expect(res.status, res.text).toBe(201);
    userId = res.body.id;
    expect(u.sim.state.users.get(userId)).toMatchObject({ email: 'new.hire@example.com', systemRole: { id: 'STANDARD' }, externalData: 'EMP-9' });
    expect(await read(`user-directory/users/${userId}`)).toEqual(res.body);

    const updated = await write('PATCH', `user-directory/users/${userId}`, { first_name: 'Newer', language: 'fr' });
    expect(updated.body).toMatchObject({ first_name: 'Newer', language: 'fr' });
    expect(u.sim.state.users.get(userId)).toMatchObject({ firstName: 'Newer' });

    const role = await write('PUT', `user-directory/users/${userId}/role`, { role_id: 'HIRING_MANAGER' });
    expect(role.body.role_id).toBe('HIRING_MANAGER');
    expect(u.sim.state.users.get(userId)!.systemRole.id).toBe('HIRING_MANAGER');

    const off = await write('POST', `user-directory/users/${userId}/deactivate`);
    expect(off.body.is_active).toBe(false);
    expect(u.sim.state.users.get(userId)!.active).toBe(false);
    const on = await write('POST', `user-directory/users/${userId}/reactivate`);
    expect(on.body.is_active).toBe(true);
    expect(await read(`user-directory/users/${userId}`)).toEqual(on.body);
  });

  it('user errors: e-mail in use is a 409, a role in the wrong letter case says role ids are case-sensitive; nothing written', async () => {
    const taken = u.sim.state.users.list[0]!.email;
    const count = u.sim.state.users.list.length;
    const dup = await write('POST', 'user-directory/users', { email: taken.toUpperCase(), first_name: 'D', last_name: 'U', role_id: 'EMPLOYEE' });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ field: 'email', code: 'email_in_use' });
    const dupUpdate = await write('PATCH', `user-directory/users/${userId}`, { email: taken });
    expect(dupUpdate.status).toBe(409);
    expect(u.sim.state.users.get(userId)!.email).toBe('new.hire@example.com');
    const lower = await write('POST', 'user-directory/users', { email: 'case@example.com', first_name: 'C', last_name: 'S', role_id: 'administrator' });
    expect(lower.status).toBe(400);
    expect(lower.body.field).toBe('role_id');
    expect(lower.body.detail).toMatch(/case-sensitive.*"ADMINISTRATOR"/);
    const unknownRole = await write('PUT', `user-directory/users/${userId}/role`, { role_id: 'SUPERUSER' });
    expect(unknownRole.status).toBe(400);
    expect(unknownRole.body.field).toBe('role_id');
    expect(u.sim.state.users.list.length).toBe(count);
    expect(u.sim.state.users.get(userId)!.systemRole.id).toBe('HIRING_MANAGER');
    expect((await write('POST', 'user-directory/users/nope/deactivate')).status).toBe(404);
  });

  it('creates a scorecard for an application, read back equal', async () => {
    const res = await write('POST', 'ats/scorecards', { application_id: created.application_ids[0], interviewer_id: userId, overall_rating: 4, comment: 'Sharp.' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ application_id: created.application_ids[0], interviewer_id: userId, overall_rating: 4, overall_recommendation: 'YES', comment: 'Sharp.' });
    expect(await read(`ats/scorecards/${res.body.id}`)).toEqual(res.body);
    const listed = await u.get('ats/scorecards', { candidate_id: created.id });
    expect(listed.body.result.map((s: { id: string }) => s.id)).toContain(res.body.id);
    for (const [body, field] of [
      [{ application_id: 'nope', overall_rating: 4 }, 'application_id'],
      [{ application_id: 'a:b', overall_rating: 4 }, 'application_id'],
      [{ application_id: created.application_ids[0], overall_rating: 6 }, 'overall_rating'],
      [{ application_id: created.application_ids[0], overall_rating: 3, interviewer_id: 'ghost' }, 'interviewer_id'],
    ] as const) {
      const bad = await write('POST', 'ats/scorecards', body);
      expect(bad.status, bad.text).toBe(400);
      expect(bad.body.field).toBe(field);
    }
  });
});
