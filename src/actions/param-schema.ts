import { z } from 'zod';
import { pathSegmentProblem } from '../client/build-url.js';
import type { ParamSpec } from '../spec/index.js';

/** Query parameters of type `object` are sent as `<prefix>.<key>=<value>` (legacy Posting API). */
export const OBJECT_QUERY_PREFIX: Readonly<Record<string, string>> = { customField: 'custom_field' };

function scalar(p: ParamSpec): z.ZodType {
  if (p.enum?.length) return z.enum(p.enum as [string, ...string[]]);
  switch (p.type) {
    case 'integer':
    case 'number': {
      let n = p.type === 'integer' ? z.number().int() : z.number();
      if (typeof p.min === 'number') n = n.min(p.min);
      if (typeof p.max === 'number') n = n.max(p.max);
      return n;
    }
    case 'boolean':
      return z.boolean();
    case 'date-time':
      return z.string().min(1).describe('ISO 8601 date-time');
    case 'object':
      return z.record(z.string(), z.union([z.string(), z.array(z.string())]));
    default:
      return z.string();
  }
}

/**
 * A path segment: never blank, `.` or `..` (the client refuses them too, as a last line of
 * defence). Anything else is sent as one percent-encoded segment.
 */
const pathSegmentSchema = z.string().superRefine((value, ctx) => {
  const problem = pathSegmentProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `a path segment: ${problem}`, input: value });
});

/** The zod schema of one path or query parameter, optional unless required. */
export function paramSchema(p: ParamSpec, where: 'path' | 'query'): z.ZodType {
  let s = where === 'path' && p.type === 'string' ? pathSegmentSchema : scalar(p);
  // A repeatable parameter takes one value or a list (`?status=NEW&status=HIRED`).
  if (p.array) s = z.union([s, z.array(s)]);
  const parts = [p.description, p.deprecated ? 'deprecated' : undefined].filter(Boolean);
  if (parts.length) s = s.describe(parts.join(' — '));
  return p.required || where === 'path' ? s : s.optional();
}
