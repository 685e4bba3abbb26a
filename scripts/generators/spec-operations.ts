import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from './generated-file.js';
import { buildOperations } from './operations.js';

const SPEC_DIR = 'specs/smartrecruiters';
const MANIFEST = `${SPEC_DIR}/official-derived/smartrecruiters-openapi-manifest.json`;

/** Writes src/spec/generated/operations.ts (runtime table) and its README. */
export function specOperations(root: string): GeneratedFile[] {
  const ops = buildOperations(join(root, SPEC_DIR));
  const digest = createHash('sha256').update(readFileSync(join(root, MANIFEST))).digest('hex').slice(0, 12);
  const header =
    `// Generated from SmartRecruiters official operation index (${MANIFEST} sha256:${digest}) and official-docs — do not edit.\n` +
    `// Regenerate with \`npm run generate\`.\n`;
  const body = ops.map((op) => `  ${JSON.stringify(op)},`).join('\n');
  const operations =
    `${header}/* eslint-disable */\nimport type { OperationSpec } from '../operation-spec.js';\n\n` +
    `/** All ${ops.length} official SmartRecruiters operations, in the order of the official index. */\n` +
    `export const operations = [\n${body}\n] as const satisfies readonly OperationSpec[];\n\n` +
    `export type OperationKey = (typeof operations)[number]['key'];\n`;
  const readme =
    `DO NOT EDIT — produced by \`npm run generate\` from specs/smartrecruiters/ (official-derived manifest,\n` +
    `official-docs/*.json) and scripts/generators/pagination-table.ts. CI runs \`npm run generate -- --check\`.\n`;
  return [
    { path: 'src/spec/generated/operations.ts', content: operations },
    { path: 'src/spec/generated/README.md', content: readme },
  ];
}
