import type { ActionDefinition } from '../actions/index.js';

/** MCP's behaviour hints for a tool (all four are hints to the client, never enforced by it). */
export interface ToolAnnotations {
  readonly readOnlyHint: boolean;
  readonly destructiveHint: boolean;
  readonly idempotentHint: boolean;
  /** Every action talks to SmartRecruiters, a system outside this process. */
  readonly openWorldHint: true;
}

/**
 * POST verbs that only add (a new record, a tag, a comment, a publication): MCP's "additive
 * updates". Any other POST (approve, reject, reset a password) changes or ends something that
 * exists, so it counts as destructive.
 */
const ADDITIVE_POST_VERBS: ReadonlySet<string> = new Set(['create', 'add', 'upload', 'publish', 'send', 'assign']);

/**
 * The hints of one action, derived from its kind (the catalogue's read/write/delete, which
 * already knows the POSTs that only read) and its HTTP method:
 * - read (GET, or a POST that only searches or parses): read-only, idempotent;
 * - DELETE: destructive, idempotent (deleting twice leaves the same state);
 * - PUT: replaces what is there, so destructive; idempotent by HTTP's definition;
 * - PATCH: changes fields in place, so destructive; not idempotent (a patch may add to lists);
 * - POST: additive when its verb only adds (see ADDITIVE_POST_VERBS), else destructive; never idempotent.
 */
export function toolAnnotations(action: Pick<ActionDefinition, 'name' | 'kind'> & { readonly operation: { readonly method: string } }): ToolAnnotations {
  const method = action.operation.method.toUpperCase();
  if (action.kind === 'read') return { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true };
  if (action.kind === 'delete' || method === 'DELETE') return { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true };
  if (method === 'PUT') return { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true };
  if (method === 'POST') {
    const verb = action.name.split('_')[0] ?? '';
    return { readOnlyHint: false, destructiveHint: !ADDITIVE_POST_VERBS.has(verb), idempotentHint: false, openWorldHint: true };
  }
  // PATCH, and any method the catalogue may grow: assume the worst.
  return { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true };
}
