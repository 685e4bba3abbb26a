import { ActionInputError } from '../actions/index.js';

/** The argument that names the linked account when tools are not fixed to one. */
export const ACCOUNT_ARGUMENT = 'account_id';

export const ACCOUNT_ARGUMENT_SCHEMA = {
  type: 'string',
  minLength: 1,
  description: 'the linked account to act for (acc_…; `list_linked_accounts` lists them)',
} as const;

/**
 * Splits a call's arguments into the account id and the rest. `required`: tools take `account_id`
 * (per-call accounts); otherwise the argument is refused, so a call meant for one account never
 * silently runs against the configured one.
 */
export function takeAccountArgument(tool: string, args: Record<string, unknown>, required: boolean): { accountId: string | undefined; rest: Record<string, unknown> } {
  const { [ACCOUNT_ARGUMENT]: value, ...rest } = args;
  if (!required) {
    if (value !== undefined) throw new ActionInputError(tool, [{ path: ACCOUNT_ARGUMENT, rule: 'unknown field: this server is fixed to one account', received: typeof value }]);
    return { accountId: undefined, rest };
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ActionInputError(tool, [{ path: ACCOUNT_ARGUMENT, rule: value === undefined ? 'required' : 'expected a non-empty string', received: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value }]);
  }
  return { accountId: value, rest };
}
