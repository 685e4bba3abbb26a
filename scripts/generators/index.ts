import { actionCatalogue } from './action-catalogue.js';
import { actionTypes } from './action-types.js';
import { actionsDocs } from './actions-docs.js';
import type { Generator } from './generated-file.js';
import { responseShapes } from './response-shapes.js';
import { specOperations } from './spec-operations.js';

/** Every generator `npm run generate` runs, in order. Add new ones here. */
export const generators: readonly Generator[] = [specOperations, actionCatalogue, actionTypes, actionsDocs, responseShapes, (root) => import('./mcp-docs.js').then((m) => m.mcpDocs(root))];
