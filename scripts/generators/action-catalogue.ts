import { join } from 'node:path';
import { operations } from '../../src/spec/generated/operations.js';
import type { OperationDoc } from '../../src/actions/field-doc.js';
import type { GeneratedFile } from './generated-file.js';
import { readActionRows } from './action-rows.js';
import { readOperationDocs } from './operation-docs.js';

const HEADER =
  `// Generated from specs/smartrecruiters/ACTIONS.md and official-docs/*.json by scripts/generators/action-catalogue.ts — do not edit.\n` +
  `// Regenerate with \`npm run generate\`.\n/* eslint-disable */\n`;

/**
 * Writes src/actions/generated/action-rows.ts (the 164 rows of ACTIONS.md, each with the key of
 * its official operation) and src/actions/generated/operation-docs.ts (documented request and
 * response fields of those operations). The operation key is found by registry + operationId,
 * not by path, so the load-time check of method + path against the table is a real cross-check.
 */
export function actionCatalogue(root: string): GeneratedFile[] {
  const rows = readActionRows(root);
  const docs = readOperationDocs(join(root, 'specs/smartrecruiters'));
  const keyed = rows.map((row) => {
    const op = operations.find((o) => o.registry === row.registry && o.operationId === row.operationId);
    if (!op) throw new Error(`ACTIONS.md #${row.number}: no operation ${row.registry} · ${row.operationId}`);
    return { ...row, operationKey: op.key };
  });

  const rowsFile =
    `${HEADER}import type { ActionRow } from '../field-doc.js';\n\n` +
    `/** The 164 rows of specs/smartrecruiters/ACTIONS.md, in order, with their operation key. */\n` +
    `export const actionRows: readonly (ActionRow & { readonly operationKey: string })[] = [\n` +
    keyed.map((r) => `  ${JSON.stringify(r)},`).join('\n') +
    `\n];\n`;

  const docEntries: string[] = [];
  for (const row of keyed) {
    const op = operations.find((o) => o.key === row.operationKey)!;
    const doc: OperationDoc | undefined = docs.get(`${op.method} ${op.path}`);
    if (doc) docEntries.push(`  ${JSON.stringify(row.operationKey)}: ${JSON.stringify(doc)},`);
  }
  const docsFile =
    `${HEADER}import type { OperationDoc } from '../field-doc.js';\n\n` +
    `/** Documented request body / response fields per operation key (only operations an action uses). */\n` +
    `export const operationDocs: Readonly<Record<string, OperationDoc>> = {\n${docEntries.join('\n')}\n};\n`;

  return [
    { path: 'src/actions/generated/action-rows.ts', content: rowsFile },
    { path: 'src/actions/generated/operation-docs.ts', content: docsFile },
  ];
}
