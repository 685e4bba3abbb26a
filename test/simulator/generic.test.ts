import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../src/spec/index.js';
import { createGenericHandler } from '../../src/simulator/areas/generic-handler.js';
import type { AreaFactory } from '../../src/simulator/index.js';
import { readJson, startSim } from './sim-test-helpers.js';

// Areas make more operations real over time; the generic handler's own behaviour is tested on
// operations it is forced to answer, so these tests do not change meaning when an area lands.
const listed = (path: string) => operations.find((o) => o.path === path && o.method === 'GET')!.key;
const FORCED = [listed('/v1/companies/{companyIdentifier}/postings'), listed('/event-management-api/events'), 'configuration.access-group.create', 'configuration.access-group.list', 'configuration.access-group.get', 'configuration.access-group.update', 'configuration.access-group.delete', 'configuration.job-properties.update', 'configuration.job-properties.get', 'configuration.company.my', 'candidates.resume.parse'];
const forceGeneric: AreaFactory = ({ state }) => {
  const handler = createGenericHandler(state);
  return { name: 'forced-generic', handlers: Object.fromEntries(FORCED.map((k) => [k, handler])) };
};

type Sim = Awaited<ReturnType<typeof startSim>>;

describe('simulator generic operations', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ rateLimits: { enabled: false }, areas: [forceGeneric] });
  });
  afterAll(() => sim.close());

  it('round-trips POST → GET → PUT → DELETE → 404 on a generic resource', async () => {
    const created = await sim.call('POST', '/configuration/access-groups', { json: { name: 'Recruiters EMEA', description: 'x' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), name: 'Recruiters EMEA', description: 'x' });
    const id = created.body.id;
    const got = await sim.call('GET', `/configuration/access-groups/${id}`);
    expect(got.body).toMatchObject({ id, name: 'Recruiters EMEA' });
    const listed = await sim.call('GET', '/configuration/access-groups?pageSize=100');
    expect(listed.body.content.map((x: { id: string }) => x.id)).toContain(id);
    const put = await sim.call('PUT', `/configuration/access-groups/${id}`, { json: { description: 'y' } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id, name: 'Recruiters EMEA', description: 'y' });
    expect((await sim.call('DELETE', `/configuration/access-groups/${id}`)).status).toBe(204);
    expect((await sim.call('GET', `/configuration/access-groups/${id}`)).status).toBe(404);
    expect((await sim.call('DELETE', `/configuration/access-groups/${id}`)).status).toBe(404);
  });

  it('applies JSON Patch to generic records', async () => {
    const r = await sim.call('PATCH', '/configuration/job-properties/prop-1', { json: [{ op: 'replace', path: '/name', value: 'Cost center' }, { op: 'add', path: '/required', value: true }], contentType: 'application/json-patch+json' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: 'prop-1', name: 'Cost center', required: true });
    expect((await sim.call('GET', '/configuration/job-properties/prop-1')).body.name).toBe('Cost center');
  });

  it('pages cursor lists with nextPageId and a Link header until the end', async () => {
    const seen: string[] = [];
    let path: string | undefined = '/configuration/access-groups?pageSize=7';
    let pages = 0;
    let total = 0;
    while (path) {
      const r = await sim.call('GET', path);
      expect(r.status).toBe(200);
      total = r.body.totalFound;
      seen.push(...r.body.content.map((x: { id: string }) => x.id));
      const link = r.headers.get('link');
      if (r.body.nextPageId) {
        expect(link).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/configuration\/access-groups\?pageSize=7&pageId=[^>]+>; rel="next"$/);
        path = new URL(/<([^>]+)>/.exec(link as string)![1]!).pathname + new URL(/<([^>]+)>/.exec(link as string)![1]!).search;
      } else {
        expect(link).toBeNull();
        path = undefined;
      }
      pages++;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 7));
  });

  it('pages offset lists (Posting API) with limit/offset/totalFound', async () => {
    const r = await sim.call('GET', `/v1/companies/${sim.state.companyId}/postings?limit=5&offset=10`, { auth: false });
    expect(r.body).toMatchObject({ limit: 5, offset: 10, totalFound: 12 });
    expect(r.body.content).toHaveLength(2);
    const last = await sim.call('GET', `/v1/companies/${sim.state.companyId}/postings?limit=5&offset=11`, { auth: false });
    expect(last.body.content).toHaveLength(1);
  });

  it('pages page-number lists with totalElements/totalPages', async () => {
    const r = await sim.call('GET', '/event-management-api/events?page=1&pageSize=5');
    expect(r.body).toMatchObject({ page: 1, pageSize: 5, totalElements: 12, totalPages: 3 });
    expect(r.body.content).toHaveLength(5);
    expect((await sim.call('GET', '/event-management-api/events?pageSize=101')).status).toBe(400);
  });

  it('rejects a forged cursor naming the parameter', async () => {
    const r = await sim.call('GET', '/configuration/access-groups?pageId=forged');
    expect(r.status).toBe(400);
    expect(r.body.errors[0].message).toMatch(/^pageId: invalid page identifier/);
  });

  it('answers plausible objects for singletons and multipart uploads', async () => {
    const company = await sim.call('GET', '/configuration/company');
    expect(company.body).toMatchObject({ id: expect.any(String), name: expect.any(String) });
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'cv.pdf');
    const res = await fetch(`${sim.url}/candidates/cv/parse`, { method: 'POST', headers: { 'X-SmartToken': sim.apiKey }, body: form });
    expect(res.status).toBe(201);
    const body = await readJson(res);
    expect(body.file).toMatchObject({ fileName: 'cv.pdf', mimeType: 'application/pdf', size: 8 });
  });
});
