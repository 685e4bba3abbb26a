import { SimError, notFound } from '../../core/sim-error.js';
import type { SimRequest } from '../../core/types.js';
import type { RecordTable } from '../../state/record-table.js';

/** Shared by the areas that model SmartRecruiters' newer, less documented APIs. */

export const iso = (ms: number): string => new Date(ms).toISOString();

/** A path parameter (the server has already refused an empty one). */
export function param(req: SimRequest, name: string): string {
  return req.params[name] ?? '';
}

/** The row the path names, or SmartRecruiters' 404 naming what and which. */
export function rowOf<T extends { readonly id: string }>(table: RecordTable<T>, id: string, what: string): T {
  return found(table.get(id), what, id);
}

/** The record the path parameter `name` names (found by `find`), or the 404 naming what and which. */
export function byParam<T>(req: SimRequest, name: string, what: string, find: (id: string) => T | undefined): T {
  const id = param(req, name);
  return found(find(id), what, id);
}

function found<T>(row: T | undefined, what: string, id: string): T {
  if (row === undefined) throw notFound(what, id);
  return row;
}

/** A JSON array body of strings (ids), or a 400 naming the body. */
export function idArrayBody(body: unknown, what = 'body'): string[] {
  if (!Array.isArray(body) || body.some((x) => typeof x !== 'string' || x.trim() === '')) throw new SimError(400, 'INVALID_FIELD', `${what}: must be a JSON array of ids`);
  return body as string[];
}

export const noContent = { status: 204 } as const;

/** Runs a nested body check, so its 400 names the full field path (`shareWith.everyone`). */
export function nested<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (err) {
    if (!(err instanceof SimError)) throw err;
    const errors = err.body.errors.map((e) => ({ code: e.code, message: `${prefix}.${e.message}` }));
    throw SimError.fields(err.status, errors.map((e) => e.message).join('; '), errors);
  }
}
