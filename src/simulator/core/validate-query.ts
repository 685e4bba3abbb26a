import type { OperationSpec, ParamSpec } from '../../spec/index.js';
import { SimError } from './sim-error.js';
import type { QueryValue } from './types.js';

type Scalar = string | number | boolean;

function parseScalar(p: ParamSpec, raw: string): { value?: Scalar; problem?: string } {
  switch (p.type) {
    case 'integer':
      if (!/^-?\d+$/.test(raw)) return { problem: `must be an integer, got "${raw}"` };
      return { value: Number(raw) };
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') return { problem: `must be true or false, got "${raw}"` };
      return { value: raw === 'true' };
    case 'date-time':
      // Accept ISO 8601 date or date-time; a careful server rejects anything Date.parse would guess at.
      if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw) || Number.isNaN(Date.parse(raw))) {
        return { problem: `must be an ISO 8601 date-time, got "${raw}"` };
      }
      return { value: raw };
    default:
      return { value: raw };
  }
}

function checkBounds(p: ParamSpec, value: Scalar, maxLimit: number | undefined): string | undefined {
  if (p.enum && typeof value === 'string' && !p.enum.includes(value)) {
    return `must be one of ${p.enum.join(', ')}, got "${value}"`;
  }
  if (typeof value === 'number') {
    if (p.min !== undefined && value < p.min) return `must be ≥ ${p.min}`;
    const max = p.max ?? maxLimit;
    if (max !== undefined && value > max) return `must be ≤ ${max}`;
  }
  return undefined;
}

/** The page-size parameter of an operation gets the documented maximum even when the table omits it. */
function pageSizeMax(op: OperationSpec, name: string): number | undefined {
  const pg = op.pagination;
  if (!pg) return undefined;
  if (pg.style === 'page') return name === pg.sizeParam ? pg.maxLimit : undefined;
  return name === pg.limitParam ? pg.maxLimit : undefined;
}

/**
 * Validates path and query parameters against the operation table and answers the typed query.
 * Every problem is reported, each naming its field; undeclared query params are ignored, as the
 * real API does.
 */
export function validateInput(
  op: OperationSpec,
  params: Record<string, string>,
  search: URLSearchParams,
): Record<string, QueryValue> {
  const errors: { code: string; message: string }[] = [];
  for (const p of op.pathParams) {
    const raw = params[p.name];
    if (raw === undefined || raw.trim() === '') {
      errors.push({ code: 'INVALID_FIELD', message: `${p.name}: must not be empty` });
      continue;
    }
    const parsed = parseScalar(p, raw);
    if (parsed.problem) errors.push({ code: 'INVALID_FIELD', message: `${p.name}: ${parsed.problem}` });
  }
  const query: Record<string, QueryValue> = {};
  for (const p of op.queryParams) {
    const raws = search.getAll(p.name);
    if (raws.length === 0 || (raws.length === 1 && raws[0] === '' && !p.required)) {
      if (p.required) errors.push({ code: 'MISSING_FIELD', message: `${p.name}: is required` });
      continue;
    }
    if (raws.length > 1 && !p.array) {
      errors.push({ code: 'INVALID_FIELD', message: `${p.name}: must be given once, got ${raws.length} values` });
      continue;
    }
    const values: Scalar[] = [];
    for (const raw of raws) {
      const parsed = parseScalar(p, raw);
      const problem = parsed.problem ?? checkBounds(p, parsed.value as Scalar, pageSizeMax(op, p.name));
      if (problem) errors.push({ code: 'INVALID_FIELD', message: `${p.name}: ${problem}` });
      else values.push(parsed.value as Scalar);
    }
    if (values.length === raws.length) query[p.name] = p.array ? values : (values[0] as Scalar);
  }
  if (errors.length > 0) {
    throw SimError.fields(400, errors.map((e) => e.message).join('; '), errors);
  }
  return query;
}
