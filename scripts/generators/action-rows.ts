/**
 * Reads the table of 164 actions from specs/smartrecruiters/ACTIONS.md — the one place the
 * action list is written down. Everything else about an action is derived from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionRow } from '../../src/actions/field-doc.js';

const ROW = /^\| (\d+) \| ([^|]+?) \| `([A-Z]+)` \| `([^`]+)` \| ([^|]+?) · `([^`]+)` \| ([^|]*?) \|/;

export function readActionRows(root: string): ActionRow[] {
  const text = readFileSync(join(root, 'specs/smartrecruiters/ACTIONS.md'), 'utf8');
  const rows: ActionRow[] = [];
  for (const line of text.split('\n')) {
    const m = ROW.exec(line);
    if (!m) continue;
    rows.push({
      number: Number(m[1]),
      title: (m[2] as string).trim(),
      method: m[3] as string,
      path: m[4] as string,
      registry: (m[5] as string).trim(),
      operationId: m[6] as string,
      notes: (m[7] as string).trim(),
    });
  }
  if (rows.length !== 164) throw new Error(`ACTIONS.md: expected 164 action rows, found ${rows.length}`);
  return rows;
}
