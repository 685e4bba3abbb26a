import { decodeCursor, encodeCursor, nextPageUrl, DEFAULT_PAGE_SIZE } from '../core/paginate.js';
import { hashString, mix, uuidFrom } from '../core/seeded-random.js';
import { SimError, notFound } from '../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest, SimResponse } from '../core/types.js';
import type { UserRecord } from '../state/user-store.js';
import type { SimState } from '../state/sim-state.js';
import { applyJsonPatch } from './apply-json-patch.js';
import { BodyFields } from './body-fields.js';
import { isSystemRoleId, systemRoleProblem } from './system-roles.js';

const ok = (body: unknown, status = 200): SimResponse => ({ status, body });

function view(base: string, u: UserRecord): Record<string, unknown> {
  return {
    id: u.id,
    // Users created without an e-mail (SSO-only) have none to show.
    ...(u.email ? { email: u.email } : {}),
    firstName: u.firstName,
    lastName: u.lastName,
    active: u.active,
    systemRole: u.systemRole,
    updatedOn: new Date(u.updatedOn).toISOString(),
    ...(u.externalData ? { externalData: u.externalData } : {}),
    ...(u.ssoIdentifier ? { ssoIdentifier: u.ssoIdentifier } : {}),
    actions: { details: { url: `${base}/user-api/v201804/users/${u.id}`, method: 'GET' } },
  };
}

// The docs (SDK model User) require firstName, lastName and systemRole on create; email is
// optional there (SSO-only users), so it is validated when given, not demanded.
function readUserFields(body: unknown, creating: boolean): Partial<UserRecord> {
  const f = new BodyFields(body);
  const email = f.string('email', { email: true });
  const firstName = f.string('firstName', { required: creating, minLength: 1 });
  const lastName = f.string('lastName', { required: creating, minLength: 1 });
  const role = f.object('systemRole', { required: creating });
  const externalData = f.string('externalData');
  const ssoIdentifier = f.string('ssoIdentifier');
  f.done();
  if (role && !isSystemRoleId(role['id'])) throw new SimError(400, 'INVALID_FIELD', systemRoleProblem(role['id']));
  const out: Partial<UserRecord> = {};
  if (email !== undefined) out.email = email;
  if (firstName !== undefined) out.firstName = firstName;
  if (lastName !== undefined) out.lastName = lastName;
  if (role) out.systemRole = { id: role['id'] as string };
  if (externalData !== undefined) out.externalData = externalData;
  if (ssoIdentifier !== undefined) out.ssoIdentifier = ssoIdentifier;
  return out;
}

/** Real state behaviour for users (User API v201804 and the deprecated `/users` API share one store). */
export function usersArea({ state }: AreaContext): Area {
  const user = (req: SimRequest): UserRecord => {
    const u = state.users.get(req.params['id'] ?? '');
    if (!u) throw notFound('User', req.params['id'] ?? '');
    return u;
  };
  const touch = (u: UserRecord) => {
    u.updatedOn = Math.max(state.now(), u.updatedOn + 1);
  };
  const setActive = (active: boolean): Handler => (req) => {
    const u = user(req);
    u.active = active;
    touch(u);
    return { status: 204 };
  };
  const create: Handler = (req) => {
    const fields = readUserFields(req.body, true);
    if (fields.email && state.users.list.some((u) => u.email.toLowerCase() === fields.email?.toLowerCase())) {
      throw new SimError(409, 'CONFLICT', `email: a user with e-mail ${fields.email} already exists`);
    }
    const now = state.now();
    const u = state.users.add({
      id: uuidFrom(hashString(fields.email ?? ''), mix(state.seedOptions.seed, state.users.list.length), now >>> 0, state.users.list.length),
      email: '',
      firstName: '',
      lastName: '',
      active: false,
      systemRole: { id: 'EMPLOYEE' },
      createdOn: now,
      updatedOn: now,
      ...fields,
    });
    return ok(view(req.baseUrl, u), 201);
  };
  const me: Handler = (req) => ok(view(req.baseUrl, state.users.list[0] ?? missingMe()));
  const get: Handler = (req) => ok(view(req.baseUrl, user(req)));
  const list: Handler = (req) => listUsers(state, req);
  const update: Handler = (req) => {
    const u = user(req);
    const fields = Array.isArray(req.body)
      ? readUserFields(applyJsonPatch({ email: u.email, firstName: u.firstName, lastName: u.lastName, systemRole: u.systemRole }, req.body), false)
      : readUserFields(req.body, false);
    Object.assign(u, fields);
    touch(u);
    return ok(view(req.baseUrl, u));
  };
  const handlers: Record<string, Handler> = {
    'users-api/users.all': list,
    'users-api/users.create': create,
    'users-api/users.me': me,
    'users-api/users.get': get,
    'users-api/users.update': update,
    'users-api/users.activation.activate': setActive(true),
    'users-api/users.activation.deactivate': setActive(false),
    'users-api-deprecated/users.all': list,
    'users-api-deprecated/users.create': create,
    'users-api-deprecated/users.me': me,
    'users-api-deprecated/users.get': get,
    'users-api-deprecated/users.update': update,
    'users-api-deprecated/users.activation.activate': setActive(true),
    'users-api-deprecated/users.activation.deactivate': setActive(false),
    // The deprecated API's DELETE /users/{id} deactivates; SmartRecruiters never hard-deletes users.
    'users.activation.delete': setActive(false),
  };
  return { name: 'users', handlers };
}

function missingMe(): never {
  throw new SimError(404, 'NOT_FOUND', 'The company has no users');
}

function listUsers(state: SimState, req: SimRequest): SimResponse {
  const q = req.query;
  const limit = typeof q['limit'] === 'number' ? q['limit'] : DEFAULT_PAGE_SIZE;
  const text = typeof q['q'] === 'string' ? q['q'].toLowerCase() : undefined;
  const updatedAfter = typeof q['updatedAfter'] === 'string' ? Date.parse(q['updatedAfter']) : undefined;
  const matching: number[] = [];
  state.users.list.forEach((u, i) => {
    if (text && !`${u.firstName} ${u.lastName} ${u.email}`.toLowerCase().includes(text)) return;
    if (updatedAfter !== undefined && u.updatedOn <= updatedAfter) return;
    matching.push(i);
  });
  const after = typeof q['pageId'] === 'string' ? decodeCursor('pageId', q['pageId']) : -1;
  const rest = matching.filter((i) => i > after);
  const page = rest.slice(0, limit);
  const body: Record<string, unknown> = { limit, totalFound: matching.length, content: page.map((i) => view(req.baseUrl, state.users.list[i] as UserRecord)) };
  const headers: Record<string, string> = {};
  if (req.op.pagination && rest.length > limit) {
    const next = encodeCursor(page[page.length - 1] as number);
    body['nextPageId'] = next;
    headers['Link'] = `<${nextPageUrl(req.baseUrl, req.path, req.rawQuery, 'pageId', next)}>; rel="next"`;
  }
  return { status: 200, body, headers };
}
