import type { UserCreateInput, UserUpdateInput } from '../user-directory/user.js';

/** The body of `POST /user-api/v201804/users`. */
export function fromUserCreateInput(input: UserCreateInput): Record<string, unknown> {
  return {
    email: input.email,
    firstName: input.first_name,
    lastName: input.last_name,
    systemRole: { id: input.role_id },
    ...(input.external_id !== undefined ? { externalData: input.external_id } : {}),
    ...(input.sso_identifier !== undefined ? { ssoIdentifier: input.sso_identifier } : {}),
    ...(input.language !== undefined ? { language: { code: input.language } } : {}),
  };
}

export type JsonPatch = { op: 'replace'; path: string; value: unknown }[];

/** The JSON Patch of `PATCH /user-api/v201804/users/{id}` (the User API takes RFC 6902 only). */
export function fromUserUpdateInput(input: UserUpdateInput): JsonPatch {
  const ops: JsonPatch = [];
  const set = (path: string, value: unknown) => ops.push({ op: 'replace', path, value });
  if (input.email !== undefined) set('/email', input.email);
  if (input.first_name !== undefined) set('/firstName', input.first_name);
  if (input.last_name !== undefined) set('/lastName', input.last_name);
  if (input.external_id !== undefined) set('/externalData', input.external_id);
  if (input.sso_identifier !== undefined) set('/ssoIdentifier', input.sso_identifier);
  if (input.language !== undefined) set('/language', { code: input.language });
  return ops;
}

/** The JSON Patch that sets a user's system role. */
export function fromUserRoleInput(roleId: string): JsonPatch {
  return [{ op: 'replace', path: '/systemRole', value: { id: roleId } }];
}
