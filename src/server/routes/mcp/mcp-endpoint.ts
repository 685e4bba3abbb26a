import { actionTools, handleMcpHttp, listAccountsTool, selectTools, type McpTool, type ToolSelection } from '../../../mcp/index.js';
import { ApiError } from '../../api-error.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';

/**
 * `POST /mcp`: the MCP server over streamable HTTP (stateless, JSON answers), behind the bearer
 * token like every other route. Tools take `account_id`; the MCP core lives in src/mcp.
 */
export function mcpEndpoint(app: ServerApp, deps: ServerDeps, selection: ToolSelection, version: string): void {
  // Selected once at start: a bad selection stops createApp, not the first client.
  const tools: McpTool[] = selectTools([...actionTools({ accountArgument: true }), listAccountsTool(deps.accounts)], selection);
  app.post('/mcp', async (c) => {
    const log = c.get('logger');
    return handleMcpHttp(c.req.raw, {
      tools,
      version,
      clientFor: (accountId) => deps.accounts.clientForAccount(accountId as string),
      onInternalError: (err, tool) => log.error({ tool, err: { name: (err as Error)?.name, message: (err as Error)?.message } }, 'mcp tool failed'),
    });
  });
  // Stateless: no server-initiated stream to open (GET) and no session to end (DELETE).
  app.on(['GET', 'DELETE'], '/mcp', () => {
    throw new ApiError(405, 'method_not_allowed', 'POST JSON-RPC messages to /mcp; this server keeps no MCP sessions', undefined, { allow: 'POST' });
  });
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/mcp',
    tags: ['MCP'],
    summary: 'MCP (Model Context Protocol) over streamable HTTP',
    description: `JSON-RPC messages of the MCP protocol: ${tools.length} tools, one per SmartRecruiters action, each taking \`account_id\`. See docs/mcp.md.`,
    security: [{ bearer: [] }],
    responses: { 200: { description: 'The JSON-RPC answer' }, 401: { description: 'Missing or wrong bearer token' } },
  });
}
