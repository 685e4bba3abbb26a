import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OperationSpec } from '../../src/spec/operation-spec.js';
import type { GeneratedFile } from './generated-file.js';

const MANIFEST = 'specs/smartrecruiters/official-derived/smartrecruiters-openapi-manifest.json';

/** Writes src/spec/generated/operations.ts (runtime table). */
export function specOperationsFile(root: string, ops: readonly OperationSpec[]): GeneratedFile {
  const digest = createHash('sha256').update(readFileSync(join(root, MANIFEST))).digest('hex').slice(0, 12);
  const header =
    `// Generated from SmartRecruiters official operation index (${MANIFEST} sha256:${digest}) and official-docs — do not edit.\n` +
    `// Regenerate with \`npm run generate\`.\n`;
  const body = ops.map((op) => `  ${JSON.stringify(op)},`).join('\n');
  const content =
    `${header}/* eslint-disable */\nimport type { OperationSpec } from '../operation-spec.js';\n\n` +
    `/** All ${ops.length} official SmartRecruiters operations, in the order of the official index. */\n` +
    `export const operations = [\n${body}\n] as const satisfies readonly OperationSpec[];\n\n` +
    `export type OperationKey = (typeof operations)[number]['key'];\n`;
  return { path: 'src/spec/generated/operations.ts', content };
}
