/**
 * The one reader of specs/smartrecruiters/official-docs/*.json: documented models, request bodies
 * and 2xx answers, in the vocabulary of src/spec/spec-field.ts. Every field keeps what the docs
 * state (`stated`, used by input schemas, which must never refuse what the API might accept) apart
 * from the shape inferred from model refs, examples and borrowed hints (`type`, used to check and
 * type answers). Nothing else parses these files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OperationFields, SpecAnswer, SpecBody, SpecField, SpecFieldType, SpecValue, StatedFieldType } from '../../src/spec/spec-field.js';
import { statedTypeOf } from '../../src/spec/spec-field.js';
import { ENUM_LINKS } from './enum-links.js';

type RawField = {
  type?: string;
  required?: boolean;
  enum?: unknown[];
  minLength?: number;
  notes?: string;
  ref?: string;
  example_shape?: unknown;
  type_hint?: string;
  type_hint_shape?: unknown;
};
type RawFields = Record<string, unknown>;
interface RawBody {
  content_type?: string;
  schema?: string;
  required?: boolean;
  fields?: RawFields;
}
interface RawResponse {
  status?: string;
  schema?: string;
  fields?: RawFields;
}
interface RawOperation {
  method: string;
  path: string;
  summary?: string;
  description?: string;
  requestBody?: RawBody | null;
  responses?: Record<string, RawResponse | string>;
}
interface RawFile {
  operations?: RawOperation[];
  objects?: Record<string, unknown>;
}

/** Where a documented model comes from: its file and its name there (which may carry a hint). */
export interface ModelSource {
  readonly file: string;
  readonly rawName: string;
}

export interface FieldTable {
  /** Every documented model by name, fields in the docs' order. */
  readonly models: ReadonlyMap<string, readonly SpecField[]>;
  readonly modelSources: ReadonlyMap<string, ModelSource>;
  /** Per `METHOD /full/path`: what the docs say about its bodies. */
  readonly operations: ReadonlyMap<string, OperationFields>;
  /** The SDK's webhook callback payload models (webhooks.json `callback_payloads`), by model name. */
  readonly callbackPayloads: ReadonlyMap<string, readonly SpecField[]>;
  /** Named enums (`objects._enums`), first file wins. */
  readonly enums: Readonly<Record<string, readonly string[]>>;
}

const MAX_DESCRIPTION = 240;

function clean(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  return t.length > MAX_DESCRIPTION ? `${t.slice(0, MAX_DESCRIPTION - 1)}…` : t;
}

/** `PostingDetails (Posting API)` → `PostingDetails`; names with hints in brackets are still the model. */
export function baseName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').trim();
}

function statedType(raw: string | undefined): StatedFieldType {
  const t = (raw ?? 'unknown').trim();
  if (t.startsWith('string(date-time)')) return 'date-time';
  const known: StatedFieldType[] = ['string', 'number', 'integer', 'boolean', 'object', 'array<string>', 'array<object>'];
  return (known as string[]).includes(t) ? (t as StatedFieldType) : 'unknown';
}

function scalarType(raw: string | undefined): SpecFieldType {
  const t = (raw ?? 'unknown').trim();
  if (t.startsWith('string(date-time)')) return 'date-time';
  if (t.startsWith('array')) return 'array';
  const known: SpecFieldType[] = ['string', 'number', 'integer', 'boolean', 'object'];
  return (known as string[]).includes(t) ? (t as SpecFieldType) : 'unknown';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class FieldBuilder {
  readonly models = new Map<string, SpecField[]>();
  private readonly building = new Set<string>();
  /** True while building the `content` field of a model that has no other field. */
  private listField = false;

  constructor(
    private readonly objects: ReadonlyMap<string, RawFields>,
    private readonly enums: Readonly<Record<string, readonly string[]>>,
  ) {}

  /** Resolves a model name to a shared model, building it once; undefined when not documented. */
  ref(name: string | undefined): string | undefined {
    if (!name) return undefined;
    const key = baseName(name);
    const raw = this.objects.get(key);
    if (!raw || raw['_array_of']) return undefined;
    if (!this.models.has(key) && !this.building.has(key)) {
      this.building.add(key);
      const fields = this.fields(raw);
      this.building.delete(key);
      this.models.set(key, fields);
    }
    return key;
  }

  /** The documented fields of a model or body; `model` names it, for enum links. */
  fields(raw: RawFields | undefined, model?: string): SpecField[] {
    const out: SpecField[] = [];
    const envelope = ['totalFound', 'limit', 'offset', 'nextPageId'].some((k) => raw?.[k] !== undefined);
    const names = Object.keys(raw ?? {}).filter((n) => !n.startsWith('_'));
    for (const [name, f] of Object.entries(raw ?? {})) {
      // `_official_source`, `src`, `notes` and similar keys are provenance, not fields.
      if (name.startsWith('_') || !isRecord(f)) continue;
      this.listField = name === 'content' && names.length === 1;
      out.push(this.field(name, f as RawField, envelope ? name : '', model));
      this.listField = false;
    }
    return out;
  }

  private field(name: string, f: RawField, envelopeField: string, model: string | undefined): SpecField {
    const linked = model ? ENUM_LINKS[`${model}.${name}`] : undefined;
    if (linked && !this.enums[linked]?.length) throw new Error(`ENUM_LINKS ${model}.${name}: no enum ${linked} in objects._enums`);
    const enumValues = (f.enum ?? (linked ? this.enums[linked] : undefined) ?? []).filter((v): v is string => typeof v === 'string');
    let stated = statedType(f.type);
    // An enum of names is a string, whatever the SDK's lost type says.
    if (enumValues.length && stated === 'unknown') stated = 'string';
    const value = this.value(f, envelopeField, enumValues);
    const hint = statedType(f.type) === 'unknown' && f.type_hint ? `type not documented (likely ${f.type_hint})` : undefined;
    const description = clean([f.notes, f.ref ? `model ${f.ref}` : undefined, hint].filter(Boolean).join('; '));
    const out: { -readonly [K in keyof SpecField]: SpecField[K] } = { name, ...value };
    if (statedTypeOf(out) !== stated) out.stated = stated;
    if (typeof f.minLength === 'number') out.minLength = f.minLength;
    if (description) out.description = description;
    return out;
  }

  /** The shape of a raw field. `envelopeField` is its name when its siblings make its object a list envelope. */
  private value(f: RawField, envelopeField: string, enumValues: readonly string[]): SpecValue {
    let type = scalarType(f.type);
    // SmartRecruiters list envelopes ({totalFound, content}) carry their items in a `content`
    // array; the SDK lost the type but kept the item model.
    if (type === 'unknown' && envelopeField === 'content') type = 'array';
    // `…List` models ({content}) carry the same array without the envelope's counters.
    if (type === 'unknown' && f.ref && this.listField) type = 'array';
    let example = f.example_shape;
    // An undocumented type with a hint borrowed from the same field elsewhere is the best guess
    // an answer can be checked against; the hint's shape gives the nesting.
    if (type === 'unknown' && f.type_hint) {
      type = scalarType(f.type_hint);
      example = f.type_hint_shape ?? example;
    }
    const out: { -readonly [K in keyof SpecValue]: SpecValue[K] } = { type };
    if (f.required === true) out.required = true;
    if (enumValues.length) out.enum = [...enumValues];
    const ref = this.ref(f.ref);
    if (type === 'array' || Array.isArray(example)) {
      out.type = 'array';
      const item = ref
        ? { type: 'object' as const, of: ref }
        : Array.isArray(example) && example.length
          ? this.example(example[0])
          : (f.type ?? '').includes('string')
            ? { type: 'string' as const }
            : undefined;
      if (item) out.items = item;
    } else if (ref) {
      out.type = 'object';
      out.of = ref;
    } else if (isRecord(example)) {
      out.type = 'object';
      out.fields = this.exampleFields(example);
    }
    return out;
  }

  /** Converts a Swagger example value (`"string"`, `0`, `{…}`, `[…]`) to a shape. */
  example(value: unknown): SpecValue {
    if (Array.isArray(value)) {
      const out: { -readonly [K in keyof SpecValue]: SpecValue[K] } = { type: 'array' };
      if (value.length) out.items = this.example(value[0]);
      return out;
    }
    if (isRecord(value)) return { type: 'object', fields: this.exampleFields(value) };
    if (typeof value === 'string') return { type: scalarType(value) === 'unknown' ? 'string' : scalarType(value) };
    if (typeof value === 'number') return { type: 'number' };
    if (typeof value === 'boolean') return { type: 'boolean' };
    return { type: 'unknown' };
  }

  private exampleFields(value: Record<string, unknown>): SpecField[] {
    return Object.entries(value).map(([name, v]) => ({ name, ...this.example(v) }));
  }
}

/** The field with a refined shape; what the docs state stays what it was. */
function withShape(f: SpecField, shape: SpecValue): SpecField {
  const out: { -readonly [K in keyof SpecField]: SpecField[K] } = { ...f, ...shape };
  delete out.stated;
  if (statedTypeOf(out) !== statedTypeOf(f)) out.stated = statedTypeOf(f);
  return out;
}

function contentType(raw: string | undefined): SpecBody['contentType'] {
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

function bodyOf(raw: RawBody, builder: FieldBuilder): SpecBody {
  const schema = knownSchema(raw.schema);
  const fields = builder.fields(raw.fields, schema);
  const shape: SpecBody['shape'] = /^Array</.test(raw.schema ?? '') ? 'array' : fields.length ? 'object' : 'unknown';
  const required = raw.required === true || fields.some((f) => f.required);
  return { contentType: contentType(raw.content_type), ...(schema ? { schema } : {}), required, shape, fields };
}

function statusOf(code: string, r: RawResponse): number | undefined {
  const m = /^(\d{3})$/.exec(code) ?? /^(\d{3})\b/.exec(r.status ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The item of a list envelope: the `content` array (the envelope every SmartRecruiters list uses). */
function listItem(fields: readonly SpecField[]): SpecValue | undefined {
  const content = fields.find((f) => f.name === 'content' && f.type === 'array');
  if (!content) return undefined;
  return content.items ?? { type: 'unknown' };
}

function answerOf(op: RawOperation, builder: FieldBuilder, objects: ReadonlyMap<string, RawFields>): SpecAnswer {
  for (const [code, r] of Object.entries(op.responses ?? {})) {
    if (typeof r !== 'object' || r === null || !/^2|^\d{3}$/.test(code)) continue;
    const status = statusOf(code, r);
    const schema = r.schema && /^[A-Za-z][\w<> ]*$/.test(r.schema) && r.schema !== 'unknown' ? r.schema : undefined;
    const base: SpecAnswer = { kind: 'undocumented', ...(status ? { status } : {}), ...(schema ? { schema } : {}) };
    // `none` (official page, or a 204) says no body; "none declared by SDK (no body or binary)"
    // only says the SDK typed nothing.
    if (status === 204 || r.schema === 'none') return { ...base, kind: 'none', noBody: 'documented' };
    if (/^none\b/.test(r.schema ?? '')) return { ...base, kind: 'none', noBody: 'sdk' };
    const arrayOf = /^Array<(\w+)>$/.exec(r.schema ?? '') ?? /^ListResult of (\w+)$/.exec(r.schema ?? '');
    if (arrayOf) {
      const ref = builder.ref(arrayOf[1]);
      const item: SpecValue = ref ? { type: 'object', of: ref } : { type: 'unknown' };
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
      const modelItem: SpecValue = { type: 'object', of: itemModel };
      item = modelItem;
      fields = fields.map((f) => (f.name === 'content' ? withShape(f, { type: 'array', items: modelItem }) : f));
    }
    return item ? { ...base, kind: 'list', fields, item } : { ...base, kind: 'object', fields };
  }
  return { kind: 'undocumented' };
}

/** Reads every official-docs/*.json file (sorted by name) into one field table. */
export function readFieldTable(specDir: string): FieldTable {
  const dir = join(specDir, 'official-docs');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, raw: JSON.parse(readFileSync(join(dir, name), 'utf8')) as RawFile }));

  const enums: Record<string, readonly string[]> = {};
  const allObjects = new Map<string, RawFields>();
  const modelSources = new Map<string, ModelSource>();
  for (const { name: file, raw } of files) {
    for (const [name, e] of Object.entries((raw.objects?.['_enums'] ?? {}) as Record<string, { enum?: unknown[] }>)) {
      enums[name] ??= (e.enum ?? []).filter((v): v is string => typeof v === 'string');
    }
    for (const [name, fields] of Object.entries(raw.objects ?? {})) {
      // The first file (and within it the first entry) that names a model defines it.
      if (!isRecord(fields) || allObjects.has(baseName(name))) continue;
      allObjects.set(baseName(name), fields);
      modelSources.set(baseName(name), { file, rawName: name });
    }
  }

  const builder = new FieldBuilder(allObjects, enums);
  const operations = new Map<string, OperationFields>();
  for (const { raw } of files) {
    // A file's own models win over a same-named model of another area for its answers.
    const local = new Map(allObjects);
    for (const [name, fields] of Object.entries(raw.objects ?? {})) if (isRecord(fields)) local.set(baseName(name), fields);
    for (const op of raw.operations ?? []) {
      const out: { -readonly [K in keyof OperationFields]: OperationFields[K] } = { answer: answerOf(op, builder, local) };
      const description = clean(op.description ?? op.summary);
      if (description) out.description = description;
      if (op.requestBody) out.requestBody = bodyOf(op.requestBody, builder);
      operations.set(`${op.method.toUpperCase()} ${op.path}`, out);
    }
  }
  // Every named model, referenced or not, so the wire types cover what the docs name.
  for (const name of allObjects.keys()) if (/^[A-Z][A-Za-z0-9]*$/.test(name)) builder.ref(name);

  const callbackPayloads = new Map<string, readonly SpecField[]>();
  const payloads = allObjects.get('callback_payloads') ?? {};
  for (const [name, fields] of Object.entries(payloads)) {
    if (isRecord(fields)) callbackPayloads.set(name, builder.fields(fields));
  }

  const models = new Map([...builder.models.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return { models, modelSources, operations, callbackPayloads, enums };
}
