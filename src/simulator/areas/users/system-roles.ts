/**
 * The predefined SmartRecruiters system roles. The ids are the five the Okta connector docs list
 * (official-docs/users.json `system_roles_note`) plus HIRING_MANAGER, which the users area accepted
 * before this list existed. Ids are upper-case and compared case-sensitively, as the real API does.
 */
export const SYSTEM_ROLES: readonly { readonly id: string; readonly name: string }[] = [
  { id: 'EMPLOYEE', name: 'Employee' },
  { id: 'RESTRICTED', name: 'Restricted' },
  { id: 'STANDARD', name: 'Standard' },
  { id: 'EXTENDED', name: 'Extended' },
  { id: 'HIRING_MANAGER', name: 'Hiring Manager' },
  { id: 'ADMINISTRATOR', name: 'Administrator' },
];

const IDS = new Set(SYSTEM_ROLES.map((r) => r.id));

/** True when `id` is a system role id exactly as the API spells it (`employee` is not `EMPLOYEE`). */
export function isSystemRoleId(id: unknown): id is string {
  return typeof id === 'string' && IDS.has(id);
}

/** The 400 message for a bad `systemRole.id`, naming the field and the accepted ids. */
export function systemRoleProblem(id: unknown): string {
  const hint = typeof id === 'string' && IDS.has(id.toUpperCase()) ? ` (ids are case-sensitive: did you mean "${id.toUpperCase()}"?)` : '';
  return `systemRole.id: must be one of ${SYSTEM_ROLES.map((r) => r.id).join(', ')}, got ${JSON.stringify(id)}${hint}`;
}
