import type { ActionRow } from '../../src/actions/field-doc.js';
import type { OperationSpec } from '../../src/spec/operation-spec.js';
import type { GeneratedFile } from './generated-file.js';

const HEADER =
  `// Generated from specs/smartrecruiters/ACTIONS.md by scripts/generators/action-catalogue.ts — do not edit.\n` +
  `// Regenerate with \`npm run generate\`.\n/* eslint-disable */\n`;

export type KeyedActionRow = ActionRow & { readonly operationKey: string };

/**
 * Each ACTIONS.md row with the key of its official operation. The key is found by registry +
 * operationId, not by path, so the catalogue's check of method + path against the table is a real
 * cross-check.
 */
export function keyActionRows(rows: readonly ActionRow[], ops: readonly OperationSpec[]): KeyedActionRow[] {
  return rows.map((row) => {
    const op = ops.find((o) => o.registry === row.registry && o.operationId === row.operationId);
    if (!op) throw new Error(`ACTIONS.md #${row.number}: no operation ${row.registry} · ${row.operationId}`);
    return { ...row, operationKey: op.key };
  });
}

/** Writes src/actions/generated/action-rows.ts: the 164 rows of ACTIONS.md with their operation key. */
export function actionRowsFile(rows: readonly KeyedActionRow[]): GeneratedFile {
  const content =
    `${HEADER}import type { ActionRow } from '../field-doc.js';\n\n` +
    `/** The 164 rows of specs/smartrecruiters/ACTIONS.md, in order, with their operation key. */\n` +
    `export const actionRows: readonly (ActionRow & { readonly operationKey: string })[] = [\n` +
    rows.map((r) => `  ${JSON.stringify(r)},`).join('\n') +
    `\n];\n`;
  return { path: 'src/actions/generated/action-rows.ts', content };
}
