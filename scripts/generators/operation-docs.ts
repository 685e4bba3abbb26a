/**
 * Turns the per-area official-docs/*.json files into BodyDoc/ResponseDoc data for the action
 * layer: field names, documented types, required flags and enums. Nothing is guessed: a field the
 * docs type as `unknown` stays `unknown` (a `type_hint` borrowed from another model only goes into
 * the description), so the input schema never refuses what the real API might accept.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENUM_LINKS } from './enum-links.js';
import type { BodyDoc, FieldDoc, FieldType, OperationDoc, ResponseDoc } from '../../src/actions/field-doc.js';

type RawField = {
  type?: string;
  required?: boolean;
  enum?: unknown[];
  minLength?: number;
  notes?: string;
  ref?: string;
  type_hint?: string;
};
type RawFields = Record<string, RawField | string>;
interface RawBody {
  content_type?: string;
  schema?: string;
  required?: boolean;
  fields?: RawFields;
}
interface RawOperation {
  method: string;
  path: string;
  summary?: string;
  description?: string;
  requestBody?: RawBody | null;
  responses?: Record<string, { schema?: string; fields?: RawFields } | string>;
}
interface RawFile {
  operations?: RawOperation[];
  objects?: Record<string, RawFields>;
}

const MAX_DESCRIPTION = 240;

function clean(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  return t.length > MAX_DESCRIPTION ? `${t.slice(0, MAX_DESCRIPTION - 1)}…` : t;
}

function fieldType(raw: string | undefined): FieldType {
  const t = (raw ?? 'unknown').trim();
  if (t.startsWith('string(date-time)')) return 'date-time';
  const known: FieldType[] = ['string', 'number', 'integer', 'boolean', 'object', 'array<string>', 'array<object>'];
  return (known as string[]).includes(t) ? (t as FieldType) : 'unknown';
}

function toFields(raw: RawFields | undefined, model?: string, enums: Readonly<Record<string, readonly string[]>> = {}): FieldDoc[] {
  const out: FieldDoc[] = [];
  for (const [name, f] of Object.entries(raw ?? {})) {
    // `_official_source` and similar keys are provenance, not fields.
    if (name.startsWith('_') || typeof f !== 'object' || f === null) continue;
    const hint = fieldType(f.type) === 'unknown' && f.type_hint ? `type not documented (likely ${f.type_hint})` : undefined;
    const description = clean([f.notes, f.ref ? `model ${f.ref}` : undefined, hint].filter(Boolean).join('; '));
    const doc: { -readonly [K in keyof FieldDoc]: FieldDoc[K] } = { name, type: fieldType(f.type) };
    if (f.required) doc.required = true;
    const linked = model ? ENUM_LINKS[`${model}.${name}`] : undefined;
    const enumValues = (f.enum ?? (linked ? enums[linked] : undefined) ?? []).filter((v): v is string => typeof v === 'string');
    if (linked && !enums[linked]?.length) throw new Error(`ENUM_LINKS ${model}.${name}: no enum ${linked} in objects._enums`);
    if (enumValues.length) doc.enum = enumValues;
    // An enum of names is a string, whatever the SDK's lost type says.
    if (enumValues.length && doc.type === 'unknown') doc.type = 'string';
    if (typeof f.minLength === 'number') doc.minLength = f.minLength;
    if (description) doc.description = description;
    out.push(doc);
  }
  return out;
}

function contentType(raw: string | undefined): BodyDoc['contentType'] {
  const t = raw ?? '';
  if (t.includes('json-patch')) return 'json-patch';
  if (t.includes('json')) return 'json';
  if (t.includes('multipart')) return 'multipart';
  if (t.includes('x-www-form-urlencoded')) return 'form';
  return 'unknown';
}

function knownSchema(name: string | undefined): string | undefined {
  return name && /^[A-Za-z][\w<>]*$/.test(name) && name !== 'unknown' ? name : undefined;
}

function bodyDoc(raw: RawBody, enums: Readonly<Record<string, readonly string[]>>): BodyDoc {
  const schema = knownSchema(raw.schema);
  const fields = toFields(raw.fields, schema, enums);
  const shape: BodyDoc['shape'] = /^Array</.test(raw.schema ?? '') ? 'array' : fields.length ? 'object' : 'unknown';
  const required = raw.required === true || fields.some((f) => f.required);
  return { contentType: contentType(raw.content_type), ...(schema ? { schema } : {}), required, shape, fields };
}

function responseDoc(op: RawOperation, objects: Record<string, RawFields>): ResponseDoc | undefined {
  for (const r of Object.values(op.responses ?? {})) {
    if (typeof r !== 'object' || r === null) continue;
    const schema = knownSchema(r.schema);
    const fields = toFields(r.fields ?? (schema ? objects[schema] : undefined));
    if (fields.length) return { ...(schema ? { schema } : {}), fields };
  }
  return undefined;
}

/** Documented body/response per `METHOD /full/path`, from every official-docs/*.json file. */
export function readOperationDocs(specDir: string): Map<string, OperationDoc> {
  const dir = join(specDir, 'official-docs');
  const out = new Map<string, OperationDoc>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as RawFile);
  const enums: Record<string, readonly string[]> = {};
  for (const file of files) {
    for (const [name, e] of Object.entries((file.objects?.['_enums'] ?? {}) as Record<string, { enum?: unknown[] }>)) {
      enums[name] ??= (e.enum ?? []).filter((v): v is string => typeof v === 'string');
    }
  }
  for (const file of files) {
    for (const op of file.operations ?? []) {
      const doc: { -readonly [K in keyof OperationDoc]: OperationDoc[K] } = {};
      if (op.requestBody) doc.requestBody = bodyDoc(op.requestBody, enums);
      const response = responseDoc(op, file.objects ?? {});
      if (response) doc.response = response;
      const description = clean(op.description ?? op.summary);
      if (description) doc.description = description;
      out.set(`${op.method.toUpperCase()} ${op.path}`, doc);
    }
  }
  return out;
}
