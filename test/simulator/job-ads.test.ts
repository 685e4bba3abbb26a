import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/simulator/index.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

describe('simulator: job ads and publications', () => {
  let sim: Sim;
  const events: SimEvent[] = [];
  beforeAll(async () => {
    sim = await startSim({ seed: 11, candidates: 50, jobs: 16, rateLimits: { enabled: false } });
    sim.state.onEvent((e) => events.push(e));
  });
  afterAll(() => sim.close());

  const postings = async (query = '') => (await sim.call('GET', `/v1/companies/${sim.state.companyId}/postings?limit=100${query}`, { auth: false })).body;

  it('lists the default job ad of every job, built from the job', async () => {
    const job = sim.state.jobs.list[0]!;
    const res = await sim.call('GET', `/jobs/${job.id}/jobads`);
    expect(res.status).toBe(200);
    expect(res.body.totalFound).toBe(1);
    const ad = res.body.content[0];
    expect(ad).toMatchObject({
      id: expect.any(String), title: job.title, default: true, language: { code: 'en' }, jobAd: { sections: job.jobAd.sections },
      postingStatus: ['PUBLIC', 'INTERNAL'].includes(job.postingStatus) ? 'PUBLISHED' : 'NOT_PUBLISHED', creator: job.creator,
      actions: { publications: { url: `${sim.url}/jobs/${job.id}/jobads/${ad.id}/postings`, method: 'GET' } },
    });
    expect((await sim.call('GET', `/jobs/${job.id}/jobads/${ad.id}`)).body).toEqual(ad);
    expect((await sim.call('GET', `/jobs/${job.id}/jobads/unknown`)).status).toBe(404);
    expect((await sim.call('GET', '/jobs/unknown/jobads')).status).toBe(404);
  });

  it('creates and updates a job ad with validation and job.ad.* events', async () => {
    const job = sim.state.jobs.list[1]!;
    const missing = await sim.call('POST', `/jobs/${job.id}/jobads`, { json: { language: 'en' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toBe('title: is required');
    const badLang = await sim.call('POST', `/jobs/${job.id}/jobads`, { json: { title: 'x', language: { code: 'klingon' } } });
    expect(badLang.status).toBe(400);
    expect(badLang.body.message).toMatch(/^language:/);
    const badSection = await sim.call('POST', `/jobs/${job.id}/jobads`, { json: { title: 'x', jobAd: { sections: { perks: { text: 'free lunch' } } } } });
    expect(badSection.body.message).toMatch(/^jobAd\.sections\.perks: unknown section/);

    events.length = 0;
    const created = await sim.call('POST', `/jobs/${job.id}/jobads`, {
      json: { title: 'Ingénieur logiciel', language: { code: 'fr' }, jobAd: { sections: { jobDescription: { title: 'Description', text: 'Vous allez coder.' } } } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Ingénieur logiciel', language: { code: 'fr', label: 'French' }, default: false, postingStatus: 'NOT_PUBLISHED', visibility: 'PRIVATE' });
    expect(events).toEqual([expect.objectContaining({ name: 'job.ad.created', body: { job_id: job.id, job_ad_id: created.body.id } })]);
    const updated = await sim.call('PUT', `/jobs/${job.id}/jobads/${created.body.id}`, { json: { title: 'Ingénieure logicielle', language: 'fr' } });
    expect(updated.status).toBe(200);
    expect(updated.body.title).toBe('Ingénieure logicielle');
    expect(events.map((e) => e.name)).toEqual(['job.ad.created', 'job.ad.updated']);
    const list = await sim.call('GET', `/jobs/${job.id}/jobads`);
    expect(list.body.content.map((a: { title: string }) => a.title)).toEqual([job.title, 'Ingénieure logicielle']);

    // The default ad is the job's own jobAd: editing it shows on the job.
    const def = list.body.content[0];
    await sim.call('PUT', `/jobs/${job.id}/jobads/${def.id}`, { json: { title: def.title, jobAd: { sections: { qualifications: { title: 'Q', text: 'Rust' } } } } });
    expect((await sim.call('GET', `/jobs/${job.id}`)).body.jobAd.sections).toEqual({ qualifications: { title: 'Q', text: 'Rust' } });
  });

  it('publishes a job ad into the Posting API and unpublishes it again', async () => {
    const job = sim.state.jobs.list.find((j) => j.postingStatus === 'NOT_PUBLISHED')!;
    const ad = (await sim.call('POST', `/jobs/${job.id}/jobads`, { json: { title: 'Second ad for the job' } })).body;
    const before = await postings();
    expect(before.content.map((p: { jobAdId: string }) => p.jobAdId)).not.toContain(ad.id);

    events.length = 0;
    const pub = await sim.call('POST', `/jobs/${job.id}/jobads/${ad.id}/postings`, { json: { visibility: 'PUBLIC' } });
    expect(pub.status).toBe(201);
    expect(pub.body).toEqual({ postingStatus: 'PENDING' });
    expect(events).toEqual([expect.objectContaining({ name: 'job.ad.postings.updated', body: { job_id: job.id, job_ad_id: ad.id } })]);
    const after = await postings();
    expect(after.totalFound).toBe(before.totalFound + 1);
    const posting = after.content.find((p: { jobAdId: string }) => p.jobAdId === ad.id);
    expect(posting).toMatchObject({ name: 'Second ad for the job', defaultJobAd: false, refNumber: job.refNumber });
    expect(after.content[0].id).toBe(posting.id); // newest release first
    const pubs = await sim.call('GET', `/jobs/${job.id}/jobads/${ad.id}/postings`);
    expect(pubs.body.content).toEqual(expect.arrayContaining([{ sourceName: 'Career Page', type: 'INTERNAL', publishedOn: expect.any(String) }, expect.objectContaining({ sourceName: 'Indeed', type: 'FREE' })]));
    expect((await sim.call('GET', `/jobs/${job.id}/jobads/${ad.id}`)).body).toMatchObject({ postingStatus: 'PUBLISHED', visibility: 'PUBLIC', applyUrl: expect.stringContaining(posting.id) });

    const bad = await sim.call('POST', `/jobs/${job.id}/jobads/${ad.id}/postings`, { json: { visibility: 'EVERYWHERE' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^visibility: must be one of PUBLIC, INTERNAL/);

    const un = await sim.call('DELETE', `/jobs/${job.id}/jobads/${ad.id}/postings`);
    expect(un.status).toBe(200);
    expect(un.body).toEqual({ unpostingStatus: 'PENDING' });
    expect((await postings()).totalFound).toBe(before.totalFound);
    expect((await sim.call('GET', `/jobs/${job.id}/jobads/${ad.id}/postings`)).body.content).toEqual([]);
    const history = await sim.call('GET', `/jobs/${job.id}/jobads/${ad.id}/postings?activeOnly=false`);
    expect(history.body.content.every((p: { unpublishedOn?: string }) => typeof p.unpublishedOn === 'string')).toBe(true);
    // An unpublished posting still answers by id, marked inactive.
    const gone = await sim.call('GET', `/v1/companies/${sim.state.companyId}/postings/${posting.id}`, { auth: false });
    expect(gone.body.active).toBe(false);
  });

  it('publishes the default ad through /publication, which also sets the job postingStatus; unpublishing it takes every ad down', async () => {
    const job = sim.state.jobs.list.filter((j) => j.postingStatus === 'NOT_PUBLISHED')[1]!;
    const extra = (await sim.call('POST', `/jobs/${job.id}/jobads`, { json: { title: 'Extra ad' } })).body;
    await sim.call('POST', `/jobs/${job.id}/jobads/${extra.id}/postings`);
    const res = await sim.call('POST', `/jobs/${job.id}/publication`, { json: { visibility: 'INTERNAL', aggregators: false } });
    // Documented with no response body: 204 and nothing else.
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expect((await sim.call('GET', `/jobs/${job.id}`)).body.postingStatus).toBe('INTERNAL');
    const internal = await postings('&destination=INTERNAL');
    expect(internal.content.filter((p: { refNumber: string }) => p.refNumber === job.refNumber)).toHaveLength(1);
    const pubs = await sim.call('GET', `/jobs/${job.id}/publication`);
    expect(pubs.body.content.some((p: { type: string }) => p.type === 'FREE')).toBe(true); // the extra ad went to aggregators
    events.length = 0;
    expect((await sim.call('DELETE', `/jobs/${job.id}/publication`)).status).toBe(204);
    expect(events.map((e) => e.name)).toEqual(['job.ad.postings.updated', 'job.ad.postings.updated']);
    expect((await sim.call('GET', `/jobs/${job.id}`)).body.postingStatus).toBe('NOT_PUBLISHED');
    expect((await sim.call('GET', `/jobs/${job.id}/publication`)).body.totalFound).toBe(0);
    const all = await postings('&destination=INTERNAL_OR_PUBLIC');
    expect(all.content.filter((p: { refNumber: string }) => p.refNumber === job.refNumber)).toEqual([]);
  });

  it('puts /publication writes in the slow (2 per second) limit class and reads in the standard one', async () => {
    const limited = await startSim({ seed: 3, candidates: 5, jobs: 3 });
    try {
      const job = limited.state.jobs.list[0]!;
      const write = await limited.call('DELETE', `/jobs/${job.id}/publication`);
      expect(write.headers.get('x-ratelimit-limit')).toBe('2');
      const read = await limited.call('GET', `/jobs/${job.id}/publication`);
      expect(read.headers.get('x-ratelimit-limit')).toBe('10');
    } finally {
      await limited.close();
    }
  });
});
