import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { join } from 'node:path';
import { childEnv, root } from '../cli/run-cli.js';

const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** An MCP session with `srconnect mcp …` as a child process, through the SDK's own stdio client. */
export interface StdioSession {
  readonly client: Client;
  /** What the child wrote to stderr so far. */
  stderr(): string;
  close(): Promise<void>;
}

export async function startStdio(args: readonly string[], env: Record<string, string>): Promise<StdioSession> {
  const transport = new StdioClientTransport({ command: tsx, args: ['src/cli/main.ts', 'mcp', ...args], cwd: root, env: childEnv(env) as Record<string, string>, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const client = new Client({ name: 'srconnect-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr, close: () => client.close() };
}

/** A tool result's structured content, typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
export function structured(result: unknown): any {
  return (result as CallToolResult).structuredContent;
}

export function text(result: unknown): string {
  const first = (result as CallToolResult).content[0];
  return first?.type === 'text' ? first.text : '';
}

/** Compiles every schema with ajv's draft 2020-12 meta-schema check on; answers the failures. */
export function invalidSchemas(tools: readonly { name: string; inputSchema: unknown }[]): string[] {
  const ajv = new Ajv2020({ strict: false, validateSchema: true, allErrors: true });
  const bad: string[] = [];
  for (const t of tools) {
    try {
      if (!ajv.validateSchema(t.inputSchema as object)) bad.push(`${t.name}: ${ajv.errorsText(ajv.errors)}`);
      else ajv.compile(t.inputSchema as object);
    } catch (err) {
      bad.push(`${t.name}: ${(err as Error).message}`);
    }
  }
  return bad;
}
