import type { ActionClient } from './action-client.js';
import type { ActionDefinition } from './action-definition.js';
import { actions } from './catalogue.js';
import { executeAction, type ActionResult, type ExecuteActionOptions } from './execute-action.js';
import type { TypedActionMethods } from './generated/action-types.js';

/** One untyped client method (for a custom catalogue): any input in, the action's result out. */
export type ActionMethod = (input?: unknown, opts?: ExecuteActionOptions) => Promise<ActionResult>;

/** Client methods of a custom catalogue, grouped by resource. */
export type ActionMethods = Readonly<Record<string, Readonly<Record<string, ActionMethod>>>>;

/**
 * Binds every action of the catalogue to a client, grouped by resource
 * (`sr.candidates.search({ q: 'ada' })`, `sr.jobs.get({ jobId })`). With the built-in catalogue
 * each method is typed with its action's input and documented output (generated/action-types.ts),
 * so a misspelt field fails to compile; the input is still validated at run time.
 */
export function createActionMethods(client: ActionClient): TypedActionMethods;
export function createActionMethods(client: ActionClient, catalogue: readonly ActionDefinition[]): ActionMethods;
export function createActionMethods(client: ActionClient, catalogue: readonly ActionDefinition[] = actions): TypedActionMethods | ActionMethods {
  const groups: Record<string, Record<string, ActionMethod>> = {};
  for (const action of catalogue) {
    const group = (groups[action.group] ??= {});
    group[action.method] = (input, opts) => executeAction(client, action, input ?? {}, opts);
  }
  return groups as unknown as TypedActionMethods;
}
