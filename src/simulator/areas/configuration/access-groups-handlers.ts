import { paginate } from '../../core/paginate.js';
import { SimError } from '../../core/sim-error.js';
import type { Handler, SimRequest } from '../../core/types.js';
import type { SimState } from '../../state/sim-state.js';
import { BodyFields } from '../shared/body-fields.js';
import { found, param, readIdList } from './configuration-common.js';
import { configurationOf, type AccessGroup } from '../../state/configuration-store.js';
import { SYSTEM_ROLES } from '../users/system-roles.js';

/**
 * Access groups (Configuration API CRUD and User API membership) and the system-role list. One
 * store serves both APIs, so a group created under /configuration is assignable under /user-api.
 */
export function accessGroupHandlers(state: SimState): Record<string, Handler> {
  const store = () => configurationOf(state);
  const summary = (g: AccessGroup) => ({ id: g.id, name: g.name });
  // The group's member ids ride along on the Configuration API views (docs give no schema).
  const view = (req: SimRequest, g: AccessGroup) => ({
    id: g.id,
    name: g.name,
    description: g.description,
    users: [...g.members].map((id) => ({ id })),
    actions: { details: { url: `${req.baseUrl}/configuration/access-groups/${g.id}`, method: 'GET' } },
  });
  const group = (req: SimRequest) => found(store().accessGroups.find((g) => g.id === param(req, 'accessGroupId')), 'Access group', param(req, 'accessGroupId'));
  const readGroup = (body: unknown, except?: AccessGroup) => {
    const f = new BodyFields(body);
    const rawName = f.string('name', { required: true, minLength: 1 });
    const description = f.string('description');
    f.done();
    const name = (rawName as string).trim();
    if (store().accessGroups.some((g) => g !== except && g.name.toLowerCase() === name.toLowerCase())) {
      throw new SimError(409, 'CONFLICT', `name: an access group named "${name}" already exists`);
    }
    return { name, description };
  };
  return {
    'configuration.access-group.list': (req) => paginate(req, store().accessGroups.map((g) => view(req, g))),
    'configuration.access-group.get': (req) => ({ status: 200, body: view(req, group(req)) }),
    'configuration.access-group.create': (req) => {
      const { name, description } = readGroup(req.body);
      const g: AccessGroup = { id: store().newId(), name, description: description ?? '', members: new Set() };
      store().accessGroups.push(g);
      return { status: 201, body: view(req, g) };
    },
    'configuration.access-group.update': (req) => {
      const g = group(req);
      const { name, description } = readGroup(req.body, g);
      g.name = name;
      g.description = description ?? '';
      return { status: 200, body: view(req, g) };
    },
    'configuration.access-group.delete': (req) => {
      const g = group(req);
      store().accessGroups.splice(store().accessGroups.indexOf(g), 1);
      return { status: 204 };
    },
    'system-roles.all': () => ({ status: 200, body: { totalFound: SYSTEM_ROLES.length, content: SYSTEM_ROLES } }),
    'access-groups.all': () => {
      const content = store().accessGroups.map(summary);
      return { status: 200, body: { totalFound: content.length, content } };
    },
    // Body: an array of user ids (strings or `{id}`). All ids must be real users, else 404 and no change.
    'access-groups.users.assign': (req) => {
      const g = group(req);
      const ids = readIdList(req.body, 'body');
      const unknown = ids.filter((id) => !state.users.get(id));
      if (unknown.length > 0) throw new SimError(404, 'NOT_FOUND', `User not found: ${unknown.join(', ')}`);
      for (const id of ids) g.members.add(id);
      // Answers AccessGroups: the groups the assigned users now share (at least this one).
      const content = store().accessGroups.filter((x) => ids.every((id) => x.members.has(id))).map(summary);
      return { status: 200, body: { totalFound: content.length, content } };
    },
    'access-groups.users.remove': (req) => {
      const g = group(req);
      const id = param(req, 'id');
      if (!state.users.get(id)) throw new SimError(404, 'NOT_FOUND', `User not found: ${id}`);
      if (!g.members.delete(id)) throw new SimError(404, 'NOT_FOUND', `User ${id} is not a member of access group ${g.id}`);
      return { status: 204 };
    },
  };
}

/** The access groups a user belongs to (for views outside this file, e.g. SCIM). */
export function accessGroupsOfUser(state: SimState, userId: string): { id: string; name: string }[] {
  return configurationOf(state).accessGroups.filter((g) => g.members.has(userId)).map((g) => ({ id: g.id, name: g.name }));
}
