import { operationFields, operations, specModels } from '../spec/index.js';
import type { ActionDefinition } from './action-definition.js';
import { ACTION_NAMES } from './action-names.js';
import { buildCatalogue } from './build-catalogue.js';
import { actionRows } from './generated/action-rows.js';

/** The 164 actions, in ACTIONS.md order. Built (and checked against the spec table) at load. */
export const actions: readonly ActionDefinition[] = buildCatalogue({
  rows: actionRows,
  operations,
  operationFields,
  models: specModels,
  names: ACTION_NAMES,
});

const byName = new Map(actions.map((a) => [a.name, a]));

/** The action with this name, or undefined. */
export function findAction(name: string): ActionDefinition | undefined {
  return byName.get(name);
}
