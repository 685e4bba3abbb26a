import { hashString, mix, uuidFrom } from '../core/seeded-random.js';
import { isSystemRoleId, SYSTEM_ROLES } from '../areas/users/system-roles.js';
import type { SimState } from '../state/sim-state.js';
import type { UserRecord } from '../state/user-store.js';
import { ScimError, scimInvalid, scimNotFound } from './scim-error.js';
import { listResponse, readPatchOps, requireSchema, scimBoolean, type ScimRequest, type ScimResponse } from './scim-list.js';
import { scimStoreOf } from './scim-store.js';

export const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** SCIM Users over the simulator's one user directory (the User API's users). */
export class ScimUsers {
  constructor(private readonly state: SimState) {}

  private get scim() {
    return scimStoreOf(this.state);
  }

  userName(u: UserRecord): string {
    return this.scim.userNames.get(u.id) ?? u.email;
  }

  view(u: UserRecord, baseUrl: string): Record<string, unknown> {
    const externalId = this.scim.userExternalIds.get(u.id);
    const groups = this.state.departments.filter((d) => this.scim.members.get(d.id)?.has(u.id)).map((d) => ({ value: d.id, display: d.label, $ref: `${baseUrl}/scim/v2/Groups/${d.id}`, type: 'direct' }));
    return {
      schemas: [USER_URN],
      id: u.id,
      ...(externalId !== undefined ? { externalId } : {}),
      userName: this.userName(u),
      name: { givenName: u.firstName, familyName: u.lastName, formatted: `${u.firstName} ${u.lastName}` },
      displayName: `${u.firstName} ${u.lastName}`,
      emails: [{ value: u.email, type: 'work', primary: true }],
      active: u.active,
      roles: [{ value: u.systemRole.id, display: SYSTEM_ROLES.find((r) => r.id === u.systemRole.id)?.name ?? u.systemRole.id, primary: true }],
      groups,
      meta: { resourceType: 'User', created: new Date(u.createdOn).toISOString(), lastModified: new Date(u.updatedOn).toISOString(), location: `${baseUrl}/scim/v2/Users/${u.id}`, version: `W/"${u.updatedOn}"` },
    };
  }

  handle(req: ScimRequest): ScimResponse {
    if (req.id === undefined) {
      if (req.method === 'GET') return listResponse(this.state.users.list.map((u) => this.view(u, req.baseUrl)), req.query, ['userName', 'emails.value', 'emails', 'externalId', 'id', 'active', 'name.givenName', 'name.familyName', 'displayName']);
      if (req.method === 'POST') return this.create(req);
      throw new ScimError(405, `${req.method} is not allowed on /Users`);
    }
    const u = this.state.users.get(req.id);
    if (!u) throw scimNotFound('User', req.id);
    switch (req.method) {
      case 'GET':
        return { status: 200, body: this.view(u, req.baseUrl) };
      case 'PUT':
        return this.replace(u, req);
      case 'PATCH':
        return this.patch(u, req);
      case 'DELETE':
        // SmartRecruiters never hard-deletes users: DELETE deactivates (the user stays readable, active=false).
        u.active = false;
        this.touch(u);
        return { status: 204 };
      default:
        throw new ScimError(405, `${req.method} is not allowed on /Users/{id}`);
    }
  }

  private create(req: ScimRequest): ScimResponse {
    const body = requireSchema(req.body, USER_URN);
    const f = this.readUser(body, undefined);
    const now = this.state.now();
    const list = this.state.users.list;
    const u = this.state.users.add({
      id: uuidFrom(hashString(f.email), mix(this.state.seedOptions.seed, list.length, 402), now >>> 0, list.length),
      email: f.email,
      firstName: f.firstName,
      lastName: f.lastName,
      active: f.active ?? true,
      systemRole: { id: f.role ?? 'EMPLOYEE' },
      createdOn: now,
      updatedOn: now,
    });
    this.remember(u, f.userName, f.externalId);
    const view = this.view(u, req.baseUrl);
    return { status: 201, body: view, headers: { Location: (view['meta'] as { location: string }).location } };
  }

  // PUT replaces: externalId is cleared when left out; `active` keeps its value when absent
  // because IdPs (Okta) omit it on profile pushes and mean "unchanged".
  private replace(u: UserRecord, req: ScimRequest): ScimResponse {
    const body = requireSchema(req.body, USER_URN);
    const f = this.readUser(body, u);
    Object.assign(u, { email: f.email, firstName: f.firstName, lastName: f.lastName, ...(f.active !== undefined ? { active: f.active } : {}), ...(f.role ? { systemRole: { id: f.role } } : {}) });
    this.remember(u, f.userName, f.externalId);
    this.touch(u);
    return { status: 200, body: this.view(u, req.baseUrl) };
  }

  private patch(u: UserRecord, req: ScimRequest): ScimResponse {
    // Apply to a working copy in the PUT shape, then validate it as a whole: all or nothing.
    const doc: Record<string, unknown> = structuredClone(this.view(u, req.baseUrl));
    for (const { op, path, value } of readPatchOps(req.body)) {
      if (path === undefined) {
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw scimInvalid('value: must be an object when no path is given');
        for (const [k, v] of Object.entries(value)) setPath(doc, k, op, v);
      } else setPath(doc, path, op, value);
    }
    doc['schemas'] = [USER_URN];
    const f = this.readUser(doc, u);
    Object.assign(u, { email: f.email, firstName: f.firstName, lastName: f.lastName, active: f.active ?? u.active, ...(f.role ? { systemRole: { id: f.role } } : {}) });
    this.remember(u, f.userName, f.externalId);
    this.touch(u);
    return { status: 200, body: this.view(u, req.baseUrl) };
  }

  private readUser(body: Record<string, unknown>, self: UserRecord | undefined) {
    const userName = body['userName'];
    if (typeof userName !== 'string' || userName.trim() === '') throw scimInvalid('userName: is required');
    const name = body['name'] && typeof body['name'] === 'object' ? (body['name'] as Record<string, unknown>) : {};
    const firstName = name['givenName'];
    const lastName = name['familyName'];
    if (typeof firstName !== 'string' || firstName.trim() === '') throw scimInvalid('name.givenName: is required (SmartRecruiters users need a first name)');
    if (typeof lastName !== 'string' || lastName.trim() === '') throw scimInvalid('name.familyName: is required (SmartRecruiters users need a last name)');
    const emails = Array.isArray(body['emails']) ? (body['emails'] as Record<string, unknown>[]) : [];
    const primary = emails.find((e) => e && e['primary'] === true) ?? emails[0];
    const email = typeof primary?.['value'] === 'string' ? primary['value'] : userName;
    if (!EMAIL.test(email)) throw scimInvalid(`emails: a work e-mail is required (give emails[].value or an e-mail userName), got "${email}"`);
    const externalId = body['externalId'];
    if (externalId !== undefined && externalId !== null && typeof externalId !== 'string') throw scimInvalid('externalId: must be a string');
    const active = body['active'] === undefined || body['active'] === null ? undefined : scimBoolean(body['active'], 'active');
    const roles = Array.isArray(body['roles']) ? (body['roles'] as Record<string, unknown>[]) : [];
    const role = (roles.find((r) => r && r['primary'] === true) ?? roles[0])?.['value'];
    if (role !== undefined && !isSystemRoleId(role)) throw scimInvalid(`roles: value must be a system role id (case-sensitive): ${SYSTEM_ROLES.map((r) => r.id).join(', ')}; got ${JSON.stringify(role)}`);
    for (const other of this.state.users.list) {
      if (other === self) continue;
      if (this.userName(other).toLowerCase() === userName.toLowerCase()) throw new ScimError(409, `userName "${userName}" is already taken`, 'uniqueness');
      if (other.email.toLowerCase() === email.toLowerCase()) throw new ScimError(409, `emails: a user with e-mail ${email} already exists`, 'uniqueness');
    }
    return { userName, firstName, lastName, email, externalId: typeof externalId === 'string' ? externalId : undefined, active, role: role as string | undefined };
  }

  private remember(u: UserRecord, userName: string, externalId: string | undefined): void {
    if (userName === u.email) this.scim.userNames.delete(u.id);
    else this.scim.userNames.set(u.id, userName);
    if (externalId === undefined) this.scim.userExternalIds.delete(u.id);
    else this.scim.userExternalIds.set(u.id, externalId);
  }

  private touch(u: UserRecord): void {
    u.updatedOn = Math.max(this.state.now(), u.updatedOn + 1);
  }
}

const MUTABLE = new Set(['username', 'externalid', 'active', 'name', 'name.givenname', 'name.familyname', 'emails', 'roles']);

/**
 * One PATCH operation on the working copy. Paths: top-level attributes, `name.*`, and the value
 * filters IdPs send for the primary e-mail/role (`emails[type eq "work"].value`).
 */
function setPath(doc: Record<string, unknown>, rawPath: string, op: 'add' | 'remove' | 'replace', value: unknown): void {
  const filtered = /^(emails|roles)\[[^\]]*\](?:\.value)?$/i.exec(rawPath);
  const path = filtered ? (filtered[1] as string) : rawPath.replace(/^urn:ietf:params:scim:schemas:core:2\.0:User:/i, '');
  const key = path.toLowerCase();
  if (!MUTABLE.has(key)) throw new ScimError(400, `path: "${rawPath}" is not a modifiable User attribute`, key === 'id' || key === 'meta' || key === 'groups' ? 'mutability' : 'invalidPath');
  if (op === 'remove') {
    if (key !== 'externalid') throw new ScimError(400, `path: "${rawPath}" is required and cannot be removed`, 'mutability');
    delete doc['externalId'];
    return;
  }
  if (filtered) {
    const attr = key === 'emails' ? 'emails' : 'roles';
    const v = typeof value === 'string' ? value : Array.isArray(value) ? (value[0] as Record<string, unknown> | undefined)?.['value'] : (value as Record<string, unknown> | null)?.['value'];
    doc[attr] = [{ value: v, primary: true }];
    return;
  }
  if (key.startsWith('name.')) {
    const name = { ...((doc['name'] as Record<string, unknown>) ?? {}) };
    name[key === 'name.givenname' ? 'givenName' : 'familyName'] = value;
    doc['name'] = name;
    return;
  }
  const canonical = { username: 'userName', externalid: 'externalId', active: 'active', name: 'name', emails: 'emails', roles: 'roles' }[key] as string;
  doc[canonical] = key === 'name' && op === 'add' ? { ...((doc['name'] as Record<string, unknown>) ?? {}), ...(value as Record<string, unknown>) } : value;
}
