import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

describe('simulator configuration', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ seed: 7, users: 12, rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  it('departments are the core state departments: list, get, create round-trip, job create accepts the new one', async () => {
    const list = await sim.call('GET', '/configuration/departments');
    expect(list.status).toBe(200);
    expect(list.body.totalFound).toBe(sim.state.departments.length);
    expect(list.body.content.map((d: { id: string }) => d.id)).toEqual(sim.state.departments.map((d) => d.id));
    const jobDept = sim.state.jobs.list[0]!.department!;
    const one = await sim.call('GET', `/configuration/departments/${jobDept.id}`);
    expect(one.body).toMatchObject({ id: jobDept.id, label: jobDept.label });

    const created = await sim.call('POST', '/configuration/departments', { json: { label: 'Research', description: 'Applied research' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), label: 'Research', description: 'Applied research' });
    expect((await sim.call('GET', `/configuration/departments/${created.body.id}`)).body.label).toBe('Research');
    expect((await sim.call('GET', '/configuration/departments')).body.totalFound).toBe(list.body.totalFound + 1);
    const job = await sim.call('POST', '/jobs', { json: { title: 'Research Scientist', department: { id: created.body.id } } });
    expect(job.status).toBe(201);

    const dup = await sim.call('POST', '/configuration/departments', { json: { label: 'research' } });
    expect(dup.status).toBe(409);
    const bad = await sim.call('POST', '/configuration/departments', { json: { description: 'no label' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('label');
    expect((await sim.call('GET', '/configuration/departments/nope')).status).toBe(404);
  });

  it('job properties: create, get, JSON-patch update, values, archive/unarchive, activation, translations', async () => {
    const all = await sim.call('GET', '/configuration/job-properties');
    const cost = all.body.content.find((p: { label: string }) => p.label === 'Cost center');
    expect(cost).toMatchObject({ category: 'organization', active: true, visible: true, required: true, actions: { values: { method: 'GET' } } });
    const values = await sim.call('GET', `/configuration/job-properties/${cost.id}/values`);
    expect(values.body.totalFound).toBeGreaterThanOrEqual(5);
    expect(values.body.content[0]).toMatchObject({ id: expect.any(String), label: expect.stringContaining('CC-'), archived: false });

    const missing = await sim.call('POST', '/configuration/job-properties', { json: { category: 'team' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('label: is required');
    expect(missing.body.message).toContain('category: must be one of job, organization');
    expect(missing.body.message).toContain('visible: is required');

    const p = await sim.call('POST', '/configuration/job-properties', { json: { label: 'Hiring plan', category: 'job', visible: true } });
    expect(p.status).toBe(201);
    expect(p.body).toMatchObject({ label: 'Hiring plan', category: 'job', active: true, visible: true, required: false });
    expect((await sim.call('POST', '/configuration/job-properties', { json: { label: 'hiring plan', category: 'job', visible: true } })).status).toBe(409);

    const patched = await sim.call('PATCH', `/configuration/job-properties/${p.body.id}`, { json: [{ op: 'replace', path: '/label', value: 'Hiring plan 2026' }, { op: 'replace', path: '/required', value: true }], contentType: 'application/json-patch+json' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ label: 'Hiring plan 2026', required: true });
    const badPatch = await sim.call('PATCH', `/configuration/job-properties/${p.body.id}`, { json: [{ op: 'replace', path: '/category', value: 'x' }], contentType: 'application/json-patch+json' });
    expect(badPatch.status).toBe(400);

    const v = await sim.call('POST', `/configuration/job-properties/${p.body.id}/values`, { json: { label: 'H1' } });
    expect(v.status).toBe(201);
    await sim.call('POST', `/configuration/job-properties/${p.body.id}/values`, { json: { label: 'H2' } });
    expect((await sim.call('POST', `/configuration/job-properties/${p.body.id}/values`, { json: { label: 'h1' } })).status).toBe(409);
    const vPatch = await sim.call('PATCH', `/configuration/job-properties/${p.body.id}/values/${v.body.id}`, { json: [{ op: 'replace', path: '/label', value: 'H1 2026' }], contentType: 'application/json-patch+json' });
    expect(vPatch.body).toMatchObject({ id: v.body.id, label: 'H1 2026', archived: false });

    expect((await sim.call('PUT', `/configuration/job-properties/${p.body.id}/archive-values/${v.body.id}`, { json: {} })).status).toBe(204);
    let vals = (await sim.call('GET', `/configuration/job-properties/${p.body.id}/values`)).body.content;
    expect(vals.find((x: { id: string }) => x.id === v.body.id).archived).toBe(true);
    expect((await sim.call('DELETE', `/configuration/job-properties/${p.body.id}/archive-values/${v.body.id}`)).status).toBe(204);
    vals = (await sim.call('GET', `/configuration/job-properties/${p.body.id}/values`)).body.content;
    expect(vals.find((x: { id: string }) => x.id === v.body.id).archived).toBe(false);
    expect((await sim.call('DELETE', `/configuration/job-properties/${p.body.id}/values/${v.body.id}`)).status).toBe(204);
    vals = (await sim.call('GET', `/configuration/job-properties/${p.body.id}/values`)).body.content;
    expect(vals.find((x: { id: string }) => x.id === v.body.id).archived).toBe(true);
    expect((await sim.call('PUT', `/configuration/job-properties/${p.body.id}/archive-values/unknown`, { json: {} })).status).toBe(404);

    expect((await sim.call('DELETE', `/configuration/job-properties/${p.body.id}/activation`)).status).toBe(204);
    expect((await sim.call('GET', `/configuration/job-properties/${p.body.id}`)).body.active).toBe(false);
    expect((await sim.call('PUT', `/configuration/job-properties/${p.body.id}/activation`, { json: {} })).status).toBe(204);
    expect((await sim.call('GET', `/configuration/job-properties/${p.body.id}`)).body.active).toBe(true);

    const tr = await sim.call('PATCH', `/configuration/job-properties/${p.body.id}/translations`, { json: [{ language: 'de', label: 'Einstellungsplan' }] });
    expect(tr.status).toBe(204);
    const de = await sim.call('GET', `/configuration/job-properties/${p.body.id}`, { headers: { 'Accept-Language': 'de-DE,de;q=0.9' } });
    expect(de.body.label).toBe('Einstellungsplan');
    expect((await sim.call('GET', `/configuration/job-properties/${p.body.id}`)).body.label).toBe('Hiring plan 2026');
    const badTr = await sim.call('PATCH', `/configuration/job-properties/${p.body.id}/translations`, { json: [{ language: 'de' }] });
    expect(badTr.status).toBe(400);
    expect(badTr.body.message).toContain('[0].label');
    await sim.call('PATCH', `/configuration/job-properties/${p.body.id}/values/${v.body.id}/translations`, { json: [{ language: 'fr', label: 'S1' }] });
    const fr = await sim.call('GET', `/configuration/job-properties/${p.body.id}/values`, { headers: { 'Accept-Language': 'fr' } });
    expect(fr.body.content.find((x: { id: string }) => x.id === v.body.id).label).toBe('S1');
    expect((await sim.call('GET', '/configuration/job-properties/unknown')).status).toBe(404);
  });

  it('job property dependents: seeded Business unit → Team, create, value links, remove, cycles rejected', async () => {
    const all = (await sim.call('GET', '/configuration/job-properties')).body.content;
    const unit = all.find((p: { label: string }) => p.label === 'Business unit');
    const team = all.find((p: { label: string }) => p.label === 'Team');
    const deps = await sim.call('GET', `/configuration/job-properties/${unit.id}/dependents`);
    expect(deps.body).toMatchObject({ totalFound: 1, content: [{ id: team.id, label: 'Team' }] });
    const rel = await sim.call('GET', `/configuration/job-properties/${unit.id}/dependents/${team.id}/values`);
    const platform = rel.body.content.find((r: { label: string }) => r.label === 'Platform');
    expect(platform.values.map((x: { label: string }) => x.label).sort()).toEqual(['Core API', 'Payments']);

    const teamValues = (await sim.call('GET', `/configuration/job-properties/${team.id}/values`)).body.content;
    const brand = teamValues.find((x: { label: string }) => x.label === 'Brand');
    const add = await sim.call('POST', `/configuration/job-properties/${unit.id}/values/${platform.id}/dependents/${team.id}/values`, { json: { id: brand.id } });
    expect(add.status).toBe(204);
    let linked = await sim.call('GET', `/configuration/job-properties/${unit.id}/values/${platform.id}/dependents/${team.id}/values`);
    expect(linked.body.content.map((x: { label: string }) => x.label)).toContain('Brand');
    expect((await sim.call('DELETE', `/configuration/job-properties/${unit.id}/values/${platform.id}/dependents/${team.id}/values/${brand.id}`)).status).toBe(204);
    linked = await sim.call('GET', `/configuration/job-properties/${unit.id}/values/${platform.id}/dependents/${team.id}/values`);
    expect(linked.body.content.map((x: { label: string }) => x.label)).not.toContain('Brand');
    expect((await sim.call('DELETE', `/configuration/job-properties/${unit.id}/values/${platform.id}/dependents/${team.id}/values/${brand.id}`)).status).toBe(404);
    const badLink = await sim.call('POST', `/configuration/job-properties/${unit.id}/values/${platform.id}/dependents/${team.id}/values`, { json: { id: 'nope' } });
    expect(badLink.status).toBe(404);

    const cycle = await sim.call('POST', `/configuration/job-properties/${team.id}/dependents`, { json: { ids: [unit.id] } });
    expect(cycle.status).toBe(400);
    expect(cycle.body.message).toContain('cycles');
    const self = await sim.call('POST', `/configuration/job-properties/${team.id}/dependents`, { json: { ids: [team.id] } });
    expect(self.status).toBe(400);
    const region = all.find((p: { label: string }) => p.label === 'Region');
    const created = await sim.call('POST', `/configuration/job-properties/${team.id}/dependents`, { json: { ids: [region.id] } });
    expect(created.status).toBe(201);
    expect(created.body.content.map((d: { id: string }) => d.id)).toEqual([region.id]);
    expect((await sim.call('DELETE', `/configuration/job-properties/${team.id}/dependents/${region.id}`)).status).toBe(204);
    expect((await sim.call('GET', `/configuration/job-properties/${team.id}/dependents`)).body.totalFound).toBe(0);
    expect((await sim.call('GET', `/configuration/job-properties/${team.id}/dependents/${region.id}/values`)).status).toBe(404);
  });

  it('candidate properties: list, get, SINGLE_SELECT values CRUD', async () => {
    const all = await sim.call('GET', '/configuration/candidate-properties');
    expect(all.body.totalFound).toBeGreaterThanOrEqual(5);
    const notice = all.body.content.find((p: { label: string }) => p.label === 'Notice period');
    expect(notice).toMatchObject({ type: 'SINGLE_SELECT', availability: { toUsers: expect.stringMatching(/^(ALL|FULL_ACCESS)$/) } });
    expect((await sim.call('GET', `/configuration/candidate-properties/${notice.id}`)).body.label).toBe('Notice period');
    const created = await sim.call('POST', `/configuration/candidate-properties/${notice.id}/values`, { json: { label: '6 months' } });
    expect(created.status).toBe(201);
    expect((await sim.call('GET', `/configuration/candidate-properties/${notice.id}/values/${created.body.id}`)).body.label).toBe('6 months');
    const upd = await sim.call('PUT', `/configuration/candidate-properties/${notice.id}/values/${created.body.id}`, { json: { label: 'Half a year' } });
    expect(upd.body).toEqual({ id: created.body.id, label: 'Half a year', value: 'Half a year' });
    expect((await sim.call('PUT', `/configuration/candidate-properties/${notice.id}/values/${created.body.id}`, { json: {} })).status).toBe(400);
    expect((await sim.call('DELETE', `/configuration/candidate-properties/${notice.id}/values/${created.body.id}`)).status).toBe(204);
    expect((await sim.call('GET', `/configuration/candidate-properties/${notice.id}/values/${created.body.id}`)).status).toBe(404);
    const salary = all.body.content.find((p: { label: string }) => p.label === 'Expected salary');
    expect((await sim.call('POST', `/configuration/candidate-properties/${salary.id}/values`, { json: { label: 'x' } })).status).toBe(400);
  });

  it('predefined locations: cursor pages by pageId + pageSize, identifiers filter, CRUD, atomic deleteMany', async () => {
    const seen: string[] = [];
    let pageId: string | undefined;
    let total = 0;
    do {
      const r = await sim.call('GET', `/configuration/predefined-locations?pageSize=5${pageId ? `&pageId=${pageId}` : ''}`);
      expect(r.status).toBe(200);
      total = r.body.totalFound;
      seen.push(...r.body.content.map((l: { id: string }) => l.id));
      pageId = r.body.nextPageId;
      expect(Boolean(r.headers.get('link'))).toBe(Boolean(pageId));
    } while (pageId);
    expect(total).toBeGreaterThan(10);
    expect(new Set(seen).size).toBe(total);
    const countries = new Set((await sim.call('GET', '/configuration/predefined-locations?pageSize=100')).body.content.map((l: { countryCode: string }) => l.countryCode));
    expect(countries.size).toBeGreaterThan(5);

    const created = await sim.call('POST', '/configuration/predefined-locations', { json: { city: 'Lisbon', country: 'Portugal', countryCode: 'PT', identifier: 'LIS-HQ', latitude: 38.72, longitude: -9.14 } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ city: 'Lisbon', countryCode: 'pt', identifier: 'LIS-HQ' });
    const filtered = await sim.call('GET', '/configuration/predefined-locations?identifiers=LIS-HQ,LOC-US-01');
    expect(filtered.body.content.map((l: { identifier: string }) => l.identifier).sort()).toEqual(['LIS-HQ', 'LOC-US-01']);
    expect((await sim.call('POST', '/configuration/predefined-locations', { json: { city: 'Porto', country: 'Portugal', identifier: 'LIS-HQ' } })).status).toBe(409);
    const bad = await sim.call('POST', '/configuration/predefined-locations', { json: { city: 'Nowhere', latitude: 200 } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('country');
    const upd = await sim.call('PUT', `/configuration/predefined-locations/${created.body.id}`, { json: { city: 'Lisboa', country: 'Portugal', identifier: 'LIS-HQ' } });
    expect(upd.body).toMatchObject({ id: created.body.id, city: 'Lisboa' });
    expect(upd.body.latitude).toBeUndefined();
    const second = await sim.call('POST', '/configuration/predefined-locations', { json: { city: 'Porto', country: 'Portugal' } });
    const partial = await sim.call('DELETE', '/configuration/predefined-locations', { json: { ids: [second.body.id, 'missing-id'] } });
    expect(partial.status).toBe(404);
    expect(partial.body.message).toContain('missing-id');
    expect((await sim.call('GET', `/configuration/predefined-locations/${second.body.id}`)).status).toBe(200);
    expect((await sim.call('DELETE', '/configuration/predefined-locations', { json: { ids: [second.body.id, 'LIS-HQ'] } })).status).toBe(204);
    expect((await sim.call('GET', `/configuration/predefined-locations/${second.body.id}`)).status).toBe(404);
    expect((await sim.call('GET', `/configuration/predefined-locations/${created.body.id}`)).status).toBe(404);
    expect((await sim.call('DELETE', `/configuration/predefined-locations/${seen[0]}`)).status).toBe(204);
    expect((await sim.call('GET', '/configuration/predefined-locations?pageSize=100')).body.totalFound).toBe(total - 1);
  });

  it('sources: types with subtypes, offset-paged values, subtype filter, single, by identifier, recruiter resolve', async () => {
    const types = await sim.call('GET', '/configuration/sources');
    const labels = types.body.content.map((t: { label: string }) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['Job board', 'Referral']));
    const board = types.body.content.find((t: { id: string }) => t.id === 'JOB_BOARD');
    expect(board.subtypes.map((s: { id: string }) => s.id)).toEqual(['FREE', 'PAID']);
    const p1 = await sim.call('GET', '/configuration/sources/JOB_BOARD/values?limit=5&offset=0');
    const p2 = await sim.call('GET', '/configuration/sources/JOB_BOARD/values?limit=5&offset=5');
    expect(p1.body).toMatchObject({ limit: 5, offset: 0, totalFound: expect.any(Number) });
    expect(p1.body.totalFound).toBeGreaterThan(5);
    expect(p2.body.offset).toBe(5);
    const ids = [...p1.body.content, ...p2.body.content].map((s: { id: string }) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const paid = await sim.call('GET', '/configuration/sources/JOB_BOARD/values?sourceSubType=PAID&limit=100');
    expect(paid.body.content.every((s: { sourceSubType: string }) => s.sourceSubType === 'PAID')).toBe(true);
    expect((await sim.call('GET', '/configuration/sources/JOB_BOARD/values?sourceSubType=GOLD')).status).toBe(400);
    expect((await sim.call('GET', '/configuration/sources/NOPE/values')).status).toBe(404);
    const single = await sim.call('GET', '/configuration/sources/JOB_BOARD/values/linkedin');
    expect(single.body).toMatchObject({ id: 'linkedin', label: 'LinkedIn', sourceSubType: 'FREE' });
    expect((await sim.call('GET', '/configuration/sources/REFERRAL/values/linkedin')).status).toBe(404);
    expect((await sim.call('GET', '/configuration/sources/indeed')).body).toEqual({ label: 'Indeed', type: 'JOB_BOARD', subType: 'FREE' });
    // Every seeded candidate source is a configured source.
    const c = sim.state.candidates.get(0);
    const src = c.applications[0]!.source;
    expect((await sim.call('GET', `/configuration/sources/${src.sourceTypeId}/values/${src.sourceId}`)).status).toBe(200);
    const r1 = await sim.call('PUT', '/configuration/sources/recruiters/resolve', { json: { name: 'Talent Partners GmbH' } });
    expect(r1.status).toBe(200);
    const r2 = await sim.call('PUT', '/configuration/sources/recruiters/resolve', { json: { name: 'talent partners gmbh' } });
    expect(r2.body.id).toBe(r1.body.id);
    expect((await sim.call('GET', `/configuration/sources/AGENCY/values/${r1.body.id}`)).body.label).toBe('Talent Partners GmbH');
    expect((await sim.call('PUT', '/configuration/sources/recruiters/resolve', { json: {} })).status).toBe(400);
  });

  it('hiring processes, reasons, offer properties, company, career sites', async () => {
    const hp = await sim.call('GET', '/configuration/hiring-processes');
    expect(hp.body.totalFound).toBeGreaterThanOrEqual(3);
    const one = await sim.call('GET', `/configuration/hiring-processes/${hp.body.content[0].id}`);
    expect(one.body).toMatchObject({ name: expect.any(String), active: true, subStatuses: { IN_REVIEW: expect.any(Array), INTERVIEW: expect.any(Array), OFFERED: expect.any(Array) } });
    expect(one.body.subStatuses.INTERVIEW[0]).toMatchObject({ id: expect.any(String), label: expect.any(String) });
    expect((await sim.call('GET', '/configuration/hiring-processes/nope')).status).toBe(404);
    const rej = await sim.call('GET', '/configuration/rejection-reasons');
    expect(rej.body.totalFound).toBeGreaterThan(5);
    expect(rej.body.content[0]).toMatchObject({ id: expect.any(String), label: expect.any(String) });
    expect((await sim.call('GET', '/configuration/withdrawal-reasons')).body.content.map((r: { label: string }) => r.label)).toContain('Accepted another offer');
    const offer = await sim.call('GET', '/configuration/offer-properties');
    expect(offer.body.categories[0].properties[0]).toMatchObject({ key: expect.any(String), label: expect.any(String), required: expect.any(Boolean), type: expect.any(String) });
    const company = await sim.call('GET', '/configuration/company');
    expect(company.body).toMatchObject({ identifier: sim.state.companyId, name: sim.state.companyName, website: expect.stringMatching(/^https:/), location: { country: expect.any(String) } });
    const sites = await sim.call('GET', '/configuration/career-sites');
    expect(sites.body.totalFound).toBeGreaterThanOrEqual(2);
    expect((await sim.call('GET', `/configuration/career-sites/${sites.body.content[1].id}`)).body.language).toBe(sites.body.content[1].language);
    expect((await sim.call('GET', '/configuration/career-sites/nope')).status).toBe(404);
  });

  it('configuration access groups: pageId + pageSize paging and CRUD', async () => {
    const first = await sim.call('GET', '/configuration/access-groups?pageSize=3');
    expect(first.body.content).toHaveLength(3);
    expect(first.body.nextPageId).toEqual(expect.any(String));
    const second = await sim.call('GET', `/configuration/access-groups?pageSize=3&pageId=${first.body.nextPageId}`);
    expect(second.body.content[0].id).not.toBe(first.body.content[0].id);
    const created = await sim.call('POST', '/configuration/access-groups', { json: { name: 'Interviewers', description: 'Panel members' } });
    expect(created.status).toBe(201);
    expect((await sim.call('POST', '/configuration/access-groups', { json: { name: 'interviewers' } })).status).toBe(409);
    expect((await sim.call('POST', '/configuration/access-groups', { json: {} })).status).toBe(400);
    const upd = await sim.call('PUT', `/configuration/access-groups/${created.body.id}`, { json: { name: 'Interview panel' } });
    expect(upd.body).toMatchObject({ id: created.body.id, name: 'Interview panel' });
    expect((await sim.call('GET', `/configuration/access-groups/${created.body.id}`)).body.name).toBe('Interview panel');
    expect((await sim.call('DELETE', `/configuration/access-groups/${created.body.id}`)).status).toBe(204);
    expect((await sim.call('GET', `/configuration/access-groups/${created.body.id}`)).status).toBe(404);
  });

  it('a reset restores the seeded configuration', async () => {
    await sim.call('POST', '/configuration/departments', { json: { label: 'Temporary' } });
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    const depts = await sim.call('GET', '/configuration/departments');
    expect(depts.body.content.map((d: { label: string }) => d.label)).not.toContain('Temporary');
    const jp = await sim.call('GET', '/configuration/job-properties');
    expect(jp.body.content.map((p: { label: string }) => p.label)).not.toContain('Hiring plan 2026');
  });
});
