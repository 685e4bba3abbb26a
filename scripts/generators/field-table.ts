/**
 * Writes src/spec/generated/field-table.ts: the documented models and, per API-host operation,
 * its request body and 2xx answer, from official-docs/*.json (read once, by read-field-table.ts).
 * Action schemas, typed action outputs, the fidelity check and the wire types all derive from it.
 */
import type { OperationFields } from '../../src/spec/spec-field.js';
import type { OperationSpec } from '../../src/spec/operation-spec.js';
import type { GeneratedFile } from './generated-file.js';
import type { FieldTable } from './read-field-table.js';

/** What the docs say per API-host operation, by operation key (`undocumented` where they say nothing). */
export function operationFieldsByKey(table: FieldTable, ops: readonly OperationSpec[]): Record<string, OperationFields> {
  const out: Record<string, OperationFields> = {};
  for (const op of ops) {
    if (op.host === 'api') out[op.key] = table.operations.get(`${op.method} ${op.path}`) ?? { answer: { kind: 'undocumented' } };
  }
  return out;
}

export function fieldTableFile(table: FieldTable, byKey: Readonly<Record<string, OperationFields>>): GeneratedFile {
  const modelLines = [...table.models].map(([name, fields]) => `  ${JSON.stringify(name)}: ${JSON.stringify(fields)},`);
  const opLines = Object.entries(byKey).map(([key, fields]) => `  ${JSON.stringify(key)}: ${JSON.stringify(fields)},`);
  const content =
    `// Generated from specs/smartrecruiters/official-docs/*.json by scripts/generators/field-table.ts — do not edit.\n` +
    `// Regenerate with \`npm run generate\`.\n/* eslint-disable */\n` +
    `import type { OperationFields, SpecField } from '../spec-field.js';\n\n` +
    `/** Every documented model, by name; response fields refer to them with \`of\`. */\n` +
    `export const specModels: Readonly<Record<string, readonly SpecField[]>> = {\n${modelLines.join('\n')}\n};\n\n` +
    `/** What the docs say about each API-host operation's request body and 2xx answer, by operation key. */\n` +
    `export const operationFields: Readonly<Record<string, OperationFields>> = {\n${opLines.join('\n')}\n};\n`;
  return { path: 'src/spec/generated/field-table.ts', content };
}

