import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { createMcpServer, type CreateMcpServerOptions } from './create-mcp-server.js';

/**
 * One streamable-HTTP MCP request, stateless: a fresh server and transport per request, so no
 * session state lives between requests and any number of clients (or server processes) can share
 * `/mcp`. Answers JSON rather than an SSE stream: every tool call has exactly one result.
 */
export async function handleMcpHttp(request: Request, opts: CreateMcpServerOptions, parsedBody?: unknown): Promise<Response> {
  const server = createMcpServer(opts);
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request, parsedBody === undefined ? undefined : { parsedBody });
  } finally {
    // The JSON answer is complete once handleRequest resolves; nothing else may use this pair.
    void server.close().catch(() => undefined);
  }
}
