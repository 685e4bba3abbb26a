/**
 * Writes src/spec/generated/wire-types.ts: one TypeScript type per documented SmartRecruiters
 * model (`Candidate` → `SrCandidate`), plus the hand-kept names of wire-type-names.ts, from the
 * field table. Lenient as the wire is: a field the docs mark always present is required, every
 * other field optional and nullable, and unknown extra fields are allowed.
 */
import type { SpecField, SpecValue } from '../../src/spec/spec-field.js';
import type { OperationSpec } from '../../src/spec/operation-spec.js';
import type { GeneratedFile } from './generated-file.js';
import type { FieldTable } from './read-field-table.js';
import { tsDoc, tsKey, tsLiteral, tsScalar } from './ts-text.js';
import { WIRE_TYPE_ALIASES, WIRE_TYPE_RENAMES } from './wire-type-names.js';


/** The type name of a documented model. */
export function wireTypeName(model: string): string {
  return WIRE_TYPE_RENAMES[model]?.name ?? `Sr${model}`;
}

function valueType(v: SpecValue, indent: string): string {
  if (v.enum?.length) return tsLiteral(v.enum);
  const scalar = tsScalar(v.type);
  if (scalar) return scalar;
  switch (v.type) {
    case 'object':
      if (v.of) return wireTypeName(v.of);
      // Swagger UI shows a map as `{additionalProp1, additionalProp2, additionalProp3}`.
      if (v.fields?.length && v.fields.every((f) => /^additionalProp\d+$/.test(f.name))) return `Record<string, ${valueType(v.fields[0] as SpecField, indent)}>`;
      if (v.fields) return objectType(v.fields, indent);
      return 'Record<string, unknown>';
    case 'array': {
      const item = v.items ? valueType(v.items, indent) : 'unknown';
      return /^[\w.]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
    }
    default:
      return 'unknown';
  }
}

function objectType(fields: readonly SpecField[], indent: string): string {
  const inner = `${indent}  `;
  const lines = fields.map((f) => {
    const t = valueType(f, inner);
    const member = f.required ? `${tsKey(f.name)}: ${t}` : `${tsKey(f.name)}?: ${t === 'unknown' ? t : `${t} | null`}`;
    return `${tsDoc(f.description, inner)}${inner}${member};`;
  });
  lines.push(`${inner}[key: string]: unknown;`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** Which operations answer (or take) each model, directly or nested in another model. */
function usage(table: FieldTable, ops: readonly OperationSpec[]): Map<string, Set<string>> {
  const refs = (fields: readonly SpecValue[] | undefined, into: Set<string>): void => {
    for (const v of fields ?? []) {
      if (v.of && !into.has(v.of)) {
        into.add(v.of);
        refs(table.models.get(v.of), into);
      }
      refs(v.fields, into);
      if (v.items) refs([v.items], into);
    }
  };
  const out = new Map<string, Set<string>>();
  for (const op of ops) {
    const fields = table.operations.get(`${op.method} ${op.path}`);
    if (!fields) continue;
    const models = new Set<string>();
    const { answer, requestBody } = fields;
    for (const schema of [answer.schema, requestBody?.schema]) if (schema && table.models.has(schema)) models.add(schema);
    for (const m of [...models]) refs(table.models.get(m), models);
    refs(answer.fields, models);
    if (answer.item) refs([answer.item], models);
    refs(requestBody?.fields, models);
    for (const m of models) out.set(m, (out.get(m) ?? new Set()).add(`\`${op.method} ${op.path}\` (${op.key})`));
  }
  return out;
}

function usedBy(list: Set<string> | undefined): string {
  if (!list?.size) return 'No operation names it directly.';
  const all = [...list];
  const shown = all.slice(0, 6).join(', ');
  return `Used by ${shown}${all.length > 6 ? ` and ${all.length - 6} more` : ''}.`;
}

/** `Model`, `Model.field` or `Model.field[]` → the TS type expression, checked against the table. */
function aliasTarget(table: FieldTable, target: string): string {
  const m = /^(\w+)(?:\.(\w+)(\[\])?)?$/.exec(target);
  const model = m?.[1];
  const fields = model ? table.models.get(model) : undefined;
  if (!m || !model || !fields) throw new Error(`wire-type-names: ${target} is not a documented model`);
  if (!m[2]) return wireTypeName(model);
  const field = fields.find((f) => f.name === m[2]);
  if (!field) throw new Error(`wire-type-names: ${model} has no field ${m[2]}`);
  if (m[3] && field.type !== 'array') throw new Error(`wire-type-names: ${target}: ${m[2]} is not an array`);
  const value = `NonNullable<${wireTypeName(model)}[${JSON.stringify(m[2])}]>`;
  return m[3] ? `${value}[number]` : value;
}

/**
 * The documented 2xx body of each operation, by operation key, so `client.request` can type its
 * answer from the key alone. Operations with no body or no documented answer are left out (their
 * answer stays `unknown`).
 */
function operationAnswers(table: FieldTable, ops: readonly OperationSpec[]): string {
  const lines: string[] = [];
  for (const op of ops) {
    const answer = table.operations.get(`${op.method} ${op.path}`)?.answer;
    if (!answer || answer.kind === 'none' || answer.kind === 'undocumented') continue;
    let type: string | undefined;
    if (answer.schema && table.models.has(answer.schema)) type = wireTypeName(answer.schema) + (answer.kind === 'array' ? '[]' : '');
    else if (answer.kind === 'array' && answer.item) type = `Array<${valueType(answer.item, '  ')}>`;
    else if (answer.fields?.length) type = objectType(answer.fields, '  ');
    if (type) lines.push(`  ${JSON.stringify(op.key)}: ${type};`);
  }
  return `/** The documented 2xx answer of each operation, by operation key (answers without documented fields are absent). */\nexport interface SrOperationAnswers {\n${lines.join('\n')}\n}`;
}

export function wireTypesFile(table: FieldTable, ops: readonly OperationSpec[]): GeneratedFile {
  for (const model of Object.keys(WIRE_TYPE_RENAMES)) if (!table.models.has(model)) throw new Error(`WIRE_TYPE_RENAMES: no model ${model}`);
  const used = usage(table, ops);
  const names = new Set<string>();
  const blocks: string[] = [];
  for (const [model, fields] of table.models) {
    const name = wireTypeName(model);
    if (names.has(name)) throw new Error(`wire types: two models named ${name}`);
    names.add(name);
    const source = table.modelSources.get(model);
    const from = source ? `\`${source.rawName}\` in official-docs/${source.file}` : `\`${model}\``;
    const rename = WIRE_TYPE_RENAMES[model] ? ` Named for what it is: ${WIRE_TYPE_RENAMES[model].why}.` : '';
    blocks.push(`/**\n * ${from}.${rename}\n * ${usedBy(used.get(model))}\n */\nexport type ${name} = ${objectType(fields, '')};`);
  }
  for (const [model, fields] of table.callbackPayloads) {
    const name = `Sr${model}`;
    if (names.has(name)) throw new Error(`wire types: two models named ${name}`);
    names.add(name);
    blocks.push(`/** \`${model}\`: a webhook callback body (official-docs/webhooks.json \`callback_payloads\`, SDK). */\nexport type ${name} = ${objectType(fields, '')};`);
  }
  for (const alias of WIRE_TYPE_ALIASES) {
    if (names.has(alias.name)) throw new Error(`WIRE_TYPE_ALIASES: ${alias.name} is already a model's type`);
    names.add(alias.name);
    blocks.push(`/** ${alias.why} (\`${alias.target}\`). */\nexport type ${alias.name} = ${aliasTarget(table, alias.target)};`);
  }
  blocks.push(operationAnswers(table, ops));
  const content =
    `// Generated from specs/smartrecruiters/official-docs/*.json by scripts/generators/wire-types.ts — do not edit.\n` +
    `// Regenerate with \`npm run generate\`.\n/* eslint-disable */\n\n` +
    `// SmartRecruiters' wire objects as the official field lists describe them. A field the docs mark\n` +
    `// always present is required; every other field is optional and may be null; extra fields pass.\n\n` +
    `${blocks.join('\n\n')}\n`;
  return { path: 'src/spec/generated/wire-types.ts', content };
}

