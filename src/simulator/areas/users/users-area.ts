import { decodeCursor, encodeCursor, nextPageUrl, DEFAULT_PAGE_SIZE } from '../../core/paginate.js';
import { hashString, mix, uuidFrom } from '../../core/seeded-random.js';
import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest, SimResponse } from '../../core/types.js';
import { SSO_LOGIN_MODES, type SsoLoginMode, type UserRecord } from '../../state/user-store.js';
import type { SimState } from '../../state/sim-state.js';
import { applyJsonPatch } from '../shared/apply-json-patch.js';
import { BodyFields } from '../shared/body-fields.js';
import { multipartFields, requireFile } from '../shared/upload-part.js';
import { configurationOf } from '../../state/configuration-store.js';
import { SYSTEM_ROLES, isSystemRoleId, systemRoleProblem } from './system-roles.js';

const ok = (body: unknown, status = 200): SimResponse => ({ status, body });
const noContent: SimResponse = { status: 204 };
const roleName = new Map(SYSTEM_ROLES.map((r) => [r.id, r.name]));
// ISO 639-1, optionally with a region (`en`, `pt-BR`), as the UI's language list spells codes.
const LANGUAGE_CODE = /^[a-z]{2}(-[A-Z]{2})?$/;

function view(state: SimState, base: string, u: UserRecord): Record<string, unknown> {
  return {
    id: u.id,
    // Users created without an e-mail (SSO-only) have none to show.
    ...(u.email ? { email: u.email } : {}),
    firstName: u.firstName,
    lastName: u.lastName,
    active: u.active,
    systemRole: { id: u.systemRole.id, name: roleName.get(u.systemRole.id) ?? u.systemRole.id },
    updatedOn: new Date(u.updatedOn).toISOString(),
    ...(u.externalData ? { externalData: u.externalData } : {}),
    ...(u.ssoIdentifier ? { ssoIdentifier: u.ssoIdentifier } : {}),
    ssoLoginMode: u.ssoLoginMode,
    language: { code: u.language.code },
    ...(u.location ? { location: { ...u.location } } : {}),
    accessGroups: configurationOf(state).accessGroups.filter((g) => g.members.has(u.id)).map((g) => ({ id: g.id, name: g.name })),
    actions: { details: { url: `${base}/user-api/v201804/users/${u.id}`, method: 'GET' } },
  };
}

/** The fields a JSON Patch of a user may touch: the documented input fields (SDK model User). */
const PATCHABLE = ['email', 'firstName', 'lastName', 'systemRole', 'externalData', 'ssoIdentifier', 'ssoLoginMode', 'language'] as const;

function patchable(u: UserRecord): Record<string, unknown> {
  return {
    email: u.email, firstName: u.firstName, lastName: u.lastName, systemRole: { ...u.systemRole },
    ...(u.externalData !== undefined ? { externalData: u.externalData } : {}),
    ...(u.ssoIdentifier !== undefined ? { ssoIdentifier: u.ssoIdentifier } : {}),
    ssoLoginMode: u.ssoLoginMode, language: { ...u.language },
  };
}

/** A JSON Patch (RFC 6902) array whose every path names a patchable user field; 400 naming the path otherwise. */
function readUserPatch(body: unknown): unknown[] {
  if (!Array.isArray(body)) throw new SimError(400, 'INVALID_FIELD', 'body: a JSON Patch document must be an array of operations');
  body.forEach((raw: unknown, i) => {
    const path = raw && typeof raw === 'object' ? (raw as { path?: unknown }).path : undefined;
    if (typeof path !== 'string') return; // applyJsonPatch names a missing path
    const top = path.split('/')[1] ?? '';
    if (!(PATCHABLE as readonly string[]).includes(top)) {
      throw new SimError(400, 'INVALID_FIELD', `body[${i}].path: "${path}" is not a patchable user field (one of ${PATCHABLE.map((p) => `/${p}`).join(', ')})`);
    }
  });
  return body;
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
  const ssoLoginMode = f.string('ssoLoginMode', { enum: SSO_LOGIN_MODES }) as SsoLoginMode | undefined;
  const language = f.object('language');
  f.done();
  if (role && !isSystemRoleId(role['id'])) throw new SimError(400, 'INVALID_FIELD', systemRoleProblem(role['id']));
  if (language && (typeof language['code'] !== 'string' || !LANGUAGE_CODE.test(language['code']))) {
    throw new SimError(400, 'INVALID_FIELD', `language.code: must be an ISO 639-1 code such as "en" or "pt-BR", got ${JSON.stringify(language['code'])}`);
  }
  const out: Partial<UserRecord> = {};
  if (email !== undefined) out.email = email;
  if (firstName !== undefined) out.firstName = firstName;
  if (lastName !== undefined) out.lastName = lastName;
  if (role) out.systemRole = { id: role['id'] as string };
  if (externalData !== undefined) out.externalData = externalData;
  if (ssoIdentifier !== undefined) out.ssoIdentifier = ssoIdentifier;
  if (ssoLoginMode !== undefined) out.ssoLoginMode = ssoLoginMode;
  if (language) out.language = { code: language['code'] as string };
  return out;
}

/** 409 when another user already holds `email`: e-mail addresses are unique in a company, on every write. */
function assertEmailFree(state: SimState, email: string | undefined, self?: UserRecord): void {
  if (!email) return;
  const holder = state.users.withEmail(email);
  if (holder && holder !== self) throw new SimError(409, 'CONFLICT', `email: a user with e-mail ${email} already exists`);
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
    assertEmailFree(state, fields.email);
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
    return ok(view(state, req.baseUrl, u), 201);
  };
  const me: Handler = (req) => ok(view(state, req.baseUrl, state.users.list[0] ?? missingMe()));
  const get: Handler = (req) => ok(view(state, req.baseUrl, user(req)));
  const list: Handler = (req) => listUsers(state, req);
  // The User API documents PATCH as JSON Patch (application/json-patch+json, RFC 6902); the
  // deprecated /users API took a plain object of the fields to change.
  const update: Handler = (req) => {
    const u = user(req);
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json-patch+json') {
      throw new SimError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type: expected application/json-patch+json (a JSON Patch array), got "${type || 'none'}"`);
    }
    const fields = readUserFields(applyJsonPatch(patchable(u), readUserPatch(req.body)), false);
    return ok(view(state, req.baseUrl, write(u, fields)));
  };
  const updateDeprecated: Handler = (req) => {
    const u = user(req);
    const fields = Array.isArray(req.body) ? readUserFields(applyJsonPatch(patchable(u), readUserPatch(req.body)), false) : readUserFields(req.body, false);
    return ok(view(state, req.baseUrl, write(u, fields)));
  };
  const write = (u: UserRecord, fields: Partial<UserRecord>): UserRecord => {
    assertEmailFree(state, fields.email, u);
    Object.assign(u, fields);
    touch(u);
    return u;
  };
  // Documented with no response body: the e-mail goes out, the answer is empty.
  const sendsMail: Handler = (req) => {
    user(req);
    return noContent;
  };
  // PUT …/avatar: a multipart `file` part (optional in the SDK); documented with no response body.
  const avatar: Handler = (req) => {
    user(req);
    const fields = multipartFields(req.body);
    if (fields['file'] !== undefined) requireFile(fields);
    return noContent;
  };
  const handlers: Record<string, Handler> = {
    'users-api/users.avatar.update': avatar,
    'users-api-deprecated/users.avatar.update': avatar,
    'users-api/users.all': list,
    'users-api/users.create': create,
    'users-api/users.me': me,
    'users-api/users.get': get,
    'users-api/users.update': update,
    'users-api/users.activation.activate': setActive(true),
    'users-api/users.activation.deactivate': setActive(false),
    'users-api/users.activation.email.send': sendsMail,
    'users.password.reset': sendsMail,
    'users-api-deprecated/users.all': list,
    'users-api-deprecated/users.create': create,
    'users-api-deprecated/users.me': me,
    'users-api-deprecated/users.get': get,
    'users-api-deprecated/users.update': updateDeprecated,
    'users-api-deprecated/users.activation.activate': setActive(true),
    'users-api-deprecated/users.activation.deactivate': setActive(false),
    'users-api-deprecated/users.activation.email.send': sendsMail,
    // The deprecated API's DELETE /users/{id} deactivates; SmartRecruiters never hard-deletes users.
    'users.activation.delete': setActive(false),
  };
  return { name: 'users', handlers };
}

function missingMe(): never {
  throw new SimError(404, 'NOT_FOUND', 'The company has no users');
}

function listUsers(state: SimState, req: SimRequest): SimResponse {
  // The users list pages by cursor only (pageId, official Pagination page); an `offset` would be
  // dropped without a word and every page would be page 1, so it is refused, naming what to use.
  if (req.rawQuery.has('offset')) {
    throw new SimError(400, 'INVALID_FIELD', 'offset: the users list does not take offset (it pages by cursor): pass the previous page\'s nextPageId as pageId');
  }
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
  const body: Record<string, unknown> = { limit, totalFound: matching.length, content: page.map((i) => view(state, req.baseUrl, state.users.list[i] as UserRecord)) };
  const headers: Record<string, string> = {};
  if (req.op.pagination && rest.length > limit) {
    const next = encodeCursor(page[page.length - 1] as number);
    body['nextPageId'] = next;
    headers['Link'] = `<${nextPageUrl(req.baseUrl, req.path, req.rawQuery, 'pageId', next)}>; rel="next"`;
  }
  return { status: 200, body, headers };
}
