import { actionCatalogue } from './action-catalogue.js';
import { actionTypes } from './action-types.js';
import { actionsDocs } from './actions-docs.js';
import type { Generator } from './generated-file.js';
import { fieldTable } from './field-table.js';
import { specOperations } from './spec-operations.js';
import { webhookEvents } from './webhook-events.js';
import { wireTypes } from './wire-types.js';

/** Every generator `npm run generate` runs, in order. Add new ones here. */
export const generators: readonly Generator[] = [specOperations, fieldTable, actionCatalogue, actionTypes, actionsDocs, wireTypes, webhookEvents];
