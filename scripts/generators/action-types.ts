import { FILE_RESPONSES } from '../../src/actions/action-overrides.js';
import type { ActionDefinition } from '../../src/actions/action-definition.js';
import type { FieldDoc } from '../../src/actions/field-doc.js';
import type { OperationFields, ParamSpec } from '../../src/spec/index.js';
import { statedFieldOf } from '../../src/spec/spec-field.js';
import type { GeneratedFile } from './generated-file.js';
import { tsDoc, tsKey, tsLiteral, tsScalar } from './ts-text.js';

const HEADER =
  `// Generated from the action catalogue (built from specs/ by src/actions/build-catalogue.ts) by scripts/generators/action-types.ts — do not edit.\n` +
  `// Regenerate with \`npm run generate\`.\n/* eslint-disable */\n`;


// The TS mirror of param-schema.ts: the same rules, written as types.
function paramType(p: ParamSpec): string {
  let t: string;
  if (p.enum?.length) t = tsLiteral(p.enum);
  else if (p.type === 'integer' || p.type === 'number') t = 'number';
  else if (p.type === 'boolean') t = 'boolean';
  else if (p.type === 'object') t = 'Record<string, string | string[]>';
  else t = 'string';
  return p.array ? `${t.includes('|') ? `(${t})` : t} | (${t})[]` : t;
}

// The TS mirror of field-schema.ts `fieldValueSchema` (input side).
function fieldType(f: FieldDoc): string {
  if (f.enum?.length) return tsLiteral(f.enum);
  const scalar = tsScalar(f.type);
  if (scalar) return scalar;
  switch (f.type) {
    case 'object':
      return 'Record<string, unknown>';
    case 'array<string>':
      return 'string[]';
    case 'array<object>':
      return 'Record<string, unknown>[]';
    default:
      return 'JsonValue';
  }
}

// Output side: static types stay lenient (enums relaxed to their base type, all optional); the
// runtime check with required fields and nested models is src/actions/output-schema.ts.
function outputFieldType(f: FieldDoc): string {
  return f.type === 'unknown' ? 'unknown' : `${fieldType({ ...f, enum: undefined })} | null`;
}

function objectType(fields: readonly FieldDoc[], indent: string, value: (f: FieldDoc) => string, optional: (f: FieldDoc) => boolean, loose: boolean): string {
  const lines = fields.map((f) => `${tsDoc(f.description, indent)}${indent}${tsKey(f.name)}${optional(f) ? '?' : ''}: ${value(f)};`);
  if (loose) lines.push(`${indent}[key: string]: unknown;`);
  return `{\n${lines.join('\n')}\n${indent.slice(2)}}`;
}

/** The body member of the flat input, mirroring build-input-schema.ts. */
function bodyMember(a: ActionDefinition, indent: string): string | undefined {
  const body = a.body;
  switch (a.operation.bodyMode) {
    case 'json': {
      if (body?.shape === 'object') {
        const t = objectType(body.fields, `${indent}  `, fieldType, (f) => !f.required, true);
        return `body${body.required ? '' : '?'}: ${t};`;
      }
      if (body?.shape === 'array') return `body${body.required ? '' : '?'}: unknown[];`;
      return 'body?: Record<string, unknown> | unknown[];';
    }
    case 'json-patch':
      return 'body: JsonPatchOperation[];';
    case 'form':
      return 'body: Record<string, string>;';
    case 'multipart': {
      const fields = body?.fields ?? [];
      const fileField = fields.find((f) => f.name === 'file' || /^file/i.test(f.name));
      const form = fields.filter((f) => f !== fileField);
      if (!form.length) return undefined;
      const t = objectType(form, `${indent}  `, (f) => (f.enum?.length ? tsLiteral(f.enum) : 'string'), (f) => !f.required, false);
      return `body${body?.required ? '' : '?'}: ${t};`;
    }
    default:
      return undefined;
  }
}

function inputType(a: ActionDefinition): { text: string; optional: boolean } {
  const indent = '    ';
  const members: string[] = [];
  let required = false;
  for (const p of a.operation.pathParams) {
    members.push(`${tsDoc(p.description, indent)}${indent}${tsKey(p.name)}: ${paramType(p)};`);
    required = true;
  }
  for (const p of a.operation.queryParams) {
    const d = [p.description, p.deprecated ? 'deprecated' : undefined].filter(Boolean).join(' — ');
    members.push(`${tsDoc(d, indent)}${indent}${tsKey(p.name)}${p.required ? '' : '?'}: ${paramType(p)};`);
    required ||= p.required;
  }
  const body = bodyMember(a, indent);
  if (body) {
    members.push(`${indent}${body}`);
    required ||= !body.startsWith('body?');
  }
  if (a.operation.bodyMode === 'multipart') {
    members.push(`${indent}file: FileInput;`);
    required = true;
  }
  return { text: members.length ? `{\n${members.join('\n')}\n  }` : 'Record<string, never>', optional: !required };
}

function outputType(a: ActionDefinition, fieldsByKey: Readonly<Record<string, OperationFields>>): string {
  // A download: the file as base64, or the JSON a server answered instead (file-response.ts).
  if (FILE_RESPONSES.has(a.name)) return 'FileOutput | JsonValue';
  const answer = fieldsByKey[a.operationKey]?.answer ?? { kind: 'undocumented' };
  const fields = answer.kind === 'object' || answer.kind === 'list' ? (answer.fields ?? []).map(statedFieldOf) : [];
  if (!fields.length) return 'unknown';
  return objectType(fields, '    ', outputFieldType, () => true, true);
}

/**
 * Writes src/actions/generated/action-types.ts: per action its input type (from the same data the
 * zod schemas are built from: the spec table's params and the docs' body fields) and its output
 * type, plus the typed shape of `createActionMethods(client)`, so `sr.candidates.get({ idd })`
 * fails to compile.
 */
export function actionTypesFile(actions: readonly ActionDefinition[], fieldsByKey: Readonly<Record<string, OperationFields>>): GeneratedFile {
  const inputs: string[] = [];
  const outputs: string[] = [];
  const optional: string[] = [];
  const groups = new Map<string, ActionDefinition[]>();
  for (const a of actions) {
    const { text, optional: opt } = inputType(a);
    const head = tsDoc(`${a.title} — \`${a.operation.method} ${a.operation.path}\``, '  ');
    inputs.push(`${head}  ${a.name}: ${text};`);
    outputs.push(`${head}  ${a.name}: ${outputType(a, fieldsByKey)};`);
    if (opt) optional.push(a.name);
    groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  }
  const methodLines = [...groups].map(([group, list]) => {
    const ms = list.map((a) => `${tsDoc(`${a.title} (\`${a.name}\`)`, '    ')}    readonly ${tsKey(a.method)}: ActionMethodOf<${JSON.stringify(a.name)}>;`);
    return `  readonly ${tsKey(group)}: {\n${ms.join('\n')}\n  };`;
  });
  const content =
    `${HEADER}import type { ActionResult, ExecuteActionOptions } from '../execute-action.js';\n` +
    `import type { FileInput } from '../file-input.js';\n` +
    `import type { FileOutput } from '../file-response.js';\n\n` +
    `/** Any JSON value: what a field the docs do not type accepts. */\n` +
    `export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };\n\n` +
    `/** One RFC 6902 operation. */\n` +
    `export interface JsonPatchOperation {\n  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';\n  path: string;\n  value?: unknown;\n  from?: string;\n  [key: string]: unknown;\n}\n\n` +
    `/** The flat input of each action: path and query params top-level, the body under \`body\`, a file under \`file\`. */\n` +
    `export interface ActionInputs {\n${inputs.join('\n')}\n}\n\n` +
    `/** The documented response of each action (every field optional: real answers omit some); \`unknown\` where the docs give none. */\n` +
    `export interface ActionOutputs {\n${outputs.join('\n')}\n}\n\n` +
    `export type ActionName = keyof ActionInputs;\n\n` +
    `/** Actions whose input has no required field, so the typed method can be called without one. */\n` +
    `export type ActionWithOptionalInput =\n${optional.map((n) => `  | ${JSON.stringify(n)}`).join('\n')};\n\n` +
    `/** The items of a list answer (\`content\`), for \`{ all: true }\`. */\n` +
    `export type ActionItem<N extends ActionName> = ActionOutputs[N] extends { content?: (infer I)[] | null } ? I : unknown;\n\n` +
    `/** One typed method: the action's input in; its documented output (or, with \`all\`, its items) out. */\n` +
    `export type ActionMethodOf<N extends ActionName> = <O extends ExecuteActionOptions = {}>(\n` +
    `  ...args: N extends ActionWithOptionalInput ? [input?: ActionInputs[N], opts?: O] : [input: ActionInputs[N], opts?: O]\n` +
    `) => Promise<ActionResult<O extends { all: true } ? ActionItem<N>[] : ActionOutputs[N]>>;\n\n` +
    `/** \`createActionMethods(client)\`: every action, grouped by resource. */\n` +
    `export interface TypedActionMethods {\n${methodLines.join('\n')}\n}\n`;
  return { path: 'src/actions/generated/action-types.ts', content };
}
