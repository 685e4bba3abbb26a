import { mix } from '../core/seeded-random.js';
import type { SimState } from '../state/sim-state.js';
import { ScimError, scimInvalid, scimNotFound } from './scim-error.js';
import { listResponse, readPatchOps, requireSchema, type ScimRequest, type ScimResponse } from './scim-list.js';
import { scimStoreOf } from './scim-store.js';

export const GROUP_URN = 'urn:ietf:params:scim:schemas:core:2.0:Group';
type Department = SimState['departments'][number];

/**
 * SCIM Groups are the company's departments (`state.departments`, the list behind
 * `/configuration/departments`); membership lives beside them in the SCIM store.
 */
export class ScimGroups {
  constructor(private readonly state: SimState) {}

  private get scim() {
    return scimStoreOf(this.state);
  }

  view(d: Department, baseUrl: string): Record<string, unknown> {
    const externalId = this.scim.groupExternalIds.get(d.id);
    const times = this.scim.groupTimes.get(d.id) ?? { created: this.state.anchor, modified: this.state.anchor };
    const members = [...(this.scim.members.get(d.id) ?? [])].flatMap((id) => {
      const u = this.state.users.get(id);
      return u ? [{ value: u.id, display: `${u.firstName} ${u.lastName}`, $ref: `${baseUrl}/scim/v2/Users/${u.id}`, type: 'User' }] : [];
    });
    return {
      schemas: [GROUP_URN],
      id: d.id,
      ...(externalId !== undefined ? { externalId } : {}),
      displayName: d.label,
      members,
      meta: { resourceType: 'Group', created: new Date(times.created).toISOString(), lastModified: new Date(times.modified).toISOString(), location: `${baseUrl}/scim/v2/Groups/${d.id}`, version: `W/"${times.modified}"` },
    };
  }

  handle(req: ScimRequest): ScimResponse {
    if (req.id === undefined) {
      if (req.method === 'GET') return listResponse(this.state.departments.map((d) => this.view(d, req.baseUrl)), req.query, ['displayName', 'externalId', 'id', 'members.value']);
      if (req.method === 'POST') return this.create(req);
      throw new ScimError(405, `${req.method} is not allowed on /Groups`);
    }
    const d = this.state.departments.find((x) => x.id === req.id);
    if (!d) throw scimNotFound('Group', req.id);
    switch (req.method) {
      case 'GET':
        return { status: 200, body: this.view(d, req.baseUrl) };
      case 'PUT': {
        const body = requireSchema(req.body, GROUP_URN);
        const name = this.displayName(body['displayName'], d);
        const members = this.memberIds(body['members'] ?? [], 'members');
        d.label = name;
        this.setExternalId(d.id, body['externalId']);
        this.scim.members.set(d.id, new Set(members));
        return this.changed(d, req);
      }
      case 'PATCH':
        return this.patch(d, req);
      case 'DELETE':
        // The department goes (jobs keep their own copy of department {id,label}); members are released.
        this.state.departments.splice(this.state.departments.indexOf(d), 1);
        this.scim.members.delete(d.id);
        this.scim.groupExternalIds.delete(d.id);
        return { status: 204 };
      default:
        throw new ScimError(405, `${req.method} is not allowed on /Groups/{id}`);
    }
  }

  private create(req: ScimRequest): ScimResponse {
    const body = requireSchema(req.body, GROUP_URN);
    const label = this.displayName(body['displayName'], undefined);
    const members = this.memberIds(body['members'] ?? [], 'members');
    let id = String(10_000 + (mix(this.state.seedOptions.seed, this.state.departments.length, 403) % 90_000));
    while (this.state.departments.some((x) => x.id === id)) id = String(Number(id) + 1);
    const d: Department = { id, label, description: '' };
    this.state.departments.push(d);
    const now = this.state.now();
    this.scim.groupTimes.set(id, { created: now, modified: now });
    this.scim.members.set(id, new Set(members));
    this.setExternalId(id, body['externalId']);
    const view = this.view(d, req.baseUrl);
    return { status: 201, body: view, headers: { Location: (view['meta'] as { location: string }).location } };
  }

  private patch(d: Department, req: ScimRequest): ScimResponse {
    const ops = readPatchOps(req.body);
    // Validate against copies first so a bad operation changes nothing.
    let label = d.label;
    let externalId: unknown = this.scim.groupExternalIds.get(d.id);
    const members = new Set(this.scim.members.get(d.id) ?? []);
    ops.forEach(({ op, path, value }, i) => {
      const target = path ?? '';
      const filtered = /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i.exec(target);
      if (filtered) {
        if (op !== 'remove') throw new ScimError(400, `Operations[${i}]: only remove is supported on a filtered members path`, 'invalidPath');
        members.delete(filtered[1] as string);
      } else if (target.toLowerCase() === 'members') {
        const ids = value === undefined ? [] : this.memberIds(value, `Operations[${i}].value`);
        if (op === 'replace' || (op === 'remove' && value === undefined)) members.clear();
        if (op === 'remove') ids.forEach((id) => members.delete(id));
        else ids.forEach((id) => members.add(id));
      } else if (target.toLowerCase() === 'displayname') {
        if (op === 'remove') throw new ScimError(400, 'displayName: is required and cannot be removed', 'mutability');
        label = this.displayName(value, d);
      } else if (target.toLowerCase() === 'externalid') {
        externalId = op === 'remove' ? undefined : value;
      } else if (target === '' && value && typeof value === 'object' && !Array.isArray(value)) {
        const v = value as Record<string, unknown>;
        if (v['displayName'] !== undefined) label = this.displayName(v['displayName'], d);
        if (v['externalId'] !== undefined) externalId = v['externalId'];
        if (v['members'] !== undefined) this.memberIds(v['members'], `Operations[${i}].value.members`).forEach((id) => members.add(id));
      } else throw new ScimError(400, `Operations[${i}].path: "${target}" is not a modifiable Group attribute`, 'invalidPath');
    });
    d.label = label;
    this.setExternalId(d.id, externalId);
    this.scim.members.set(d.id, members);
    return this.changed(d, req);
  }

  private changed(d: Department, req: ScimRequest): ScimResponse {
    const times = this.scim.groupTimes.get(d.id);
    const now = this.state.now();
    this.scim.groupTimes.set(d.id, { created: times?.created ?? now, modified: Math.max(now, (times?.modified ?? 0) + 1) });
    return { status: 200, body: this.view(d, req.baseUrl) };
  }

  private displayName(value: unknown, self: Department | undefined): string {
    if (typeof value !== 'string' || value.trim() === '') throw scimInvalid('displayName: is required');
    const name = value.trim();
    if (this.state.departments.some((x) => x !== self && x.label.toLowerCase() === name.toLowerCase())) throw new ScimError(409, `displayName "${name}" is already taken`, 'uniqueness');
    return name;
  }

  private setExternalId(id: string, value: unknown): void {
    if (value === undefined || value === null) this.scim.groupExternalIds.delete(id);
    else if (typeof value === 'string') this.scim.groupExternalIds.set(id, value);
    else throw scimInvalid('externalId: must be a string');
  }

  /** `[{value: userId}]`; every id must be a real user. */
  private memberIds(value: unknown, field: string): string[] {
    if (!Array.isArray(value)) throw scimInvalid(`${field}: must be an array of {value: userId}`);
    return value.map((m, i) => {
      const id = m && typeof m === 'object' ? (m as Record<string, unknown>)['value'] : undefined;
      if (typeof id !== 'string') throw scimInvalid(`${field}[${i}].value: must be a user id`);
      if (!this.state.users.get(id)) throw scimInvalid(`${field}[${i}].value: no user with id ${id}`);
      return id;
    });
  }
}
