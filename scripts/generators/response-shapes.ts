/**
 * Turns the documented 2xx answers of official-docs/*.json into a compact runtime table
 * (src/spec/generated/response-shapes.ts): per operation key, whether the answer is an object, a
 * list envelope, a bare array or empty, and the documented fields with their types, enums and
 * nesting. The simulator dresses generic answers from it and `npm run fidelity` checks real
 * answers against it, so neither reads the docs from disk at request time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from './generated-file.js';
import { buildOperations } from './operations.js';

type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date-time' | 'object' | 'array' | 'unknown';

interface ShapeField {
  name: string;
  type: FieldType;
  /** The docs (SDK required flags) say the field is always present. */
  required?: true;
  enum?: string[];
  /** Name of a shared object in `responseObjects`. */
  of?: string;
  /** Inline nested fields (from an example shape). */
  fields?: ShapeField[];
  /** For arrays: the item. */
  items?: Omit<ShapeField, 'name'>;
}

interface Shape {
  kind: 'object' | 'list' | 'array' | 'none' | 'undocumented';
  /** For `none`: stated by the docs (`documented`), or only that the SDK declares no body (`sdk`). */
  noBody?: 'documented' | 'sdk';
  status?: number;
  schema?: string;
  fields?: ShapeField[];
  item?: Omit<ShapeField, 'name'>;
}

type RawField = { type?: string; required?: boolean; enum?: unknown[]; ref?: string; example_shape?: unknown; type_hint?: string; type_hint_shape?: unknown };
type RawFields = Record<string, unknown>;
interface RawResponse {
  status?: string;
  schema?: string;
  fields?: RawFields;
}
interface RawOperation {
  method: string;
  path: string;
  responses?: Record<string, RawResponse | string>;
}
interface RawFile {
  operations?: RawOperation[];
  objects?: Record<string, unknown>;
}

/** `PostingDetails (Posting API)` → `PostingDetails`; names with hints in brackets are still the model. */
function baseName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').trim();
}

function scalarType(raw: string | undefined): FieldType {
  const t = (raw ?? 'unknown').trim();
  if (t.startsWith('string(date-time)')) return 'date-time';
  if (t.startsWith('array')) return 'array';
  const known: FieldType[] = ['string', 'number', 'integer', 'boolean', 'object'];
  return (known as string[]).includes(t) ? (t as FieldType) : 'unknown';
}

class ShapeBuilder {
  readonly used = new Map<string, ShapeField[]>();
  private readonly building = new Set<string>();

  constructor(private readonly objects: Map<string, RawFields>) {}

  /** Resolves a model name to a shared object, building it once; undefined when not documented. */
  ref(name: string | undefined): string | undefined {
    if (!name) return undefined;
    const key = baseName(name);
    const raw = this.objects.get(key);
    if (!raw || raw['_array_of']) return undefined;
    if (!this.used.has(key) && !this.building.has(key)) {
      this.building.add(key);
      const fields = this.fields(raw);
      this.building.delete(key);
      this.used.set(key, fields);
    }
    return key;
  }

  /** True while building the `content` field of a model that has no other field. */
  private listField = false;

  fields(raw: RawFields | undefined): ShapeField[] {
    const out: ShapeField[] = [];
    const envelope = ['totalFound', 'limit', 'offset', 'nextPageId'].some((k) => raw?.[k] !== undefined);
    const names = Object.keys(raw ?? {}).filter((n) => !n.startsWith('_'));
    for (const [name, f] of Object.entries(raw ?? {})) {
      // `_official_source`, `src`, `notes` and similar keys are provenance, not fields.
      if (name.startsWith('_') || typeof f !== 'object' || f === null || Array.isArray(f)) continue;
      this.listField = name === 'content' && names.length === 1;
      out.push({ name, ...this.field(f as RawField, envelope ? name : '') });
      this.listField = false;
    }
    return out;
  }

  /** `envelopeField` is the field's name when its siblings make its object a list envelope. */
  field(f: RawField, envelopeField = ''): Omit<ShapeField, 'name'> {
    let type = scalarType(f.type);
    // SmartRecruiters list envelopes ({totalFound, content}) carry their items in a `content`
    // array; the SDK lost the type but kept the item model.
    if (type === 'unknown' && envelopeField === 'content') type = 'array';
    // `…List` models ({content}) carry the same array without the envelope's counters.
    if (type === 'unknown' && f.ref && this.listField) type = 'array';
    let example = f.example_shape;
    // An undocumented type with a hint borrowed from the same field elsewhere is the best guess
    // a fake answer can make; the hint's shape gives the nesting.
    if (type === 'unknown' && f.type_hint) {
      type = scalarType(f.type_hint);
      example = f.type_hint_shape ?? example;
    }
    const enumValues = (f.enum ?? []).filter((v): v is string => typeof v === 'string');
    const out: Omit<ShapeField, 'name'> = { type };
    if (f.required === true) out.required = true;
    if (enumValues.length) out.enum = enumValues;
    const ref = this.ref(f.ref);
    if (type === 'array' || Array.isArray(example)) {
      out.type = 'array';
      const item = ref ? { type: 'object' as const, of: ref } : Array.isArray(example) && example.length ? this.example(example[0]) : (f.type ?? '').includes('string') ? { type: 'string' as const } : undefined;
      if (item) out.items = item;
    } else if (ref) {
      out.type = 'object';
      out.of = ref;
    } else if (example && typeof example === 'object') {
      out.type = 'object';
      out.fields = this.exampleFields(example as Record<string, unknown>);
    }
    return out;
  }

  /** Converts a Swagger example value (`"string"`, `0`, `{…}`, `[…]`) to a field shape. */
  example(value: unknown): Omit<ShapeField, 'name'> {
    if (Array.isArray(value)) {
      const out: Omit<ShapeField, 'name'> = { type: 'array' };
      if (value.length) out.items = this.example(value[0]);
      return out;
    }
    if (value && typeof value === 'object') return { type: 'object', fields: this.exampleFields(value as Record<string, unknown>) };
    if (typeof value === 'string') return { type: scalarType(value) === 'unknown' ? 'string' : scalarType(value) };
    if (typeof value === 'number') return { type: 'number' };
    if (typeof value === 'boolean') return { type: 'boolean' };
    return { type: 'unknown' };
  }

  private exampleFields(value: Record<string, unknown>): ShapeField[] {
    return Object.entries(value).map(([name, v]) => ({ name, ...this.example(v) }));
  }
}

function statusOf(code: string, r: RawResponse): number | undefined {
  const m = /^(\d{3})$/.exec(code) ?? /^(\d{3})\b/.exec(r.status ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The item of a list envelope: the `content` array (the envelope every SmartRecruiters list uses). */
function listItem(fields: ShapeField[]): Omit<ShapeField, 'name'> | undefined {
  const content = fields.find((f) => f.name === 'content' && f.type === 'array');
  if (!content) return undefined;
  return content.items ?? { type: 'unknown' };
}

function shapeOf(op: RawOperation, builder: ShapeBuilder, objects: Map<string, RawFields>): Shape {
  for (const [code, r] of Object.entries(op.responses ?? {})) {
    if (typeof r !== 'object' || r === null || !/^2|^\d{3}$/.test(code)) continue;
    const status = statusOf(code, r);
    const schema = r.schema && /^[A-Za-z][\w<> ]*$/.test(r.schema) && r.schema !== 'unknown' ? r.schema : undefined;
    const base: Shape = { kind: 'undocumented', ...(status ? { status } : {}), ...(schema ? { schema } : {}) };
    // `none` (official page, or a 204) says no body; "none declared by SDK (no body or binary)"
    // only says the SDK typed nothing.
    if (status === 204 || r.schema === 'none') return { ...base, kind: 'none', noBody: 'documented' };
    if (/^none\b/.test(r.schema ?? '')) return { ...base, kind: 'none', noBody: 'sdk' };
    const arrayOf = /^Array<(\w+)>$/.exec(r.schema ?? '') ?? /^ListResult of (\w+)$/.exec(r.schema ?? '');
    if (arrayOf) {
      const ref = builder.ref(arrayOf[1]);
      const item = ref ? { type: 'object' as const, of: ref } : { type: 'unknown' as const };
      if (r.schema?.startsWith('Array<')) return { ...base, kind: 'array', item };
      return { ...base, kind: 'list', fields: [{ name: 'totalFound', type: 'number' }, { name: 'content', type: 'array', items: item }], item };
    }
    const rawFields = r.fields ?? (schema ? objects.get(baseName(schema)) : undefined);
    const bareArray = schema ? (objects.get(baseName(schema))?.['_array_of'] as unknown[] | undefined) : undefined;
    if (bareArray) return { ...base, kind: 'array', item: builder.example(bareArray[0]) };
    let fields = builder.fields(rawFields);
    if (!fields.length) return base;
    let item = listItem(fields);
    // `JobPropertyDefinitionList` / `Departments` list `JobPropertyDefinition` / `Department` items.
    const itemModel = schema && item?.type === 'unknown' ? builder.ref(/^(\w+?)(List|s)$/.exec(schema)?.[1]) : undefined;
    if (item && itemModel) {
      item = { type: 'object', of: itemModel };
      fields = fields.map((f) => (f.name === 'content' ? { name: 'content', type: 'array', items: item as ShapeField['items'] & object } : f));
    }
    return item ? { ...base, kind: 'list', fields, item } : { ...base, kind: 'object', fields };
  }
  return { kind: 'undocumented' };
}

/** Writes src/spec/generated/response-shapes.ts from official-docs/*.json. */
export function responseShapes(root: string): GeneratedFile[] {
  const specDir = join(root, 'specs/smartrecruiters');
  const dir = join(specDir, 'official-docs');
  const rawOps = new Map<string, { op: RawOperation; objects: Map<string, RawFields> }>();
  const allObjects = new Map<string, RawFields>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const parsed = files.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as RawFile);
  for (const file of parsed) {
    for (const [name, fields] of Object.entries(file.objects ?? {})) {
      if (fields && typeof fields === 'object' && !allObjects.has(baseName(name))) allObjects.set(baseName(name), fields as RawFields);
    }
  }
  for (const file of parsed) {
    // A file's own models win over a same-named model of another area.
    const local = new Map(allObjects);
    for (const [name, fields] of Object.entries(file.objects ?? {})) if (fields && typeof fields === 'object') local.set(baseName(name), fields as RawFields);
    for (const op of file.operations ?? []) rawOps.set(`${op.method.toUpperCase()} ${op.path}`, { op, objects: local });
  }
  const builder = new ShapeBuilder(allObjects);
  const shapes: [string, Shape][] = [];
  for (const op of buildOperations(specDir)) {
    if (op.host !== 'api') continue;
    const raw = rawOps.get(`${op.method} ${op.path}`);
    shapes.push([op.key, raw ? shapeOf(raw.op, builder, raw.objects) : { kind: 'undocumented' }]);
  }
  const objectLines = [...builder.used.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, fields]) => `  ${JSON.stringify(name)}: ${JSON.stringify(fields)},`);
  const shapeLines = shapes.map(([key, shape]) => `  ${JSON.stringify(key)}: ${JSON.stringify(shape)},`);
  const content =
    `// Generated from specs/smartrecruiters/official-docs/*.json by scripts/generators/response-shapes.ts — do not edit.\n` +
    `// Regenerate with \`npm run generate\`.\n/* eslint-disable */\n\n` +
    `export type ResponseFieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date-time' | 'object' | 'array' | 'unknown';\n\n` +
    `/** One documented response field; \`of\` names a shared object in \`responseObjects\`, \`fields\` nests inline. */\n` +
    `export interface ResponseField {\n  readonly name: string;\n  readonly type: ResponseFieldType;\n  /** The docs (SDK required flags) say the field is always present. */\n  readonly required?: true;\n  readonly enum?: readonly string[];\n  readonly of?: string;\n  readonly fields?: readonly ResponseField[];\n  readonly items?: ResponseItem;\n}\n\n` +
    `export type ResponseItem = Omit<ResponseField, 'name'>;\n\n` +
    `/**\n * The documented 2xx answer of one operation: \`object\` (fields), \`list\` (envelope fields, items in\n * \`content\`), \`array\` (bare array of \`item\`), \`none\` (no body) or \`undocumented\`. \`status\` only where\n * the docs state the exact code.\n */\n` +
    `export interface ResponseShape {\n  readonly kind: 'object' | 'list' | 'array' | 'none' | 'undocumented';\n  /** For \`none\`: stated by the docs (\`documented\`), or only that the SDK declares no body (\`sdk\`). */\n  readonly noBody?: 'documented' | 'sdk';\n  readonly status?: number;\n  readonly schema?: string;\n  readonly fields?: readonly ResponseField[];\n  readonly item?: ResponseItem;\n}\n\n` +
    `/** Documented models referenced by name from response fields. */\n` +
    `export const responseObjects: Readonly<Record<string, readonly ResponseField[]>> = {\n${objectLines.join('\n')}\n};\n\n` +
    `/** Documented 2xx answer per operation key, for every API-host operation. */\n` +
    `export const responseShapes: Readonly<Record<string, ResponseShape>> = {\n${shapeLines.join('\n')}\n};\n`;
  return [{ path: 'src/spec/generated/response-shapes.ts', content }];
}
