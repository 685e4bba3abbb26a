import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSystemRoleId, systemRoleProblem } from '../../src/simulator/areas/users/system-roles.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

describe('simulator user directory: system roles and access groups', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ seed: 3, users: 15, rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  it('lists system roles with case-sensitive ids that cover every seeded user role', async () => {
    const r = await sim.call('GET', '/user-api/v201804/system-roles');
    expect(r.status).toBe(200);
    const ids = r.body.content.map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['EMPLOYEE', 'RESTRICTED', 'STANDARD', 'EXTENDED', 'ADMINISTRATOR']));
    expect(r.body.content[0]).toEqual({ id: expect.any(String), name: expect.any(String) });
    for (const u of sim.state.users.list) expect(ids).toContain(u.systemRole.id);
    expect(isSystemRoleId('EMPLOYEE')).toBe(true);
    expect(isSystemRoleId('employee')).toBe(false);
    expect(isSystemRoleId('Administrator')).toBe(false);
    expect(isSystemRoleId(undefined)).toBe(false);
    expect(systemRoleProblem('administrator')).toMatch(/^systemRole\.id: .*did you mean "ADMINISTRATOR"/);
  });

  it('rejects a system role id in the wrong case on user create, naming systemRole.id', async () => {
    const bad = await sim.call('POST', '/user-api/v201804/users', { json: { email: 'case@example.org', firstName: 'Case', lastName: 'Check', systemRole: { id: 'employee' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('systemRole.id');
    const good = await sim.call('POST', '/user-api/v201804/users', { json: { email: 'case@example.org', firstName: 'Case', lastName: 'Check', systemRole: { id: 'EMPLOYEE' } } });
    expect(good.status).toBe(201);
  });

  it('lists access groups, assigns and removes real users, 404 for unknown users and groups', async () => {
    const groups = await sim.call('GET', '/user-api/v201804/access-groups');
    expect(groups.status).toBe(200);
    expect(groups.body.content.length).toBeGreaterThanOrEqual(5);
    expect(groups.body.content[0]).toEqual({ id: expect.any(String), name: expect.any(String) });
    const created = await sim.call('POST', '/configuration/access-groups', { json: { name: 'Campus recruiting' } });
    expect(created.body.users).toEqual([]);
    const gid = created.body.id;
    expect((await sim.call('GET', '/user-api/v201804/access-groups')).body.content.map((g: { id: string }) => g.id)).toContain(gid);

    const [a, b] = sim.state.users.list;
    const assigned = await sim.call('POST', `/user-api/v201804/access-groups/${gid}/users`, { json: [a!.id, { id: b!.id }] });
    expect(assigned.status).toBe(200);
    expect(assigned.body.content.map((g: { id: string }) => g.id)).toContain(gid);
    let members = (await sim.call('GET', `/configuration/access-groups/${gid}`)).body.users.map((u: { id: string }) => u.id);
    expect(members.sort()).toEqual([a!.id, b!.id].sort());

    const unknownUser = await sim.call('POST', `/user-api/v201804/access-groups/${gid}/users`, { json: [a!.id, 'no-such-user'] });
    expect(unknownUser.status).toBe(404);
    expect(unknownUser.body.message).toContain('no-such-user');
    expect((await sim.call('POST', '/user-api/v201804/access-groups/no-such-group/users', { json: [a!.id] })).status).toBe(404);
    expect((await sim.call('POST', `/user-api/v201804/access-groups/${gid}/users`, { json: [] })).status).toBe(400);

    expect((await sim.call('DELETE', `/user-api/v201804/access-groups/${gid}/users/${a!.id}`)).status).toBe(204);
    members = (await sim.call('GET', `/configuration/access-groups/${gid}`)).body.users.map((u: { id: string }) => u.id);
    expect(members).toEqual([b!.id]);
    expect((await sim.call('DELETE', `/user-api/v201804/access-groups/${gid}/users/${a!.id}`)).status).toBe(404);
    expect((await sim.call('DELETE', `/user-api/v201804/access-groups/${gid}/users/no-such-user`)).status).toBe(404);
    expect((await sim.call('DELETE', `/user-api/v201804/access-groups/no-such-group/users/${b!.id}`)).status).toBe(404);
  });

  it('a user created through the User API can join an access group at once', async () => {
    const u = await sim.call('POST', '/user-api/v201804/users', { json: { email: 'joiner@example.org', firstName: 'Jo', lastName: 'Iner', systemRole: { id: 'RESTRICTED' } } });
    const gid = (await sim.call('GET', '/user-api/v201804/access-groups')).body.content[1].id;
    expect((await sim.call('POST', `/user-api/v201804/access-groups/${gid}/users`, { json: [u.body.id] })).status).toBe(200);
    expect((await sim.call('GET', `/configuration/access-groups/${gid}`)).body.users).toContainEqual({ id: u.body.id });
  });
});
