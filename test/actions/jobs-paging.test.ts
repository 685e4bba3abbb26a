import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionInputError, executeAction, iterateAction } from '../../src/actions/index.js';
import { createClient, type SmartRecruitersClient } from '../../src/client/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';

interface Logged {
  seq: number;
  operation: string | null;
  query: Record<string, string | string[]>;
  status: number | null;
}

let sim: Simulator;
let client: SmartRecruitersClient;
const JOBS = 7;

beforeAll(async () => {
  sim = await createSimulator({ seed: 5, candidates: 3, jobs: JOBS, users: 2, rateLimits: { enabled: false } });
  client = createClient({ baseUrl: sim.url, auth: { type: 'api_key', apiKey: sim.apiKey }, limits: { enabled: false }, retry: { enabled: false } });
});

afterAll(async () => {
  await sim?.close();
});

async function jobSearches(afterSeq: number): Promise<Logged[]> {
  const all = (await (await fetch(`${sim.url}/__sim/requests?limit=200&operation=jobs.all`)).json()) as Logged[];
  return all.filter((e) => e.seq > afterSeq);
}
const lastSeq = async () => ((await (await fetch(`${sim.url}/__sim/requests?limit=1`)).json()) as Logged[])[0]?.seq ?? 0;
const get = (path: string) => fetch(`${sim.url}${path}`, { headers: { 'X-SmartToken': sim.apiKey } });

describe('GET /jobs pages by pageId only with sort=job_id', () => {
  it('the simulator refuses pageId without sort=job_id with a 400 in SmartRecruiters error shape naming the field', async () => {
    const first = (await (await get('/jobs?limit=2&sort=job_id')).json()) as { nextPageId?: string };
    expect(first.nextPageId).toEqual(expect.any(String));
    const res = await get(`/jobs?limit=2&pageId=${encodeURIComponent(first.nextPageId as string)}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; errors: { code: string; message: string }[] };
    expect(body.message).toMatch(/^sort: /);
    expect(body.errors).toEqual([{ code: 'INVALID_FIELD', message: expect.stringMatching(/^sort: .*job_id/) }]);
    expect((await get(`/jobs?limit=2&sort=job_id&pageId=${encodeURIComponent(first.nextPageId as string)}`)).status).toBe(200);
  });

  it('sort=job_id orders by job id and the cursor walks that order without gaps or repeats', async () => {
    const ids: string[] = [];
    let pageId: string | undefined;
    do {
      const body = (await (await get(`/jobs?limit=3&sort=job_id${pageId ? `&pageId=${encodeURIComponent(pageId)}` : ''}`)).json()) as { content: { id: string }[]; nextPageId?: string };
      ids.push(...body.content.map((j) => j.id));
      pageId = body.nextPageId;
    } while (pageId);
    expect(ids).toHaveLength(JOBS);
    expect(ids).toEqual([...ids].sort());
  });

  it('search_jobs with all sends sort=job_id on every page, the first included, and gets every job once', async () => {
    const before = await lastSeq();
    const result = await executeAction<{ id: string }[]>(client, 'search_jobs', { limit: 2 }, { all: true });
    expect(result.data.map((j) => j.id).sort()).toEqual([...new Set(result.data.map((j) => j.id))].sort());
    expect(result.data).toHaveLength(JOBS);
    const sent = await jobSearches(before);
    expect(sent.length).toBe(Math.ceil(JOBS / 2));
    expect(result.pages).toBe(sent.length);
    for (const r of sent) {
      expect(r.query['sort']).toBe('job_id');
      expect(r.status).toBe(200);
    }
    expect(sent[0]?.query['pageId']).toBeUndefined();
  });

  it('iterateAction(search_jobs) walks with sort=job_id too', async () => {
    const before = await lastSeq();
    const ids: string[] = [];
    for await (const j of iterateAction<{ id: string }>(client, 'search_jobs', { limit: 3 })) ids.push(j.id);
    expect(ids).toHaveLength(JOBS);
    expect((await jobSearches(before)).every((r) => r.query['sort'] === 'job_id')).toBe(true);
  });

  it('a single search_jobs page asked by pageId carries sort=job_id; a plain search does not add it', async () => {
    const first = await executeAction<{ nextPageId?: string }>(client, 'search_jobs', { limit: 2, sort: 'job_id' });
    const before = await lastSeq();
    const second = await executeAction(client, 'search_jobs', { limit: 2, pageId: first.data.nextPageId });
    expect(second.status).toBe(200);
    expect((await jobSearches(before))[0]?.query['sort']).toBe('job_id');
    const plainBefore = await lastSeq();
    await executeAction(client, 'search_jobs', { limit: 2 });
    expect((await jobSearches(plainBefore))[0]?.query['sort']).toBeUndefined();
  });

  it('search_jobs accepts sort, and only the documented value', async () => {
    const before = await lastSeq();
    for (const sort of ['title', 'JOB_ID', '']) {
      const err = await executeAction(client, 'search_jobs', { sort }).catch((e: unknown) => e);
      expect(err, sort).toBeInstanceOf(ActionInputError);
      expect((err as ActionInputError).issues[0]?.path).toBe('sort');
    }
    expect(await jobSearches(before)).toEqual([]);
  });
});
