import type { ActionClient } from '../../../actions/index.js';
import { SmartRecruitersError } from '../../../client/index.js';
import type { SrUserListItem } from '../../../spec/index.js';
import { fromUserCreateInput, fromUserRoleInput, fromUserUpdateInput } from '../../smartrecruiters/from-user-input.js';
import type { User, UserCreateInput, UserUpdateInput } from '../../user-directory/user.js';
import { allRoles, users } from '../resources/user-directory.js';
import { badField, UnifiedError } from '../unified-error.js';
import { compact, contentOf, readOp } from '../upstream.js';
import { writeOp } from './write-op.js';

/** A role id exactly as SmartRecruiters spells it; a wrong letter case is named as such (role ids are case-sensitive). */
async function checkRole(client: ActionClient, roleId: string, signal: AbortSignal | undefined): Promise<void> {
  const roles = await allRoles(client, false, signal);
  if (roles.some((r) => r.id === roleId)) return;
  const near = roles.find((r) => r.id.toLowerCase() === roleId.toLowerCase());
  if (near) throw badField('role_id', `role ids are case-sensitive: "${roleId}" is not a role, "${near.id}" is`, 'invalid_role');
  throw badField('role_id', `not a role of this account (one of: ${roles.map((r) => r.id).join(', ')})`, 'invalid_role');
}

function emailInUse(email: string): UnifiedError {
  return new UnifiedError(409, 'email_in_use', `email: a user with e-mail ${email} already exists`, 'email');
}

async function checkEmailFree(client: ActionClient, email: string, self: string | undefined, signal: AbortSignal | undefined): Promise<void> {
  const found = contentOf<SrUserListItem>(await readOp(client, 'users-api/users.all', { query: compact({ q: email, limit: 100 }), signal }, 'user list', ''));
  if (found.some((u) => typeof u.email === 'string' && u.email.toLowerCase() === email.toLowerCase() && u.id !== self)) throw emailInUse(email);
}

/** SmartRecruiters' own 409 (a race with another writer) keeps its status and names the field. */
async function conflictAsEmail<T>(email: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (email && err instanceof SmartRecruitersError && err.status === 409) throw emailInUse(email);
    throw err;
  }
}

const reread = (client: ActionClient, id: string, signal: AbortSignal | undefined) => users.get(client, id, { includeRemoteData: false, ...(signal ? { signal } : {}) });

export async function createUser(client: ActionClient, input: UserCreateInput, signal?: AbortSignal): Promise<User> {
  await checkRole(client, input.role_id, signal);
  await checkEmailFree(client, input.email, undefined, signal);
  const created = await conflictAsEmail(input.email, () => writeOp<{ id?: unknown }>(client, 'users-api/users.create', { body: fromUserCreateInput(input), signal }));
  return reread(client, String(created.id), signal);
}

export async function updateUser(client: ActionClient, id: string, input: UserUpdateInput, signal?: AbortSignal): Promise<User> {
  await reread(client, id, signal);
  if (input.email !== undefined) await checkEmailFree(client, input.email, id, signal);
  await conflictAsEmail(input.email, () => writeOp(client, 'users-api/users.update', { pathParams: { id }, body: fromUserUpdateInput(input), signal }));
  return reread(client, id, signal);
}

export async function setUserRole(client: ActionClient, id: string, roleId: string, signal?: AbortSignal): Promise<User> {
  await reread(client, id, signal);
  await checkRole(client, roleId, signal);
  await writeOp(client, 'users-api/users.update', { pathParams: { id }, body: fromUserRoleInput(roleId), signal });
  return reread(client, id, signal);
}

export async function setUserActive(client: ActionClient, id: string, active: boolean, signal?: AbortSignal): Promise<User> {
  await reread(client, id, signal);
  await writeOp(client, active ? 'users-api/users.activation.activate' : 'users-api/users.activation.deactivate', { pathParams: { id }, signal });
  return reread(client, id, signal);
}
