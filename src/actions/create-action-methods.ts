import type { ActionClient } from './action-client.js';
import type { ActionDefinition } from './action-definition.js';
import { actions } from './catalogue.js';
import { executeAction, type ActionResult, type ExecuteActionOptions } from './execute-action.js';

/** One typed-client method: the action's input in, the action's result out. */
export type ActionMethod = (input?: unknown, opts?: ExecuteActionOptions) => Promise<ActionResult>;

/** Client methods grouped by resource: `methods.candidates.search(input)`. */
export type ActionMethods = Readonly<Record<string, Readonly<Record<string, ActionMethod>>>>;

/**
 * Binds every action of the catalogue to a client, grouped by resource
 * (`sr.candidates.search({ q: 'ada' })`, `sr.jobs.get({ jobId })`). Group and method names are
 * derived from the action name (see action-name.ts); `actionForMethod` maps back.
 */
export function createActionMethods(client: ActionClient, catalogue: readonly ActionDefinition[] = actions): ActionMethods {
  const groups: Record<string, Record<string, ActionMethod>> = {};
  for (const action of catalogue) {
    const group = (groups[action.group] ??= {});
    group[action.method] = (input, opts) => executeAction(client, action, input ?? {}, opts);
  }
  return groups;
}
