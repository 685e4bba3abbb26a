import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

describe('simulator SCIM 2.0', () => {
  let sim: Sim;
  let scim: (method: string, path: string, body?: unknown, token?: string) => Promise<{ status: number; headers: Headers; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  beforeAll(async () => {
    sim = await startSim({ seed: 11, users: 30, scimToken: 'scim-test-token', rateLimits: { enabled: false } });
    scim = async (method, path, body, token = sim.scimToken) => {
      const res = await fetch(`${sim.url}/scim/v2${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/scim+json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
    };
  });
  afterAll(() => sim.close());

  it('uses its own bearer token: the API key and no token are 401 in the SCIM error schema', async () => {
    expect(sim.scimToken).toBe('scim-test-token');
    const none = await fetch(`${sim.url}/scim/v2/Users`);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/scim+json');
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    const body = await none.json();
    expect(body).toMatchObject({ schemas: [ERROR], status: '401', detail: expect.any(String) });
    expect(JSON.stringify(body)).not.toContain('scim-test-token');
    expect((await scim('GET', '/Users', undefined, sim.apiKey)).status).toBe(401);
    const apiKeyHeader = await fetch(`${sim.url}/scim/v2/Users`, { headers: { 'X-SmartToken': sim.apiKey } });
    expect(apiKeyHeader.status).toBe(401);
    // And the SCIM token is not an API credential.
    expect((await sim.call('GET', '/user-api/v201804/users', { bearer: sim.scimToken })).status).toBe(401);
  });

  it('lists users as a ListResponse with startIndex/count paging', async () => {
    const p1 = await scim('GET', '/Users?startIndex=1&count=10');
    expect(p1.status).toBe(200);
    expect(p1.headers.get('content-type')).toContain('application/scim+json');
    expect(p1.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 30, itemsPerPage: 10, startIndex: 1 });
    const u = p1.body.Resources[0];
    expect(u).toMatchObject({ schemas: [USER], id: expect.any(String), userName: expect.stringContaining('@'), name: { givenName: expect.any(String), familyName: expect.any(String) }, emails: [{ value: expect.any(String), primary: true }], active: expect.any(Boolean), meta: { resourceType: 'User', location: expect.stringContaining(`/scim/v2/Users/${u.id}`) } });
    const ids: string[] = [];
    for (let start = 1; start <= 30; start += 7) {
      const page = await scim('GET', `/Users?startIndex=${start}&count=7`);
      expect(page.body.startIndex).toBe(start);
      ids.push(...page.body.Resources.map((r: { id: string }) => r.id));
    }
    expect(new Set(ids).size).toBe(30);
    const beyond = await scim('GET', '/Users?startIndex=100');
    expect(beyond.body).toMatchObject({ totalResults: 30, itemsPerPage: 0, Resources: [] });
    const projected = await scim('GET', '/Users?count=1&attributes=userName');
    expect(Object.keys(projected.body.Resources[0]).sort()).toEqual(['id', 'schemas', 'userName']);
  });

  it('filters with eq on userName, emails.value and externalId, joined by and; bad filters are invalidFilter', async () => {
    const someone = sim.state.users.list[4]!;
    const byName = await scim('GET', `/Users?filter=${encodeURIComponent(`userName eq "${someone.email.toUpperCase()}"`)}`);
    expect(byName.body.totalResults).toBe(1);
    expect(byName.body.Resources[0].id).toBe(someone.id);
    const byEmail = await scim('GET', `/Users?filter=${encodeURIComponent(`emails.value eq "${someone.email}"`)}`);
    expect(byEmail.body.Resources.map((r: { id: string }) => r.id)).toEqual([someone.id]);
    const bare = await scim('GET', `/Users?filter=${encodeURIComponent(`emails eq "${someone.email}"`)}`);
    expect(bare.body.Resources.map((r: { id: string }) => r.id)).toEqual([someone.id]);
    const both = await scim('GET', `/Users?filter=${encodeURIComponent(`userName eq "${someone.email}" and active eq ${someone.active}`)}`);
    expect(both.body.totalResults).toBe(1);
    const contradiction = await scim('GET', `/Users?filter=${encodeURIComponent(`userName eq "${someone.email}" and active eq ${!someone.active}`)}`);
    expect(contradiction.body.totalResults).toBe(0);
    const none = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "nobody@example.org"')}`);
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });
    const bad = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq')}`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidFilter' });
    const unsupported = await scim('GET', `/Users?filter=${encodeURIComponent('password eq "x"')}`);
    expect(unsupported.body.scimType).toBe('invalidFilter');
  });

  it('creates a user that the User API sees, and rejects a duplicate userName with uniqueness', async () => {
    const created = await scim('POST', '/Users', {
      schemas: [USER], userName: 'ada.lovelace@example.org', externalId: 'okta-00ada', name: { givenName: 'Ada', familyName: 'Lovelace' },
      emails: [{ value: 'ada.lovelace@example.org', type: 'work', primary: true }], active: true, roles: [{ value: 'RESTRICTED', primary: true }], password: 'never-stored',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(created.body.meta.location);
    expect(created.body).toMatchObject({ userName: 'ada.lovelace@example.org', externalId: 'okta-00ada', active: true, roles: [{ value: 'RESTRICTED' }] });
    expect(JSON.stringify(created.body)).not.toContain('never-stored');
    const viaApi = await sim.call('GET', `/user-api/v201804/users/${created.body.id}`);
    expect(viaApi.status).toBe(200);
    expect(viaApi.body).toMatchObject({ email: 'ada.lovelace@example.org', firstName: 'Ada', lastName: 'Lovelace', active: true, systemRole: { id: 'RESTRICTED' } });
    const list = await sim.call('GET', '/user-api/v201804/users?q=lovelace');
    expect(list.body.content.map((u: { id: string }) => u.id)).toContain(created.body.id);
    const byExt = await scim('GET', `/Users?filter=${encodeURIComponent('externalId eq "okta-00ada"')}`);
    expect(byExt.body.Resources.map((r: { id: string }) => r.id)).toEqual([created.body.id]);

    const dup = await scim('POST', '/Users', { schemas: [USER], userName: 'ADA.LOVELACE@example.org', name: { givenName: 'A', familyName: 'L' } });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
    const noName = await scim('POST', '/Users', { schemas: [USER], userName: 'x@example.org' });
    expect(noName.status).toBe(400);
    expect(noName.body).toMatchObject({ scimType: 'invalidValue', detail: expect.stringContaining('name.givenName') });
    const badRole = await scim('POST', '/Users', { schemas: [USER], userName: 'y@example.org', name: { givenName: 'Y', familyName: 'Y' }, roles: [{ value: 'administrator' }] });
    expect(badRole.status).toBe(400);
    expect(badRole.body.detail).toContain('case-sensitive');
    const noSchema = await scim('POST', '/Users', { userName: 'z@example.org', name: { givenName: 'Z', familyName: 'Z' } });
    expect(noSchema.body.scimType).toBe('invalidSyntax');
  });

  it('a user created through the User API shows in SCIM', async () => {
    const u = await sim.call('POST', '/user-api/v201804/users', { json: { email: 'grace.hopper@example.org', firstName: 'Grace', lastName: 'Hopper', systemRole: { id: 'ADMINISTRATOR' } } });
    const found = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "grace.hopper@example.org"')}`);
    expect(found.body.Resources[0]).toMatchObject({ id: u.body.id, name: { givenName: 'Grace', familyName: 'Hopper' }, roles: [{ value: 'ADMINISTRATOR' }] });
    expect((await scim('GET', `/Users/${u.body.id}`)).body.userName).toBe('grace.hopper@example.org');
  });

  it('PUT replaces, PATCH add/replace/remove, replace active=false deactivates, DELETE deactivates', async () => {
    const c = await scim('POST', '/Users', { schemas: [USER], userName: 'alan.turing@example.org', externalId: 'ext-1', name: { givenName: 'Alan', familyName: 'Turing' } });
    const id = c.body.id;
    const put = await scim('PUT', `/Users/${id}`, { schemas: [USER], userName: 'alan.turing@example.org', name: { givenName: 'Alan M.', familyName: 'Turing' }, emails: [{ value: 'alan@example.org', primary: true }] });
    expect(put.status).toBe(200);
    expect(put.body.externalId).toBeUndefined();
    expect(put.body.emails[0].value).toBe('alan@example.org');
    expect((await sim.call('GET', `/user-api/v201804/users/${id}`)).body).toMatchObject({ firstName: 'Alan M.', email: 'alan@example.org' });

    const patched = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [
      { op: 'add', path: 'externalId', value: 'ext-2' },
      { op: 'replace', path: 'name.familyName', value: 'Turing-Smith' },
      { op: 'Replace', value: { 'name.givenName': 'Al' } },
    ] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ externalId: 'ext-2', name: { givenName: 'Al', familyName: 'Turing-Smith' }, active: true });
    const removed = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'remove', path: 'externalId' }] });
    expect(removed.body.externalId).toBeUndefined();
    const cannot = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'remove', path: 'userName' }] });
    expect(cannot.status).toBe(400);
    expect(cannot.body.scimType).toBe('mutability');
    const badPath = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'shoeSize', value: 42 }] });
    expect(badPath.body.scimType).toBe('invalidPath');
    // A failing operation leaves the user as it was (all or nothing).
    const atomic = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'name.givenName', value: 'Changed' }, { op: 'replace', path: 'shoeSize', value: 1 }] });
    expect(atomic.status).toBe(400);
    expect((await scim('GET', `/Users/${id}`)).body.name.givenName).toBe('Al');

    const off = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: false }] });
    expect(off.body.active).toBe(false);
    expect((await sim.call('GET', `/user-api/v201804/users/${id}`)).body.active).toBe(false);
    const on = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: 'True' } }] });
    expect(on.body.active).toBe(true);

    expect((await scim('DELETE', `/Users/${id}`)).status).toBe(204);
    const after = await scim('GET', `/Users/${id}`);
    expect(after.status).toBe(200);
    expect(after.body.active).toBe(false);
    expect((await sim.call('GET', `/user-api/v201804/users/${id}`)).body.active).toBe(false);
    const missing = await scim('GET', '/Users/does-not-exist');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ schemas: [ERROR], status: '404' });
  });

  it('groups are the departments: list, get, create, PATCH membership, PUT, DELETE', async () => {
    const list = await scim('GET', '/Groups');
    expect(list.body.totalResults).toBe(sim.state.departments.length);
    const g0 = list.body.Resources[0];
    expect(g0).toMatchObject({ schemas: [GROUP], id: sim.state.departments[0]!.id, displayName: sim.state.departments[0]!.label, members: expect.any(Array) });
    const memberCount = list.body.Resources.reduce((n: number, g: { members: unknown[] }) => n + g.members.length, 0);
    expect(memberCount).toBe(30); // each of the 30 seeded users starts in one department
    const slim = await scim('GET', `/Groups?excludedAttributes=members&filter=${encodeURIComponent(`displayName eq "${g0.displayName}"`)}`);
    expect(slim.body.Resources).toHaveLength(1);
    expect(slim.body.Resources[0].members).toBeUndefined();

    const [u1, u2, u3] = sim.state.users.list;
    const created = await scim('POST', '/Groups', { schemas: [GROUP], displayName: 'Platform Guild', externalId: 'grp-1', members: [{ value: u1!.id }] });
    expect(created.status).toBe(201);
    const gid = created.body.id;
    expect(created.body.members.map((m: { value: string }) => m.value)).toEqual([u1!.id]);
    const depts = await sim.call('GET', '/configuration/departments');
    expect(depts.body.content).toContainEqual(expect.objectContaining({ id: gid, label: 'Platform Guild' }));
    expect((await scim('POST', '/Groups', { schemas: [GROUP], displayName: 'platform guild' })).body.scimType).toBe('uniqueness');
    expect((await scim('POST', '/Groups', { schemas: [GROUP], displayName: 'X', members: [{ value: 'ghost' }] })).status).toBe(400);

    const add = await scim('PATCH', `/Groups/${gid}`, { schemas: [PATCH], Operations: [{ op: 'add', path: 'members', value: [{ value: u2!.id }, { value: u3!.id }] }] });
    expect(add.body.members.map((m: { value: string }) => m.value).sort()).toEqual([u1!.id, u2!.id, u3!.id].sort());
    const remove = await scim('PATCH', `/Groups/${gid}`, { schemas: [PATCH], Operations: [{ op: 'remove', path: `members[value eq "${u1!.id}"]` }, { op: 'remove', path: 'members', value: [{ value: u3!.id }] }] });
    expect(remove.body.members.map((m: { value: string }) => m.value)).toEqual([u2!.id]);
    const userView = await scim('GET', `/Users/${u2!.id}`);
    expect(userView.body.groups.map((g: { value: string }) => g.value)).toContain(gid);
    const renamed = await scim('PATCH', `/Groups/${gid}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'displayName', value: 'Platform Chapter' }] });
    expect(renamed.body.displayName).toBe('Platform Chapter');
    expect((await sim.call('GET', `/configuration/departments/${gid}`)).body.label).toBe('Platform Chapter');
    const byMember = await scim('GET', `/Groups?filter=${encodeURIComponent(`members.value eq "${u2!.id}" and displayName eq "Platform Chapter"`)}`);
    expect(byMember.body.Resources.map((g: { id: string }) => g.id)).toEqual([gid]);

    const put = await scim('PUT', `/Groups/${gid}`, { schemas: [GROUP], displayName: 'Platform Chapter', members: [] });
    expect(put.body.members).toEqual([]);
    expect(put.body.externalId).toBeUndefined();

    expect((await scim('DELETE', `/Groups/${gid}`)).status).toBe(204);
    expect((await scim('GET', `/Groups/${gid}`)).status).toBe(404);
    expect((await sim.call('GET', `/configuration/departments/${gid}`)).status).toBe(404);
  });

  it('answers discovery, wrong content types and unknown endpoints in SCIM form', async () => {
    const spc = await scim('GET', '/ServiceProviderConfig');
    expect(spc.body).toMatchObject({ patch: { supported: true }, filter: { supported: true, maxResults: 100 }, bulk: { supported: false } });
    const types = await scim('GET', '/ResourceTypes');
    expect(types.body.Resources.map((r: { id: string }) => r.id)).toEqual(['User', 'Group']);
    const xml = await fetch(`${sim.url}/scim/v2/Users`, { method: 'POST', headers: { Authorization: `Bearer ${sim.scimToken}`, 'Content-Type': 'text/xml' }, body: '<user/>' });
    expect(xml.status).toBe(415);
    const broken = await fetch(`${sim.url}/scim/v2/Users`, { method: 'POST', headers: { Authorization: `Bearer ${sim.scimToken}`, 'Content-Type': 'application/scim+json' }, body: '{' });
    expect(((await broken.json()) as { scimType: string }).scimType).toBe('invalidSyntax');
    expect((await scim('GET', '/Widgets')).status).toBe(404);
    expect((await scim('DELETE', '/Users')).status).toBe(405);
    const badPatch = await scim('PATCH', `/Users/${sim.state.users.list[0]!.id}`, { Operations: [] });
    expect(badPatch.body.scimType).toBe('invalidSyntax');
  });
});
