import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/simulator/index.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

describe('simulator: candidate attachments, resume parsing, consent, job applications', () => {
  let sim: Sim;
  const events: SimEvent[] = [];
  beforeAll(async () => {
    sim = await startSim({ seed: 7, candidates: 120, jobs: 12, rateLimits: { enabled: false } });
    sim.state.onEvent((e) => events.push(e));
  });
  afterAll(() => sim.close());

  const upload = async (path: string, parts: { type?: string; file?: Blob; fileName?: string; extra?: Record<string, string> }) => {
    const form = new FormData();
    if (parts.type !== undefined) form.append('attachmentType', parts.type);
    if (parts.file) form.append('file', parts.file, parts.fileName ?? 'file.bin');
    for (const [k, v] of Object.entries(parts.extra ?? {})) form.append(k, v);
    return sim.call('POST', path, { raw: form });
  };
  const download = async (path: string) => {
    const res = await fetch(`${sim.url}${path}`, { headers: { 'X-SmartToken': sim.apiKey } });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it('uploads a real multipart file, lists it and downloads the same bytes with type and name', async () => {
    const c = sim.state.candidates.get(3);
    const job = c.applications[0]!.jobId;
    const bytes = randomBytes(300_000);
    events.length = 0;
    const up = await upload(`/candidates/${c.id}/jobs/${job}/attachments`, { type: 'COVER_LETTER', file: new Blob([bytes], { type: 'application/pdf' }), fileName: 'Lettre de motivation – é.pdf' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ id: expect.any(String), name: 'Lettre de motivation – é.pdf', type: 'COVER_LETTER', contentType: 'application/pdf', size: 300_000 });
    expect(events.map((e) => e.name)).toEqual(['application.attachment.created']);
    expect(events[0]!.body).toEqual({ job_id: job, candidate_id: c.id, application_id: sim.state.applicationId(c.id, job), attachment_id: up.body.id });

    const forJob = await sim.call('GET', `/candidates/${c.id}/jobs/${job}/attachments`);
    expect(forJob.body.content.map((a: { id: string }) => a.id)).toContain(up.body.id);
    const all = await sim.call('GET', `/candidates/${c.id}/attachments`);
    expect(all.body.totalFound).toBe(2); // the seeded resume and the new letter
    const listed = all.body.content.find((a: { id: string }) => a.id === up.body.id);
    expect(listed.actions.download).toEqual({ url: `${sim.url}/candidates/${c.id}/attachments/${up.body.id}`, method: 'GET' });

    for (const path of [`/candidates/${c.id}/attachments/${up.body.id}`, `/candidates/attachments/${up.body.id}`]) {
      const { res, bytes: got } = await download(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Lettre de motivation – é.pdf')}`);
      expect(got.equals(bytes)).toBe(true);
    }
  });

  it('serves the seeded resume as a parseable PDF built from the profile', async () => {
    const c = sim.state.candidates.get(10);
    const list = await sim.call('GET', `/candidates/${c.id}/attachments`);
    const resume = list.body.content.find((a: { type: string }) => a.type === 'RESUME');
    const { res, bytes } = await download(`/candidates/attachments/${resume.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(resume.size);
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), resume.name);
    const parsed = await sim.call('POST', '/candidates/cv/parse', { raw: form });
    expect(parsed.status).toBe(200);
    expect(parsed.body).toMatchObject({ firstName: c.firstName, lastName: c.lastName, email: c.email, phoneNumber: c.phoneNumber });
  });

  it('rejects bad uploads with a 400 naming the part, and too-large files with 413', async () => {
    const c = sim.state.candidates.get(4);
    const noFile = await upload(`/candidates/${c.id}/attachments`, { type: 'RESUME' });
    expect(noFile.status).toBe(400);
    expect(noFile.body.message).toMatch(/^file: is required/);
    const badType = await upload(`/candidates/${c.id}/attachments`, { type: 'PHOTO', file: new Blob(['x']) });
    expect(badType.status).toBe(400);
    expect(badType.body.message).toContain('attachmentType: must be one of GENERIC_FILE, RESUME, COVER_LETTER');
    const both = await upload(`/candidates/${c.id}/attachments`, {});
    expect(both.status).toBe(400);
    expect(both.body.errors.map((e: { message: string }) => e.message.split(':')[0])).toEqual(['attachmentType', 'file']);
    const textInsteadOfFile = await upload(`/candidates/${c.id}/attachments`, { type: 'RESUME', extra: { file: 'not a file' } });
    expect(textInsteadOfFile.status).toBe(400);
    expect(textInsteadOfFile.body.message).toMatch(/^file: must be a file part/);
    const empty = await upload(`/candidates/${c.id}/attachments`, { type: 'RESUME', file: new Blob([]) });
    expect(empty.status).toBe(400);
    const big = await upload(`/candidates/${c.id}/attachments`, { type: 'GENERIC_FILE', file: new Blob([Buffer.alloc(10 * 1024 * 1024 + 1)]) });
    expect(big.status).toBe(413);
    expect(big.body.message).toMatch(/^file: .* the limit is 10485760 bytes/);
    const json = await sim.call('POST', `/candidates/${c.id}/attachments`, { json: { attachmentType: 'RESUME' } });
    expect(json.status).toBe(415);
    const list = await sim.call('GET', `/candidates/${c.id}/attachments`);
    expect(list.body.totalFound).toBe(1); // nothing half-stored
    const otherJob = sim.state.jobs.list.find((j) => !c.applications.some((a) => a.jobId === j.id))!;
    const notApplied = await upload(`/candidates/${c.id}/jobs/${otherJob.id}/attachments`, { type: 'RESUME', file: new Blob(['x']) });
    expect(notApplied.status).toBe(404);
  });

  it('deletes an attachment; it is gone from lists and downloads', async () => {
    const c = sim.state.candidates.get(5);
    const up = await upload(`/candidates/${c.id}/attachments`, { type: 'GENERIC_FILE', file: new Blob(['hello world'], { type: 'text/plain' }), fileName: 'notes.txt' });
    expect(up.status).toBe(201);
    expect((await download(`/candidates/attachments/${up.body.id}`)).bytes.toString()).toBe('hello world');
    expect((await sim.call('DELETE', `/candidates/attachments/${up.body.id}`)).status).toBe(204);
    expect((await sim.call('GET', `/candidates/attachments/${up.body.id}`)).status).toBe(404);
    expect((await sim.call('DELETE', `/candidates/attachments/${up.body.id}`)).status).toBe(404);
    const list = await sim.call('GET', `/candidates/${c.id}/attachments`);
    expect(list.body.content.map((a: { id: string }) => a.id)).not.toContain(up.body.id);
    expect((await sim.call('GET', `/candidates/${c.id}/attachments/${list.body.content[0].id}`)).status).toBe(200);
    const other = sim.state.candidates.get(6);
    expect((await sim.call('GET', `/candidates/${other.id}/attachments/${list.body.content[0].id}`)).status).toBe(404);
  });

  it('parses a plain-text resume without storing it, and creates candidates from resumes', async () => {
    const text = 'Grace Brewster Hopper\nSenior engineer\ngrace.hopper@example.org | +1 (555) 123-4567\nhttps://www.linkedin.com/in/grace-hopper\n';
    const form = () => {
      const f = new FormData();
      f.append('file', new Blob([text], { type: 'text/plain' }), 'grace.txt');
      return f;
    };
    const before = sim.state.candidates.live;
    const parsed = await sim.call('POST', '/candidates/cv/parse', { raw: form() });
    expect(parsed.body).toMatchObject({ firstName: 'Grace', lastName: 'Brewster Hopper', email: 'grace.hopper@example.org', phoneNumber: '+1 (555) 123-4567', web: { linkedin: 'https://www.linkedin.com/in/grace-hopper' } });
    expect(sim.state.candidates.live).toBe(before);
    const unknown = new FormData();
    unknown.append('file', new Blob(['lorem ipsum'], { type: 'text/plain' }), 'x.txt');
    const nothing = await sim.call('POST', '/candidates/cv/parse', { raw: unknown });
    expect(nothing.status).toBe(200);
    expect(nothing.body.firstName).toBeUndefined();
    expect(nothing.body.email).toBeUndefined();

    events.length = 0;
    const pool = await sim.call('POST', '/candidates/cv', { raw: form() });
    expect(pool.status).toBe(201);
    expect(pool.body).toMatchObject({ firstName: 'Grace', lastName: 'Brewster Hopper', email: 'grace.hopper@example.org', secondaryAssignments: [] });
    expect(events.map((e) => e.name)).toEqual(['candidate.created', 'candidate.updated']);
    const files = await sim.call('GET', `/candidates/${pool.body.id}/attachments`);
    expect(files.body.content).toEqual([expect.objectContaining({ name: 'grace.txt', type: 'RESUME', contentType: 'text/plain' })]);

    const job = sim.state.jobs.list[2]!.id;
    const f = form();
    f.append('sourceTypeId', 'REFERRAL');
    f.append('sourceId', 'employee-referral');
    events.length = 0;
    const applied = await sim.call('POST', `/jobs/${job}/candidates/cv`, { raw: f });
    expect(applied.status).toBe(201);
    expect(applied.body.primaryAssignment).toMatchObject({ job: { id: job }, status: 'NEW', source: 'employee-referral' });
    expect(events.map((e) => e.name)).toEqual(['candidate.created', 'application.created', 'application.attachment.created']);

    const noName = await sim.call('POST', '/candidates/cv', { raw: unknown });
    expect(noName.status).toBe(422);
    expect(noName.body.message).toMatch(/^file: no name or e-mail address found/);
    expect((await sim.call('POST', '/candidates/cv', { raw: new FormData() })).status).toBe(400);
    expect((await sim.call('POST', `/jobs/00000000-0000-4000-a000-000000000000/candidates/cv`, { raw: form() })).status).toBe(404);
  });

  it('requests consent in a batch and reports status and decisions', async () => {
    const ids = [20, 21, 22, 23].map((i) => sim.state.candidates.get(i));
    const needing = ids.filter((c) => c.consentStatus !== 'ACQUIRED');
    const acquired = ids.find((c) => c.consentStatus === 'ACQUIRED');
    expect(needing.length).toBeGreaterThan(0);
    const asked = sim.state.now();
    const res = await sim.call('POST', '/candidates/consent-requests', { json: { candidates: [...ids.map((c) => ({ id: c.id })), { id: 'nope' }] } });
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(5);
    expect(res.body.results[4]).toMatchObject({ id: 'nope', status: 'FAILURE', error: { code: 'NOT_FOUND' } });
    for (const c of needing) {
      expect(res.body.results.find((r: { id: string }) => r.id === c.id).status).toBe('SUCCESS');
      const status = await sim.call('GET', `/candidates/${c.id}/consent`);
      expect(status.body).toEqual({ status: 'PENDING' });
      const decisions = await sim.call('GET', `/candidates/${c.id}/consents`);
      // A pending request means no decision yet: ConsentDecisionStatus `required`, scope `Single` (docs' enums).
      expect(decisions.body).toEqual({ decisions: [{ status: 'required', scope: 'Single' }], recentPendingRequestCreatedOn: expect.any(String) });
      const requested = Date.parse(decisions.body.recentPendingRequestCreatedOn);
      expect(requested).toBeGreaterThanOrEqual(asked);
      expect(requested).toBeLessThanOrEqual(sim.state.now());
    }
    if (acquired) {
      expect(res.body.results.find((r: { id: string }) => r.id === acquired.id).status).toBe('FAILURE');
      const status = await sim.call('GET', `/candidates/${acquired.id}/consent`);
      expect(status.body).toEqual({ status: 'ACQUIRED', date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    }
    const bad = await sim.call('POST', '/candidates/consent-requests', { json: {} });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^candidates:/);
  });

  it('serves seeded screening answers and the Job Applications API over real applications', async () => {
    const c = sim.state.candidates.get(30);
    const app = c.applications[0]!;
    const answers = await sim.call('GET', `/candidates/${c.id}/jobs/${app.jobId}/screening-answers`);
    expect(answers.status).toBe(200);
    if (app.source.sourceTypeId !== 'API') {
      expect(answers.body.totalFound).toBeGreaterThan(0);
      expect(answers.body.content[0]).toMatchObject({ id: 'drivingCurrent', type: 'radio', category: 'drivingCurrent', label: expect.any(String), records: [{ fields: [{ values: [expect.stringMatching(/^(Yes|No)$/)] }] }] });
    }
    const appId = sim.state.applicationId(c.id, app.jobId);
    const got = await sim.call('GET', `/job-applications-api/v202112/job-applications/${appId}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id: appId, status: app.status, profileId: c.id, jobId: app.jobId, sourceIdentifier: app.source.sourceId, createDate: new Date(app.createdOn).toISOString() });
    const status = await sim.call('GET', `/candidate-status-api/status/${appId}`);
    expect(status.body.status).toBe(app.status === 'OFFERED' ? 'OFFER' : app.status === 'HIRED' ? 'HIRE' : app.status);
    const consents = await sim.call('GET', `/job-applications-api/v202112/job-applications/${appId}/consents`);
    expect(consents.body.decisions[0]).toMatchObject({ status: c.consentStatus === 'ACQUIRED' ? 'acquired' : 'required', scope: 'Single' });

    events.length = 0;
    expect((await sim.call('DELETE', `/job-applications-api/v202112/job-applications/${appId}`)).status).toBe(204);
    expect(events.map((e) => e.name)).toEqual(['candidate.updated']);
    expect((await sim.call('GET', `/job-applications-api/v202112/job-applications/${appId}`)).status).toBe(404);
    expect((await sim.call('GET', `/candidates/${c.id}/jobs/${app.jobId}`)).status).toBe(404);
    expect((await sim.call('GET', '/job-applications-api/v202112/job-applications/not-an-id')).status).toBe(404);
  });
});
