import type { SrSystemRole, SrUser, SrUserListItem } from '../../../spec/index.js';
import type { Wire } from '../../smartrecruiters/read-wire.js';
import { toGroup } from '../../smartrecruiters/to-group.js';
import { toRole } from '../../smartrecruiters/to-role.js';
import { toUser } from '../../smartrecruiters/to-user.js';
import { Group } from '../../user-directory/group.js';
import { Role } from '../../user-directory/role.js';
import { User } from '../../user-directory/user.js';
import type { UnifiedResource } from '../list-request.js';
import { snapshotResource } from '../snapshot-resource.js';
import { compact, readOp, upstreamAll, upstreamPage } from '../upstream.js';

const idOf = (r: { id?: unknown }) => (typeof r.id === 'string' ? r.id : null);

/** Users page by SmartRecruiters' cursor; `email` is sent as the search text and then matched exactly. */
export const users: UnifiedResource<User> = {
  key: 'user-directory/users',
  area: 'user-directory',
  path: 'users',
  modelName: 'User',
  schema: User,
  filters: ['updated_after', 'email', 'status'],
  statuses: ['ACTIVE', 'INACTIVE'],
  async list(client, req) {
    const f = req.filters;
    const page = await upstreamPage<SrUserListItem>(client, 'users-api/users.all', compact({ updatedAfter: f.updated_after, q: f.email }), { pageSize: req.limit, from: req.position as string | undefined, signal: req.signal });
    const records = page.items
      .map((u) => toUser(u, { includeRemoteData: req.includeRemoteData }))
      .filter((u) => (!f.email || u.email?.toLowerCase() === f.email.toLowerCase()) && (!f.status || u.is_active === (f.status === 'ACTIVE')));
    return { records, next: page.next };
  },
  async get(client, id, req) {
    return toUser(await readOp<SrUser>(client, 'users-api/users.get', { pathParams: { id }, signal: req.signal }, 'user', id), { includeRemoteData: req.includeRemoteData });
  },
};

export async function allRoles(client: Parameters<typeof upstreamAll>[0], include: boolean, signal: AbortSignal | undefined): Promise<Role[]> {
  return (await upstreamAll<SrSystemRole>(client, 'system-roles.all', {}, idOf, { signal })).map((r) => toRole(r, { includeRemoteData: include }));
}

export const roles = snapshotResource<Role>({ key: 'user-directory/roles', area: 'user-directory', path: 'roles', modelName: 'Role', schema: Role, what: 'role', all: allRoles });

export const groups = snapshotResource<Group>({
  key: 'user-directory/groups',
  area: 'user-directory',
  path: 'groups',
  modelName: 'Group',
  schema: Group,
  what: 'group',
  all: async (client, include, signal) => (await upstreamAll<Wire>(client, 'configuration.access-group.list', {}, idOf, { signal })).map((g) => toGroup(g, { includeRemoteData: include })),
  one: async (client, id, req) => toGroup(await readOp<Wire>(client, 'configuration.access-group.get', { pathParams: { accessGroupId: id }, signal: req.signal }, 'group', id), { includeRemoteData: req.includeRemoteData }),
});
