import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ROLES } from '../../src/simulator/areas/users/system-roles.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

const JSON_PATCH = 'application/json-patch+json';

describe('simulator: every documented field (users, assignments, jobs, postings)', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ seed: 11, candidates: 300, jobs: 30, users: 12, rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  it('users carry language, ssoLoginMode, systemRole.name, accessGroups and an office location', async () => {
    const res = await sim.call('GET', '/user-api/v201804/users?limit=100');
    expect(res.status).toBe(200);
    const names = new Map(SYSTEM_ROLES.map((r) => [r.id, r.name]));
    for (const u of res.body.content) {
      expect(u.systemRole.name).toBe(names.get(u.systemRole.id));
      expect(['SSO', 'PASSWORD']).toContain(u.ssoLoginMode);
      expect(u.language.code).toMatch(/^[a-z]{2}$/);
      expect(Array.isArray(u.accessGroups)).toBe(true);
      expect(u.location).toMatchObject({ country: expect.any(String), city: expect.any(String), address: expect.any(String), postalCode: expect.any(String), latitude: expect.stringMatching(/^-?\d/), longitude: expect.stringMatching(/^-?\d/) });
    }
    // "All employees" holds every seeded user; the access group list and the user agree.
    const groups = await sim.call('GET', '/user-api/v201804/access-groups');
    const all = groups.body.content.find((g: { name: string }) => g.name === 'All employees');
    for (const u of res.body.content) expect(u.accessGroups).toContainEqual({ id: all.id, name: 'All employees' });
  });

  it('POST /users keeps language, ssoLoginMode and shows systemRole.name; PATCH changes them; bad values are 400s naming the field', async () => {
    const created = await sim.call('POST', '/user-api/v201804/users', {
      json: { email: 'lang.user@example.org', firstName: 'Lang', lastName: 'User', systemRole: { id: 'EXTENDED' }, ssoLoginMode: 'SSO', language: { code: 'pt-BR' }, externalData: 'HR-1', ssoIdentifier: 'lang@idp' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ssoLoginMode: 'SSO', language: { code: 'pt-BR' }, systemRole: { id: 'EXTENDED', name: 'Extended' }, externalData: 'HR-1', ssoIdentifier: 'lang@idp', accessGroups: [] });
    const again = await sim.call('GET', `/user-api/v201804/users/${created.body.id}`);
    expect(again.body).toMatchObject({ ssoLoginMode: 'SSO', language: { code: 'pt-BR' } });
    // Defaults for a user created without them: password login, English.
    const plain = await sim.call('POST', '/user-api/v201804/users', { json: { firstName: 'Plain', lastName: 'User', systemRole: { id: 'EMPLOYEE' } } });
    expect(plain.body).toMatchObject({ ssoLoginMode: 'PASSWORD', language: { code: 'en' }, systemRole: { name: 'Employee' } });
    const patched = await sim.call('PATCH', `/user-api/v201804/users/${created.body.id}`, {
      json: [{ op: 'replace', path: '/ssoLoginMode', value: 'PASSWORD' }, { op: 'replace', path: '/language/code', value: 'fr' }, { op: 'replace', path: '/systemRole', value: { id: 'ADMINISTRATOR' } }],
      contentType: JSON_PATCH,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ ssoLoginMode: 'PASSWORD', language: { code: 'fr' }, systemRole: { id: 'ADMINISTRATOR', name: 'Administrator' } });
    for (const [body, field] of [
      [{ ssoLoginMode: 'sso' }, /^ssoLoginMode: must be one of SSO, PASSWORD/],
      [{ language: { code: 'English' } }, /^language\.code:/],
      [{ language: 'en' }, /^language: must be an object/],
    ] as const) {
      const bad = await sim.call('POST', '/user-api/v201804/users', { json: { firstName: 'Bad', lastName: 'User', systemRole: { id: 'EMPLOYEE' }, ...body } });
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.body.message).toMatch(field);
    }
  });

  it('assignments carry subStatus, startsOn and rejection/withdrawal reasons with their configured labels', async () => {
    const rejection = new Map((await sim.call('GET', '/configuration/rejection-reasons')).body.content.map((r: { id: string; label: string }) => [r.id, r.label]));
    const withdrawal = new Map((await sim.call('GET', '/configuration/withdrawal-reasons')).body.content.map((r: { id: string; label: string }) => [r.id, r.label]));
    const seen = new Set<string>();
    for (let i = 0; i < sim.state.candidates.size && seen.size < 4; i++) {
      const c = sim.state.candidates.get(i);
      const app = c.applications[0];
      if (!app || seen.has(app.status) || !['REJECTED', 'WITHDRAWN', 'HIRED', 'INTERVIEW'].includes(app.status)) continue;
      seen.add(app.status);
      const got = await sim.call('GET', `/candidates/${c.id}/jobs/${app.jobId}`);
      const details = await sim.call('GET', `/candidates/${c.id}`);
      const primary = details.body.primaryAssignment;
      expect(primary.job.actions.positionDetails).toEqual({ url: `${sim.url}/jobs/${app.jobId}/positions`, method: 'GET' });
      expect(primary.actions.sourceDetails.url).toBe(`${sim.url}/candidates/${c.id}/jobs/${app.jobId}/source`);
      if (app.status === 'REJECTED') {
        expect(got.body.reasonOfRejection.label).toBe(rejection.get(got.body.reasonOfRejection.id));
        expect(got.body.reasonOfRejection.label).not.toBe(got.body.reasonOfRejection.id);
        expect(primary.reasonOfRejection).toEqual(got.body.reasonOfRejection);
        expect(got.body.reasonOfWithdrawal).toBeUndefined();
      }
      if (app.status === 'WITHDRAWN') {
        expect(got.body.reasonOfWithdrawal.label).toBe(withdrawal.get(got.body.reasonOfWithdrawal.id));
        expect(primary.reasonOfWithdrawal).toEqual(got.body.reasonOfWithdrawal);
      }
      if (app.status === 'HIRED') expect(primary.startsOn).toBe(got.body.startsOn);
      if (app.status === 'INTERVIEW') {
        expect(typeof got.body.subStatus).toBe('string');
        expect(primary.subStatus).toBe(got.body.subStatus);
        const list = await sim.call('GET', `/candidates?limit=100&status=INTERVIEW`);
        const item = list.body.content.find((x: { id: string }) => x.id === c.id);
        if (item) expect(item.primaryAssignment.subStatus).toBe(got.body.subStatus);
        // The last history entry carries the sub-status; every entry links its candidate and job.
        const history = await sim.call('GET', `/candidates/${c.id}/jobs/${app.jobId}/status/history`);
        expect(history.body.content.at(-1)).toMatchObject({ status: 'INTERVIEW', subStatus: got.body.subStatus });
        for (const h of history.body.content) expect(h.actions).toEqual({ candidate: { url: `${sim.url}/candidates/${c.id}`, method: 'GET' }, job: { url: `${sim.url}/jobs/${app.jobId}`, method: 'GET' } });
      }
    }
    expect(seen).toEqual(new Set(['REJECTED', 'WITHDRAWN', 'HIRED', 'INTERVIEW']));
  });

  it('a status change takes a configured reason id (not a label, not the other kind) and shows its label', async () => {
    const c = sim.state.candidates.get(3);
    const app = c.applications[0]!;
    const [reason] = (await sim.call('GET', '/configuration/rejection-reasons')).body.content;
    const [withdrawalReason] = (await sim.call('GET', '/configuration/withdrawal-reasons')).body.content;
    const put = (body: unknown) => sim.call('PUT', `/candidates/${c.id}/jobs/${app.jobId}/status`, { json: body });
    for (const [body, message] of [
      [{ status: 'REJECTED', reason: reason.label }, /^reason: ".*" is not the id of a configured rejection reason/],
      [{ status: 'REJECTED', reason: withdrawalReason.id }, /rejection reason/],
      [{ status: 'WITHDRAWN', reason: reason.id }, /withdrawal reason/],
      [{ status: 'INTERVIEW', reason: reason.id }, /^reason: only a REJECTED or WITHDRAWN status takes a reason/],
    ] as const) {
      const bad = await put(body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.body.message).toMatch(message);
    }
    expect((await put({ status: 'REJECTED', reason: reason.id })).status).toBe(204);
    const got = await sim.call('GET', `/candidates/${c.id}/jobs/${app.jobId}`);
    expect(got.body.reasonOfRejection).toEqual({ id: reason.id, label: reason.label });
  });

  it('a résumé gives the candidate its web profiles and, for a known city, its location', async () => {
    const text = ['Rosa Parks', 'rosa.parks@example.org', 'Kraków, Poland', 'Skype: rosa.parks', 'https://www.linkedin.com/in/rosa', 'https://www.facebook.com/rosa', 'https://twitter.com/rosa', 'https://rosa.dev'].join('\n');
    const form = new FormData();
    form.append('file', new Blob([text], { type: 'text/plain' }), 'cv.txt');
    const res = await sim.call('POST', '/candidates/cv', { raw: form });
    expect(res.status).toBe(201);
    expect(res.body.web).toEqual({ skype: 'rosa.parks', linkedin: 'https://www.linkedin.com/in/rosa', facebook: 'https://www.facebook.com/rosa', twitter: 'https://twitter.com/rosa', website: 'https://rosa.dev' });
    expect(res.body.location).toMatchObject({ city: 'Kraków', country: 'Poland', countryCode: 'pl', lat: expect.any(Number), lng: expect.any(Number) });
    // An unknown city is not guessed at.
    const other = new FormData();
    other.append('file', new Blob(['Ann Lee\nann.lee@example.org\nAtlantis, Ocean\n'], { type: 'text/plain' }), 'cv.txt');
    const unknown = await sim.call('POST', '/candidates/cv', { raw: other });
    expect(unknown.status).toBe(201);
    expect(unknown.body.location?.city).not.toBe('Atlantis');
  });

  it('jobs carry eeoCategory, a location address and postal code, a department description and job ad videos', async () => {
    const job = sim.state.jobs.list[4]!;
    const got = await sim.call('GET', `/jobs/${job.id}`);
    expect(got.body.eeoCategory).toEqual({ id: expect.any(String), label: expect.any(String) });
    expect(got.body.location).toMatchObject({ address: expect.any(String), postalCode: expect.any(String) });
    const dept = (await sim.call('GET', '/configuration/departments')).body.content.find((d: { id: string }) => d.id === got.body.department.id);
    expect(got.body.department.description).toBe(dept.description);
    expect(Array.isArray(got.body.jobAd.sections.videos.urls)).toBe(true);
    const list = await sim.call('GET', '/jobs?limit=100');
    for (const j of list.body.content) expect(j.location.postalCode, j.id).toEqual(expect.any(String));
  });

  it('postings name the experience level {id, name} and carry the videos section with a title', async () => {
    const list = await sim.call('GET', `/v1/companies/${sim.state.companyId}/postings?limit=5`, { auth: false });
    const summary = list.body.content[0];
    expect(summary.experienceLevel).toEqual({ id: expect.any(String), name: expect.any(String) });
    expect(summary.experienceLevel.label).toBeUndefined();
    const one = await sim.call('GET', `/v1/companies/${sim.state.companyId}/postings/${summary.id}`, { auth: false });
    expect(one.body.jobAd.sections.videos).toEqual({ title: expect.any(String), urls: expect.any(Array) });
    expect(one.body.department.description).toEqual(expect.any(String));
  });
});
