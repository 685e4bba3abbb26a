import { actionInputJsonSchema, actions, executeAction, validateActionInput, type ActionDefinition } from '../actions/index.js';
import { ACCOUNT_ARGUMENT, ACCOUNT_ARGUMENT_SCHEMA, takeAccountArgument } from './account-argument.js';
import { actionOutcome } from './action-outcome.js';
import type { McpTool } from './mcp-tool.js';
import { toolAnnotations } from './tool-annotations.js';

export interface ActionToolsOptions {
  /** Tools take `account_id` (per-call accounts) instead of running for one configured account. */
  readonly accountArgument: boolean;
}

/** What an agent needs besides the docs' description: the official call, the paging, the notes. */
function descriptionOf(action: ActionDefinition): string {
  const lines = [action.description.trim()];
  lines.push(`SmartRecruiters: ${action.operation.method} ${action.operation.path}.`);
  const p = action.pagination;
  if (p) {
    const how =
      p.style === 'cursor'
        ? `pass the answer's next cursor as \`${p.cursorParam}\` for the next page`
        : p.style === 'offset'
          ? `page with \`${p.offsetParam}\` and \`${p.limitParam}\``
          : `page with \`${p.pageParam}\` and \`${p.sizeParam}\``;
    lines.push(`Paginated: ${how} (at most ${p.maxLimit} a page).`);
  }
  if (action.notes) lines.push(`Note: ${action.notes}`);
  if (action.file) lines.push('The file goes in `file` as { filename, content_base64, content_type? }.');
  return lines.join('\n');
}

function inputSchemaOf(action: ActionDefinition, accountArgument: boolean): McpTool['inputSchema'] {
  const schema = actionInputJsonSchema(action) as Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };
  if (schema.type !== 'object') throw new Error(`action ${action.name}: input schema is not an object schema`);
  if (!accountArgument) return schema as McpTool['inputSchema'];
  if (schema.properties && ACCOUNT_ARGUMENT in schema.properties) throw new Error(`action ${action.name} has an input named ${ACCOUNT_ARGUMENT}`);
  return {
    ...schema,
    type: 'object',
    properties: { [ACCOUNT_ARGUMENT]: ACCOUNT_ARGUMENT_SCHEMA, ...(schema.properties ?? {}) },
    required: [ACCOUNT_ARGUMENT, ...(schema.required ?? [])],
  };
}

/** One tool for an action: its name, schema, hints and description all come from the catalogue. */
export function actionTool(action: ActionDefinition, opts: ActionToolsOptions): McpTool {
  return {
    name: action.name,
    title: action.title,
    description: descriptionOf(action),
    area: action.group,
    annotations: toolAnnotations(action),
    inputSchema: inputSchemaOf(action, opts.accountArgument),
    run: async (args, ctx) => {
      const { accountId, rest } = takeAccountArgument(action.name, args, opts.accountArgument);
      // Arguments are checked before an account is opened or anything is sent.
      const input = validateActionInput(action, rest);
      const client = await ctx.clientFor(accountId);
      const result = await executeAction(client, action, input, ctx.signal ? { signal: ctx.signal } : {});
      return actionOutcome(action, result);
    },
  };
}

/** The 164 action tools, in catalogue order. */
export function actionTools(opts: ActionToolsOptions): McpTool[] {
  return actions.map((a) => actionTool(a, opts));
}
