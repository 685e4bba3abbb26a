import type { OperationFields, OperationSpec, SpecField } from '../spec/index.js';
import { statedBodyOf } from '../spec/spec-field.js';
import type { ActionDefinition, ActionKind } from './action-definition.js';
import { actionNamesFor, groupAndMethodOf } from './action-name.js';
import { DESCRIPTION_OVERRIDES, FILE_RESPONSES, KIND_OVERRIDES } from './action-overrides.js';
import { buildInputSchema } from './build-input-schema.js';
import type { ActionRow } from './field-doc.js';
import { actionOutputOf } from './output-schema.js';

/**
 * Everything an action catalogue is built from. At load these are the checked-in generated tables;
 * the generators pass the same data built in memory from specs/, so one `npm run generate` is a
 * fixed point. Nothing here imports a generated file.
 */
export interface CatalogueSources {
  /** The ACTIONS.md rows, in order, each with the key of its official operation. */
  readonly rows: readonly (ActionRow & { readonly operationKey: string })[];
  readonly operations: readonly OperationSpec[];
  readonly operationFields: Readonly<Record<string, OperationFields>>;
  readonly models: Readonly<Record<string, readonly SpecField[]>>;
  /** Public name per operation key (the hand-kept ACTION_NAMES). */
  readonly names: Readonly<Record<string, string>>;
}

function kindOf(name: string, method: string): ActionKind {
  return KIND_OVERRIDES[name] ?? (method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : 'write');
}

function usefulSummary(summary: string, operationId: string): string | undefined {
  return summary && summary !== 'unknown' && summary !== operationId ? summary : undefined;
}

/** The actions, in ACTIONS.md order; throws when the rows and the operation table disagree. */
export function buildCatalogue(sources: CatalogueSources): readonly ActionDefinition[] {
  const byKey = new Map(sources.operations.map((op) => [op.key, op]));
  const names = actionNamesFor(sources.rows, sources.names);
  const methods = new Set<string>();
  return sources.rows.map((row, i): ActionDefinition => {
    const op = byKey.get(row.operationKey);
    if (!op) throw new Error(`action #${row.number} ${row.title}: operation ${row.operationKey} is not in the spec table`);
    if (op.method !== row.method || op.path !== row.path) {
      throw new Error(
        `action #${row.number} ${row.title}: ACTIONS.md says ${row.method} ${row.path}, operation ${op.key} is ${op.method} ${op.path}`,
      );
    }
    const name = names[i] as string;
    const { group, method } = groupAndMethodOf(name, row.registry);
    if (methods.has(`${group}.${method}`)) throw new Error(`duplicate client method ${group}.${method} (${name})`);
    methods.add(`${group}.${method}`);

    const doc = sources.operationFields[op.key];
    const body = doc?.requestBody ? statedBodyOf(doc.requestBody) : undefined;
    const { schema, file } = buildInputSchema(op, body);
    const answer = doc?.answer ?? { kind: 'undocumented' };
    const { output, schema: outputSchema } = actionOutputOf(answer, sources.models, op.method, FILE_RESPONSES.has(name));
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
