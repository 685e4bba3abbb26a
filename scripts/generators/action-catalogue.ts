import { operations } from '../../src/spec/generated/operations.js';
import type { GeneratedFile } from './generated-file.js';
import { readActionRows } from './action-rows.js';

const HEADER =
  `// Generated from specs/smartrecruiters/ACTIONS.md by scripts/generators/action-catalogue.ts — do not edit.\n` +
  `// Regenerate with \`npm run generate\`.\n/* eslint-disable */\n`;

/**
 * Writes src/actions/generated/action-rows.ts (the 164 rows of ACTIONS.md, each with the key of
 * its official operation). The operation key is found by registry + operationId, not by path, so
 * the load-time check of method + path against the table is a real cross-check.
 */
export function actionCatalogue(root: string): GeneratedFile[] {
  const rows = readActionRows(root);
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
  return [{ path: 'src/actions/generated/action-rows.ts', content: rowsFile }];
}
