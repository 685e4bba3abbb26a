import { z } from 'zod';
import type { SpecAnswer, SpecField, SpecValue } from '../spec/index.js';

/**
 * What an action returns, with the reason (`basis`): `json` (checked against the action's
 * outputSchema; `documented` says whether the docs give its fields), `file` (bytes, returned as a
 * FileOutput) or `none` (no body).
 */
export type ActionOutput =
  | { readonly kind: 'json'; readonly documented: boolean; readonly model?: string; readonly basis: string }
  | { readonly kind: 'file'; readonly basis: string }
  | { readonly kind: 'none'; readonly basis: string };

const isoDateTime = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), 'expected an ISO 8601 date-time')
  .describe('ISO 8601 date-time');

type Models = Readonly<Record<string, readonly SpecField[]>>;

/**
 * The schema of each documented model, built once per model table so shared and recursive models
 * stay one schema.
 */
const built = new WeakMap<Models, Map<string, z.ZodType>>();

function model(name: string, models: Models): z.ZodType {
  let cache = built.get(models);
  if (!cache) built.set(models, (cache = new Map()));
  let s = cache.get(name);
  if (!s) {
    // Lazy, so a model that refers to itself (or to one that refers back) resolves on use.
    s = z.lazy(() => objectOf(models[name] ?? [], models));
    cache.set(name, s);
  }
  return s;
}

/**
 * A documented value: its documented type, never "anything" where the docs give one. Enums are
 * checked too; a value the docs do not list is a warning worth seeing (a new status, a renamed one).
 */
function valueOf(f: SpecValue, models: Models): z.ZodType {
  switch (f.type) {
    case 'string':
      return f.enum?.length ? z.enum(f.enum as [string, ...string[]]) : z.string();
    case 'date-time':
      return isoDateTime;
    case 'number':
    case 'integer':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'object':
      if (f.of) return model(f.of, models);
      if (f.fields) return objectOf(f.fields, models);
      return z.record(z.string(), z.unknown());
    case 'array':
      return z.array(f.items ? valueOf(f.items, models) : z.unknown());
    default:
      // The docs name the field but no source states its type.
      return f.enum?.length ? z.enum(f.enum as [string, ...string[]]) : z.unknown();
  }
}

/** Known fields typed, required where the docs say always present; unknown extra fields pass. */
function objectOf(fields: readonly SpecField[], models: Models, alwaysPresent: readonly string[] = []): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) {
    const v = valueOf(f, models);
    shape[f.name] = f.required || alwaysPresent.includes(f.name) ? v : v.optional();
  }
  return z.looseObject(shape);
}

/** Any JSON object or array: all that can be said of an answer the docs do not describe. */
const undocumentedJson = z
  .union([z.record(z.string(), z.unknown()), z.array(z.unknown())])
  .describe('undocumented: the docs give no fields for this answer');

/** The zod schema of a JSON answer of this shape; `models` resolves the fields' `of`. */
export function responseSchemaOf(shape: SpecAnswer, models: Models): z.ZodType {
  switch (shape.kind) {
    case 'object':
      return objectOf(shape.fields ?? [], models);
    case 'list':
      // A list envelope is defined by its `content` array.
      return objectOf(shape.fields ?? [], models, ['content']);
    case 'array':
      return z.array(shape.item ? valueOf(shape.item, models) : z.unknown());
    default:
      return undocumentedJson;
  }
}

/** The output of an action, from the documented 2xx answer of its operation. */
export function actionOutputOf(
  shape: SpecAnswer,
  models: Models,
  method: string,
  returnsFile: boolean,
): { output: ActionOutput; schema: z.ZodType | undefined } {
  if (returnsFile) return { output: { kind: 'file', basis: 'downloads a file (FILE_RESPONSES)' }, schema: undefined };
  if (shape.kind === 'none' && shape.noBody === 'documented') return { output: { kind: 'none', basis: 'the docs answer without a body' }, schema: undefined };
  const documented = shape.kind === 'object' || shape.kind === 'list' || shape.kind === 'array';
  if (!documented && method === 'DELETE') return { output: { kind: 'none', basis: 'a DELETE the docs give no answer body for' }, schema: undefined };
  if (!documented) {
    const basis = shape.kind === 'none' ? 'the SDK declares no answer body (maybe none, maybe untyped)' : 'the docs give no fields for the answer';
    return { output: { kind: 'json', documented: false, basis }, schema: undocumentedJson };
  }
  const model = shape.schema ? { model: shape.schema } : {};
  return { output: { kind: 'json', documented: true, ...model, basis: `documented ${shape.kind}${shape.schema ? ` ${shape.schema}` : ''}` }, schema: responseSchemaOf(shape, models) };
}
