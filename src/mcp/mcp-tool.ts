import type { ActionClient } from '../actions/index.js';
import type { ToolAnnotations } from './tool-annotations.js';

/** How a tool gets the SmartRecruiters client it runs with. */
export interface ToolContext {
  /**
   * The client for this call: `accountId` is the call's `account_id` argument when tools take one,
   * undefined when the account is fixed by configuration. Throws when there is no such account.
   */
  readonly clientFor: (accountId: string | undefined) => Promise<ActionClient>;
  readonly signal?: AbortSignal | undefined;
}

/** What a tool answers: the JSON (MCP structured content) and one or two sentences about it. */
export interface ToolOutcome {
  readonly structured: Record<string, unknown>;
  readonly summary: string;
}

/**
 * One tool of the registry. Action tools are derived from the catalogue (action-tools.ts); the
 * unified tools and any other source add entries of the same shape, so listing, filtering
 * (`--read-only`, `--tools`) and calling never need to know where a tool came from.
 */
export interface McpTool {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** What `--tools` accepts besides the name: the action's resource group (`candidates`, `jobs`, …). */
  readonly area: string;
  readonly annotations: ToolAnnotations;
  /** JSON Schema of the arguments (an object schema). */
  readonly inputSchema: Record<string, unknown> & { readonly type: 'object' };
  /** Throws on failure; the server turns every error into a tool error (tool-error.ts). */
  readonly run: (args: Record<string, unknown>, ctx: ToolContext) => Promise<ToolOutcome>;
}
