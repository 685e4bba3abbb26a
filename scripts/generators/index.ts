/**
 * Every generated file, built in one pass, in memory, from specs/smartrecruiters/ and the
 * hand-kept data beside the generators and in src (overrides, names, examples). No generator reads
 * another's checked-in output, so one `npm run generate` after any spec edit is a fixed point.
 */
import { join } from 'node:path';
import { ACTION_NAMES } from '../../src/actions/action-names.js';
import { buildCatalogue } from '../../src/actions/build-catalogue.js';
import { actionRowsFile, keyActionRows } from './action-catalogue.js';
import { readActionRows } from './action-rows.js';
import { actionTypesFile } from './action-types.js';
import { actionsDocsFile } from './actions-docs.js';
import { mcpDocsFile } from './mcp-docs.js';
import { fieldTableFile, operationFieldsByKey } from './field-table.js';
import type { GeneratedFile } from './generated-file.js';
import { generatedReadmes } from './generated-readmes.js';
import { buildOperations } from './operations.js';
import { readFieldTable } from './read-field-table.js';
import { specOperationsFile } from './spec-operations.js';
import { webhookEventsFile } from './webhook-events.js';
import { wireTypesFile } from './wire-types.js';

/** All generated files for the repository (or a copy of it) at `root`. */
export function generateAll(root: string): GeneratedFile[] {
  const specDir = join(root, 'specs/smartrecruiters');
  const operations = buildOperations(specDir);
  const table = readFieldTable(specDir);
  const operationFields = operationFieldsByKey(table, operations);
  const rows = keyActionRows(readActionRows(root), operations);
  const actions = buildCatalogue({ rows, operations, operationFields, models: Object.fromEntries(table.models), names: ACTION_NAMES });
  return [
    specOperationsFile(root, operations),
    fieldTableFile(table, operationFields),
    wireTypesFile(table, operations),
    webhookEventsFile(table),
    actionRowsFile(rows),
    actionTypesFile(actions, operationFields),
    actionsDocsFile(actions),
    mcpDocsFile(root, actions),
    ...generatedReadmes(),
  ];
}
