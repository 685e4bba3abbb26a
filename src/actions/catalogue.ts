import { operationByKey, operationFields, statedBodyOf } from '../spec/index.js';
import type { ActionDefinition, ActionKind } from './action-definition.js';
import { actionNameOf, groupAndMethodOf } from './action-name.js';
import { DESCRIPTION_OVERRIDES, FILE_RESPONSES, KIND_OVERRIDES } from './action-overrides.js';
import { buildInputSchema } from './build-input-schema.js';
import { actionRows } from './generated/action-rows.js';
import { actionOutputOf } from './output-schema.js';

function kindOf(name: string, method: string): ActionKind {
  return KIND_OVERRIDES[name] ?? (method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : 'write');
}

function usefulSummary(summary: string, operationId: string): string | undefined {
  return summary && summary !== 'unknown' && summary !== operationId ? summary : undefined;
}

function build(): readonly ActionDefinition[] {
  const seen = new Set<string>();
  const methods = new Set<string>();
  return actionRows.map((row): ActionDefinition => {
    const op = operationByKey(row.operationKey);
    if (!op) throw new Error(`action #${row.number} ${row.title}: operation ${row.operationKey} is not in the spec table`);
    if (op.method !== row.method || op.path !== row.path) {
      throw new Error(
        `action #${row.number} ${row.title}: ACTIONS.md says ${row.method} ${row.path}, operation ${op.key} is ${op.method} ${op.path}`,
      );
    }
    const name = actionNameOf(row.title);
    if (seen.has(name)) throw new Error(`duplicate action name ${name}`);
    seen.add(name);
    const { group, method } = groupAndMethodOf(name, row.registry);
    if (methods.has(`${group}.${method}`)) throw new Error(`duplicate client method ${group}.${method} (${name})`);
    methods.add(`${group}.${method}`);

    const doc = operationFields[op.key];
    const body = doc?.requestBody ? statedBodyOf(doc.requestBody) : undefined;
    const { schema, file } = buildInputSchema(op, body);
    const { output, schema: outputSchema } = actionOutputOf(op.key, op.method, FILE_RESPONSES.has(name));
    const description =
      DESCRIPTION_OVERRIDES[name] ?? doc?.description ?? usefulSummary(op.summary, op.operationId) ?? row.title;
    return {
      name,
      title: row.title,
      description,
      number: row.number,
      operationKey: op.key,
      operation: op,
      kind: kindOf(name, op.method),
      pagination: op.pagination,
      group,
      method,
      inputSchema: schema,
      output,
      outputSchema,
      file,
      body,
      notes: row.notes,
    };
  });
}

/** The 164 actions, in ACTIONS.md order. Built (and checked against the spec table) at load. */
export const actions: readonly ActionDefinition[] = build();

const byName = new Map(actions.map((a) => [a.name, a]));

/** The action with this name, or undefined. */
export function findAction(name: string): ActionDefinition | undefined {
  return byName.get(name);
}
