/**
 * Writes src/spec/generated/field-table.ts: the documented models and, per API-host operation,
 * its request body and 2xx answer, from official-docs/*.json (read once, by read-field-table.ts).
 * Action schemas, typed action outputs, the fidelity check and the wire types all derive from it.
 */
import { join } from 'node:path';
import type { OperationFields } from '../../src/spec/spec-field.js';
import type { OperationSpec } from '../../src/spec/operation-spec.js';
import type { GeneratedFile } from './generated-file.js';
import { buildOperations } from './operations.js';
import { readFieldTable, type FieldTable } from './read-field-table.js';

export function fieldTableFile(table: FieldTable, ops: readonly OperationSpec[]): GeneratedFile {
  const modelLines = [...table.models].map(([name, fields]) => `  ${JSON.stringify(name)}: ${JSON.stringify(fields)},`);
  const opLines: string[] = [];
  for (const op of ops) {
    if (op.host !== 'api') continue;
    const fields: OperationFields = table.operations.get(`${op.method} ${op.path}`) ?? { answer: { kind: 'undocumented' } };
    opLines.push(`  ${JSON.stringify(op.key)}: ${JSON.stringify(fields)},`);
  }
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

export function fieldTable(root: string): GeneratedFile[] {
  const specDir = join(root, 'specs/smartrecruiters');
  return [fieldTableFile(readFieldTable(specDir), buildOperations(specDir))];
}
