import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configurationOf } from '../../src/simulator/state/configuration-store.js';
import { startUnifiedBed, walk, type UnifiedBed } from './unified-testbed.js';

/** The README's four seed use cases, run as written: unified calls only, never a SmartRecruiters path. */
describe('the seed use cases through the unified API alone', () => {
  let u: UnifiedBed;
  const call = (method: string, path: string, json?: unknown) => u.bed.call(method, `/unified/${path}${path.includes('?') ? '&' : '?'}account_id=${u.account}`, json === undefined ? {} : { json });
  beforeAll(async () => {
    u = await startUnifiedBed({ seed: 9, candidates: 30, jobs: 4, users: 6 });
  });
  afterAll(() => u?.close());

  it('the README section uses unified routes only', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## The unified API'), readme.indexOf('## Using the client'));
    const urls = section.match(/\$API(\/[^\s?"']*)/g) ?? [];
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url).toMatch(/^\$API\/unified\//);
  });

  it('1. sourcing push, 2. stage-triggered assessment, 3. hired export, 4. interviewer panel', async () => {
    const jobs = (await call('GET', 'ats/jobs?status=OPEN&limit=100')).body.result as { id: string }[];
    const job = jobs[0]!.id;
    // 1
    const cand = await call('POST', 'ats/candidates', { first_name: 'Ada', last_name: 'Lovelace', email: 'ada.seed@example.com', job_id: job });
    expect(cand.status, cand.text).toBe(201);
    const appId = cand.body.application_ids[0] as string;
    // 2
    const atStage = await walk(u, 'ats/applications', { status: 'NEW', limit: 100 });
    expect(atStage.ids).toContain(appId);
    const up = await u.bed.call('POST', `/unified/ats/attachments?${new URLSearchParams({ account_id: u.account, candidate_id: cand.body.id, job_id: job, file_name: 'assessment.pdf' })}`, { body: '%PDF-1.4 result', headers: { 'content-type': 'application/pdf' } });
    expect(up.status, up.text).toBe(201);
    const sub = configurationOf(u.sim.state).hiringProcesses.find((p) => p.active)!.subStatuses.INTERVIEW[0]!.label;
    const moved = await call('PUT', `ats/applications/${appId}/stage`, { status: 'INTERVIEW', sub_status: sub });
    expect(moved.body.current_stage.sub_status).toBe(sub);
    // 3
    const hired = await call('PUT', `ats/applications/${appId}/stage`, { status: 'HIRED', starts_on: '2027-01-04T09:00:00Z' });
    expect(hired.body).toMatchObject({ outcome: 'HIRED', starts_on: '2027-01-04T09:00:00.000Z' });
    const exported = await walk(u, 'ats/applications', { status: 'HIRED', limit: 100 });
    expect(exported.ids).toContain(appId);
    const person = await call('GET', `ats/candidates/${cand.body.id}`);
    const role = await call('GET', `ats/jobs/${job}`);
    expect(person.body.email_addresses[0].value).toBe('ada.seed@example.com');
    expect(role.body).toMatchObject({ id: job, department: expect.any(Object), hiring_team: expect.any(Array) });
    expect((await call('GET', `ats/offers?candidate_id=${cand.body.id}&job_id=${job}`)).status).toBe(200);
    // 4
    const someone = (await call('GET', 'user-directory/users?limit=1')).body.result[0].id as string;
    const review = await call('POST', 'ats/scorecards', { application_id: appId, interviewer_id: someone, overall_rating: 5 });
    expect(review.status, review.text).toBe(201);
    const panel = await call('GET', `ats/interviews?candidate_id=${cand.body.id}`);
    expect(panel.status).toBe(200);
    const feedback = await call('GET', `ats/scorecards?candidate_id=${cand.body.id}`);
    expect(feedback.body.result.map((s: { interviewer_id: string }) => s.interviewer_id)).toContain(someone);
  });
});
