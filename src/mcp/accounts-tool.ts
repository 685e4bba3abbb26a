import type { Accounts } from '../accounts/index.js';
import type { McpTool } from './mcp-tool.js';

/** Name of the tool that lists linked accounts; not an action, so it cannot clash with one. */
export const LIST_ACCOUNTS_TOOL = 'list_linked_accounts';

/**
 * With per-call accounts the agent must know which ids exist: this tool lists them (id, name,
 * host; never a credential). Only offered when tools take `account_id`.
 */
export function listAccountsTool(accounts: Pick<Accounts, 'list'>): McpTool {
  return {
    name: LIST_ACCOUNTS_TOOL,
    title: 'List linked accounts',
    description: 'The SmartRecruiters accounts linked to this srconnect (id, name, API host). Pass an id as `account_id` to the other tools.',
    area: 'accounts',
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    inputSchema: { type: 'object', properties: {}, additionalProperties: false },
    run: async () => {
      const list = await accounts.list();
      const data = list.map((a) => ({ id: a.id, name: a.name, host: new URL(a.base_url).host, auth_type: a.auth_type }));
      return { structured: { accounts: data }, summary: `${data.length} linked account${data.length === 1 ? '' : 's'}.` };
    },
  };
}
