import { z } from 'zod';
import type { ActionDefinition, ActionKind } from './action-definition.js';

/** The JSON Schema (draft 2020-12) of an action's input. */
export function actionInputJsonSchema(action: ActionDefinition): Record<string, unknown> {
  return z.toJSONSchema(action.inputSchema, { io: 'input' }) as Record<string, unknown>;
}

/** The JSON Schema of an action's JSON response (undefined for files and empty answers). */
export function actionOutputJsonSchema(action: ActionDefinition): Record<string, unknown> | undefined {
  return action.outputSchema ? (z.toJSONSchema(action.outputSchema, { io: 'output' }) as Record<string, unknown>) : undefined;
}

/** One entry of `actions list --json` and `GET /actions`. */
export interface ActionSummary {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly method: string;
  /** Official path with its version prefix. */
  readonly path: string;
  readonly kind: ActionKind;
  readonly operationKey: string;
  readonly group: string;
  readonly clientMethod: string;
  readonly pagination: string | null;
  readonly bodyMode: string;
  readonly deprecated: boolean;
  /** What it returns: `json`, `file` or `none`. */
  readonly returns: ActionDefinition['output']['kind'];
}

export function summarizeAction(action: ActionDefinition): ActionSummary {
  return {
    name: action.name,
    title: action.title,
    description: action.description,
    method: action.operation.method,
    path: action.operation.path,
    kind: action.kind,
    operationKey: action.operationKey,
    group: action.group,
    clientMethod: `${action.group}.${action.method}`,
    pagination: action.pagination?.style ?? null,
    bodyMode: action.operation.bodyMode,
    deprecated: action.operation.deprecated,
    returns: action.output.kind,
  };
}

/** Summary plus input/output JSON Schemas and notes, for `actions describe`. */
export function describeAction(action: ActionDefinition): ActionSummary & {
  notes: string;
  rateLimit: string;
  paginationSpec: ActionDefinition['pagination'];
  file: ActionDefinition['file'] | null;
  input: Record<string, unknown>;
  /** The output in full: kind, and for JSON whether the docs give its fields and which model. */
  outputSpec: ActionDefinition['output'];
  output: Record<string, unknown> | null;
} {
  return {
    ...summarizeAction(action),
    notes: action.notes,
    rateLimit: action.operation.rateLimit,
    paginationSpec: action.pagination,
    file: action.file ?? null,
    input: actionInputJsonSchema(action),
    outputSpec: action.output,
    output: actionOutputJsonSchema(action) ?? null,
  };
}
