import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerToken, startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const HOSTILE = ['nope', '..', '%2e%2e', 'x'.repeat(3000)];

describe('simulator assessments, partners and job feed', () => {
  let sim: Sim;
  let bearer = '';
  beforeAll(async () => {
    sim = await startSim({ seed: 5, candidates: 600, jobs: 20, users: 6, rateLimits: { enabled: false } });
    bearer = await bearerToken(sim);
  });
  afterAll(() => sim.close());

  it('lists seeded assessment orders of real applications; a partner reports results and attaches files, read back in the list', async () => {
    const list = await sim.call('GET', '/assessment-api/v202107/assessment-orders');
    expect(list.status).toBe(200);
    expect(list.body.totalFound).toBe(list.body.content.length);
    expect(list.body.content.length).toBeGreaterThan(5);
    const open = list.body.content.find((o: { status: string }) => o.status === 'NEW');
    expect(list.body).toMatchObject({ offset: 0, limit: list.body.content.length });
    expect(open).toMatchObject({
      id: expect.any(String), createDate: expect.any(String), lastUpdateDate: expect.any(String), requestor: { email: expect.any(String) },
      candidate: { id: expect.any(String), email: expect.any(String) }, job: { id: expect.any(String), name: expect.any(String) },
      company: { id: sim.state.companyId, name: sim.state.companyName }, offer: { catalogId: expect.any(String), name: expect.any(String) },
    });
    expect((await sim.call('GET', `/candidates/${open.candidate.id}/jobs/${open.job.id}`)).status).toBe(200);

    const patch = await sim.call('PATCH', `/assessment-api/v202010/orders/${open.id}/results`, { bearer, json: { status: 'COMPLETED', score: 87, summary: 'Strong', resultUrl: 'https://vendor.example/r/1' } });
    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({ status: 'COMPLETED', result: { score: 87, summary: 'Strong', resultUrl: 'https://vendor.example/r/1' } });
    // A closed order's results no longer change.
    expect((await sim.call('PATCH', `/assessment-api/v202010/orders/${open.id}/results`, { bearer, json: { status: 'IN_PROGRESS' } })).status).toBe(409);

    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4 report'], { type: 'application/pdf' }), 'report.pdf');
    const att = await sim.call('POST', `/assessment-api/v202010/orders/${open.id}/results/attachment`, { bearer, raw: form });
    expect(att.status).toBe(201);
    expect(att.body).toMatchObject({ name: 'report.pdf', contentType: 'application/pdf', size: 15 });
    const again = (await sim.call('GET', '/assessment-api/v202107/assessment-orders')).body.content.find((o: { id: string }) => o.id === open.id);
    expect(again.status).toBe('COMPLETED');
    expect(again.attachments.map((a: { id: string }) => a.id)).toEqual([att.body.id]);
  });

  it('validates result bodies and answers 404 for unknown or hostile order ids', async () => {
    const orders = (await sim.call('GET', '/assessment-api/v202107/assessment-orders')).body.content;
    const open = orders.find((o: { status: string }) => o.status === 'NEW' || o.status === 'IN_PROGRESS');
    for (const body of [{}, { status: 'DONE' }, { status: 'COMPLETED', score: 'high' }, { status: 'COMPLETED', score: 101 }, { status: 'COMPLETED', resultUrl: 'javascript:alert(1)' }, [1]]) {
      const r = await sim.call('PATCH', `/assessment-api/v202010/orders/${open.id}/results`, { bearer, json: body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.errors[0]).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    for (const id of HOSTILE) {
      const r = await sim.call('PATCH', `/assessment-api/v202010/orders/${id}/results`, { bearer, json: { status: 'COMPLETED' } });
      expect([400, 404, 414]).toContain(r.status);
    }
    const noFile = await sim.call('POST', `/assessment-api/v202010/orders/${open.id}/results/attachment`, { bearer, raw: new FormData() });
    expect(noFile.status).toBe(400);
    // Partner operations take only OAuth bearer tokens.
    expect((await sim.call('GET', '/assessment-api/v202010/partner/configuration')).status).toBe(401);
  });

  it('saves the partner configuration (read back by GET) and sets up a company integration idempotently', async () => {
    const before = await sim.call('GET', '/assessment-api/v202010/partner/configuration', { bearer });
    expect(before.body.packages.length).toBeGreaterThan(0);
    const saved = await sim.call('PUT', '/assessment-api/v202010/partner/configuration', { bearer, json: { name: 'Acme Tests', packages: [{ id: 'p9', name: 'Typing' }] } });
    expect(saved.status).toBe(200);
    expect((await sim.call('GET', '/assessment-api/v202010/partner/configuration', { bearer })).body).toEqual({ name: 'Acme Tests', packages: [{ id: 'p9', name: 'Typing' }] });
    expect((await sim.call('PUT', '/assessment-api/v202010/partner/configuration', { bearer, json: { packages: [{ id: '' }] } })).status).toBe(400);

    const company = sim.state.companyId;
    const first = await sim.call('POST', `/assessment-api/v202010/integration/company/${company}`, { bearer, json: { region: 'EU' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ companyId: company, enabled: true, settings: { region: 'EU' } });
    const second = await sim.call('POST', `/assessment-api/v202010/integration/company/${company}`, { bearer, json: { region: 'US' } });
    expect(second.status).toBe(200);
    expect(second.body.createdOn).toBe(first.body.createdOn);
    expect((await sim.call('POST', `/assessment-api/v202010/integration/company/${company.toUpperCase()}`, { bearer, json: {} })).status).toBe(404);
  });

  it('partner configs: create → read → list → update round trip; 400 without a name, 404 on unknown ids', async () => {
    const created = await sim.call('POST', '/v1/configs', { json: { name: 'Mapping', values: { level: 3 } } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await sim.call('GET', `/v1/configs/${id}`)).body).toEqual(created.body);
    const list = (await sim.call('GET', '/v1/configs')).body;
    expect(list.content.map((c: { id: string }) => c.id)).toContain(id);
    expect(list.totalFound).toBe(list.content.length);
    const updated = await sim.call('POST', `/v1/configs/${id}`, { json: { values: { level: 4 } } });
    expect(updated.body).toMatchObject({ id, name: 'Mapping', values: { level: 4 } });
    expect((await sim.call('GET', `/v1/configs/${id}`)).body.values).toEqual({ level: 4 });
    expect((await sim.call('POST', '/v1/configs', { json: { values: {} } })).status).toBe(400);
    expect((await sim.call('POST', '/v1/configs', { json: { name: 7 } })).status).toBe(400);
    for (const bad of HOSTILE) expect([400, 404, 414]).toContain((await sim.call('GET', `/v1/configs/${bad}`)).status);
    const offers = (await sim.call('GET', '/v1/offers')).body;
    expect(offers.totalFound).toBe(offers.content.length);
    expect((await sim.call('GET', '/offers?limit=1')).body.totalFound).toBe(offers.totalFound);
  });

  it('feed: streams active postings as one JSON array; a board reports its state back per posting', async () => {
    const stream = await sim.call('GET', '/feed/publications');
    expect(Array.isArray(stream.body)).toBe(true);
    expect(stream.body.length).toBeGreaterThan(0);
    const p = stream.body[0];
    expect(p).toMatchObject({ id: expect.any(String), uuid: expect.any(String), name: expect.any(String), active: true, publication: { status: 'NEW' } });
    const one = await sim.call('GET', `/feed/publications/${p.uuid}`);
    expect(one.body.id).toBe(p.id);
    const put = await sim.call('PUT', `/feed/publications/${p.uuid}`, { json: { status: 'PUBLISHED', externalId: 'b-77', url: 'https://board.example/jobs/77' } });
    expect(put.status).toBe(200);
    expect(put.body.publication).toMatchObject({ status: 'PUBLISHED', externalId: 'b-77', url: 'https://board.example/jobs/77' });
    expect((await sim.call('GET', '/feed/publications')).body.find((x: { uuid: string }) => x.uuid === p.uuid).publication.status).toBe('PUBLISHED');
    expect((await sim.call('PUT', `/feed/publications/${p.uuid}`, { json: { status: 'published' } })).status).toBe(400);
    for (const bad of HOSTILE) expect([400, 404, 414]).toContain((await sim.call('GET', `/feed/publications/${bad}`)).status);
  });
});
