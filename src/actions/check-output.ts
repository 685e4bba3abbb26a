import type { ActionDefinition } from './action-definition.js';
import { jsonTypeOf } from './validate-input.js';

/**
 * Whether the response is what the action's output says; a mismatch is reported with the path of
 * each problem, never thrown. `matched`: a JSON answer matched its documented schema;
 * `undocumented`: the docs give no fields, the answer is JSON (or empty); `no_body`: nothing was
 * expected and nothing came; `file`: a download; `not_checked`: pages of a walk.
 */
export type OutputCheck =
  | { readonly ok: true; readonly reason: 'matched' | 'undocumented' | 'no_body' | 'file' | 'not_checked' }
  | { readonly ok: false; readonly reason: 'schema_mismatch'; readonly issues: readonly { path: string; message: string }[] };

const empty = (data: unknown) => data === undefined || data === null || data === '';

function mismatch(path: string, message: string): OutputCheck {
  return { ok: false, reason: 'schema_mismatch', issues: [{ path, message }] };
}

/** Checks one response body against the action's output. */
export function checkOutput(action: Pick<ActionDefinition, 'output' | 'outputSchema'>, data: unknown): OutputCheck {
  const { output, outputSchema } = action;
  if (output.kind === 'none') return empty(data) ? { ok: true, reason: 'no_body' } : mismatch('(body)', `expected no body, got ${jsonTypeOf(data)}`);
  if (output.kind === 'file') return { ok: true, reason: 'file' };
  if (empty(data)) return output.documented ? mismatch('(body)', 'expected a JSON body, got none') : { ok: true, reason: 'undocumented' };
  if (!outputSchema) return { ok: true, reason: 'undocumented' };
  const r = outputSchema.safeParse(data);
  if (!r.success) {
    return { ok: false, reason: 'schema_mismatch', issues: r.error.issues.map((i) => ({ path: i.path.length ? i.path.map(String).join('.') : '(body)', message: i.message })) };
  }
  return { ok: true, reason: output.documented ? 'matched' : 'undocumented' };
}
