import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/simulator/index.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
type P = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('simulator: Posting API and Application API', () => {
  let sim: Sim;
  const events: SimEvent[] = [];
  let company: string;
  beforeAll(async () => {
    sim = await startSim({ seed: 5, candidates: 80, jobs: 40, rateLimits: { enabled: false } });
    sim.state.onEvent((e) => events.push(e));
    company = sim.state.companyId;
  });
  afterAll(() => sim.close());

  const publicGet = (path: string) => sim.call('GET', path, { auth: false });
  const allPostings = async (query = ''): Promise<P[]> => {
    const out: P[] = [];
    for (let offset = 0; ; offset += 7) {
      const page = (await publicGet(`/v1/companies/${company}/postings?limit=7&offset=${offset}${query}`)).body;
      out.push(...page.content);
      if (page.content.length < 7) {
        expect(out).toHaveLength(page.totalFound);
        return out;
      }
    }
  };

  it('lists the seeded public postings without auth, pages by offset and answers each by id and uuid', async () => {
    const first = await publicGet(`/v1/companies/${company}/postings`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ limit: 10, offset: 0, totalFound: expect.any(Number) });
    const published = sim.state.jobs.list.filter((j) => j.postingStatus === 'PUBLIC');
    expect(first.body.totalFound).toBe(published.length);
    expect(first.body.totalFound).toBeGreaterThan(0);
    const all = await allPostings();
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    const dates = all.map((p) => Date.parse(p.releasedDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const p = all[0]!;
    expect(p).toMatchObject({
      id: expect.stringMatching(/^\d+$/), uuid: expect.any(String), name: expect.any(String), jobAdId: expect.any(String), defaultJobAd: true,
      company: { identifier: company, name: sim.state.companyName }, location: { country: expect.stringMatching(/^[a-z]{2}$/), city: expect.any(String), remote: expect.any(Boolean) },
      ref: `${sim.url}/v1/companies/${company}/postings/${p.id}`, creator: { name: expect.any(String) }, language: { code: 'en' },
    });
    const byId = await publicGet(`/v1/companies/${company}/postings/${p.id}?sourceTypeId=JOB_BOARD&sourceId=acme-board`);
    expect(byId.body).toMatchObject({ id: p.id, active: true, jobAd: { sections: expect.any(Object) }, postingUrl: expect.stringContaining(p.id) });
    expect(new URL(byId.body.applyUrl).searchParams.get('sourceId')).toBe('acme-board');
    const byUuid = await publicGet(`/v1/companies/${company}/postings/${p.uuid}`);
    expect(byUuid.body.id).toBe(p.id);
    expect((await publicGet(`/v1/companies/${company}/postings/123`)).status).toBe(404);
    expect((await publicGet(`/v1/companies/NoSuchCompany/postings`)).status).toBe(404);
    expect((await publicGet(`/v1/companies/${company.toLowerCase()}/postings`)).status).toBe(200);
    const tooMany = await publicGet(`/v1/companies/${company}/postings?limit=101`);
    expect(tooMany.status).toBe(400);
  });

  it('filters postings by q, country, city, department, language, destination and releasedAfter', async () => {
    const all = await allPostings();
    const sample = all[1]!;
    const check = async (query: string, pred: (p: P) => boolean) => {
      const got = await allPostings(query);
      expect(got.map((p) => p.id).sort()).toEqual(all.filter(pred).map((p) => p.id).sort());
      return got;
    };
    expect((await check(`&country=${sample.location.country.toUpperCase()}`, (p) => p.location.country === sample.location.country)).length).toBeGreaterThan(0);
    expect((await check(`&city=${encodeURIComponent(sample.location.city)}`, (p) => p.location.city === sample.location.city)).length).toBeGreaterThan(0);
    expect((await check(`&department=${sample.department.id}`, (p) => p.department?.id === sample.department.id)).length).toBeGreaterThan(0);
    const word = sample.name.split(' ')[0].toLowerCase();
    await check(`&q=${encodeURIComponent(word)}`, (p) => [p.name, p.location.city, p.location.region].some((f: string) => f.toLowerCase().includes(word)) || sim.state.jobs.list.some((j) => j.refNumber === p.refNumber && String(j.location['country']).toLowerCase().includes(word)));
    expect(await check('&language=fr,de', () => false)).toEqual([]);
    await check('&language=en', () => true);
    await check('&locationType=REMOTE', (p) => p.location.remote === true);
    const cutoff = sample.releasedDate;
    await check(`&releasedAfter=${encodeURIComponent(cutoff)}`, (p) => Date.parse(p.releasedDate) > Date.parse(cutoff));
    const internal = await allPostings('&destination=INTERNAL');
    expect(internal.length).toBe(sim.state.jobs.list.filter((j) => j.postingStatus === 'INTERNAL').length);
    expect((await allPostings('&destination=INTERNAL_OR_PUBLIC')).length).toBe(internal.length + all.length);
    const bad = await publicGet(`/v1/companies/${company}/postings?releasedAfter=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^releasedAfter:/);
    const depts = await publicGet(`/v1/companies/${company}/departments`);
    expect(depts.body.totalFound).toBe(sim.state.departments.length);
    expect(depts.body.content[0]).toEqual({ id: expect.any(String), label: expect.any(String), description: expect.any(String) });
  });

  it('gives the apply configuration of a posting: questions, settings and privacy policies', async () => {
    const [p] = await allPostings();
    const res = await sim.call('GET', `/postings/${p!.uuid}/configuration?conditionalsIncluded=true`);
    expect(res.status).toBe(200);
    expect(res.body.settings).toEqual({ avatarUploadAvailable: true, conditionals: [] });
    expect(res.body.privacyPolicies).toEqual([{ url: expect.stringMatching(/^https:\/\//), orgName: sim.state.companyName }]);
    expect(res.body.questions[0]).toEqual({ id: 'drivingCurrent', label: expect.any(String), repeatable: false, fields: [{ id: 'drivingCurrent', label: expect.any(String), type: 'RADIO', required: true, values: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] }] });
    const last = res.body.questions[res.body.questions.length - 1];
    expect(last.fields[0].complianceType).toBe('DIVERSITY');
    expect((await sim.call('GET', '/postings/00000000-0000-4000-a000-000000000000/configuration')).status).toBe(404);
    expect((await sim.call('GET', `/postings/${p!.uuid}/configuration`, { auth: false })).status).toBe(401);
  });

  it('applies on behalf of a candidate: validates fields and answers, then creates candidate, application, files and answers', async () => {
    const all = await allPostings();
    const p = all[2]!;
    const config = (await sim.call('GET', `/postings/${p.uuid}/configuration`)).body;
    const answers = config.questions.filter((q: P) => q.fields.some((f: P) => f.required)).map((q: P) => ({
      id: q.id,
      records: [{ fields: Object.fromEntries(q.fields.filter((f: P) => f.required).map((f: P) => [f.id, [f.values[0]?.id ?? 'Because I like it']])) }],
    }));
    answers.push({ id: 'languages', records: [{ fields: { language: ['english'], proficiency: ['native'] } }, { fields: { language: ['polish'], proficiency: ['beginner'] } }] });

    const invalid = await sim.call('POST', `/postings/${p.uuid}/candidates`, {
      json: {
        lastName: 'Curie', email: 'not-an-email',
        answers: [{ id: 'drivingCurrent', records: [{ fields: { drivingCurrent: ['maybe'] } }] }, { id: 'nope', records: [] }],
        resume: { fileName: 'cv.exe', mimeType: 'application/x-msdownload', fileContent: 'AAAA' },
      },
    });
    expect(invalid.status).toBe(400);
    const named = invalid.body.errors.map((e: P) => e.message.split(':')[0]);
    expect(named).toEqual(expect.arrayContaining(['firstName', 'email', 'resume.mimeType', 'answers[0].records[0].fields.drivingCurrent', 'answers[1].id']));
    const noAnswers = await sim.call('POST', `/postings/${p.uuid}/candidates`, { json: { firstName: 'Marie', lastName: 'Curie', email: 'marie@example.org' } });
    expect(noAnswers.status).toBe(400);
    expect(noAnswers.body.message).toContain('answers: required question "drivingCurrent"');
    const big = Buffer.alloc(2 * 1024 * 1024 + 1).toString('base64');
    const tooBig = await sim.call('POST', `/postings/${p.uuid}/candidates`, { json: { firstName: 'Marie', lastName: 'Curie', email: 'marie@example.org', answers, resume: { fileName: 'cv.pdf', mimeType: 'application/pdf', fileContent: big } } });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errors[0]).toMatchObject({ code: 'FILE_UPLOAD_ERROR', message: expect.stringMatching(/^resume\.fileContent:/) });

    const pdf = Buffer.from('%PDF-1.4 Marie Curie resume');
    const live = sim.state.candidates.live;
    events.length = 0;
    const res = await sim.call('POST', `/postings/${p.uuid}/candidates`, {
      json: {
        firstName: 'Marie', lastName: 'Curie', email: 'marie@example.org', consent: true, answers,
        sourceDetails: { sourceTypeId: 'JOB_BOARD', sourceSubTypeId: 'FREE', sourceId: 'acme-board' },
        resume: { fileName: 'marie.pdf', mimeType: 'application/pdf', fileContent: pdf.toString('base64') },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), createdOn: expect.any(String), candidatePortalUrl: expect.stringMatching(/^https:\/\//) });
    expect(sim.state.candidates.live).toBe(live + 1);
    const id = res.body.id;
    const job = sim.state.jobs.list.find((j) => j.refNumber === p.refNumber)!;
    expect(events.map((e) => e.name)).toEqual(['candidate.created', 'application.created', 'application.attachment.created', 'application.screening-answers.created']);
    expect(events[1]!.body).toEqual({ job_id: job.id, candidate_id: id, application_id: sim.state.applicationId(id, job.id) });

    const app = await sim.call('GET', `/candidates/${id}/jobs/${job.id}`);
    expect(app.body).toMatchObject({ status: 'NEW', sourceDetails: { sourceTypeId: 'JOB_BOARD', sourceSubTypeId: 'FREE', sourceId: 'acme-board' } });
    expect((await sim.call('GET', `/candidates/${id}/consent`)).body.status).toBe('ACQUIRED');
    const files = await sim.call('GET', `/candidates/${id}/jobs/${job.id}/attachments`);
    expect(files.body.content).toEqual([expect.objectContaining({ name: 'marie.pdf', type: 'RESUME', contentType: 'application/pdf' })]);
    const bytes = Buffer.from(await (await fetch(files.body.content[0].actions.download.url, { headers: { 'X-SmartToken': sim.apiKey } })).arrayBuffer());
    expect(bytes.equals(pdf)).toBe(true);
    const stored = await sim.call('GET', `/candidates/${id}/jobs/${job.id}/screening-answers`);
    const langs = stored.body.content.find((a: P) => a.id === 'languages');
    expect(langs).toMatchObject({ type: 'languages', records: [{ fields: [{ label: 'Language', values: ['English'] }, { label: 'Proficiency level', values: ['Native'] }] }, { fields: [{ values: ['Polish'] }, { values: ['Beginner'] }] }] });

    const status = await sim.call('GET', `/postings/${p.uuid}/candidates/${id}/status`);
    expect(status.body).toEqual({ status: 'NEW' });
    await sim.call('PUT', `/candidates/${id}/jobs/${job.id}/status`, { json: { status: 'OFFERED' } });
    expect((await sim.call('GET', `/postings/${p.uuid}/candidates/${id}/status`)).body).toEqual({ status: 'OFFER' });
    const appId = sim.state.applicationId(id, job.id);
    expect((await sim.call('GET', `/candidate-status-api/status/${appId}`)).body).toMatchObject({ status: 'OFFER', candidateId: id, jobId: job.id });
    const other = sim.state.candidates.get(0);
    const otherStatus = await sim.call('GET', `/postings/${p.uuid}/candidates/${other.id}/status`);
    expect(otherStatus.status).toBe(other.applications.some((a) => a.jobId === job.id) ? 200 : 404);
  });

  it('applies to an internal posting without screening questions, as an internal candidate; unpublished postings refuse', async () => {
    const [p] = await allPostings('&destination=INTERNAL');
    const config = await sim.call('GET', `/postings/${p!.uuid}/configuration`);
    expect(config.body.questions).toEqual([]);
    const res = await sim.call('POST', `/postings/${p!.uuid}/candidates`, { json: { firstName: 'Inês', lastName: 'Internal', email: 'ines@example.org' } });
    expect(res.status).toBe(201);
    expect((await sim.call('GET', `/candidates/${res.body.id}`)).body.internal).toBe(true);

    const job = sim.state.jobs.list.find((j) => j.refNumber === p!.refNumber)!;
    expect((await sim.call('DELETE', `/jobs/${job.id}/publication`)).status).toBe(204);
    const closed = await sim.call('POST', `/postings/${p!.uuid}/candidates`, { json: { firstName: 'Late', lastName: 'Applicant', email: 'late@example.org' } });
    expect(closed.status).toBe(404);
    // Status of an existing application still answers after the posting closed.
    expect((await sim.call('GET', `/postings/${p!.uuid}/candidates/${res.body.id}/status`)).body).toEqual({ status: 'NEW' });
  });
});
