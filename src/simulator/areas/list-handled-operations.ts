import type { AreaFactory } from '../core/types.js';
import { SimState } from '../state/sim-state.js';
import { createWebhookEngine } from '../webhooks/index.js';
import { areaFactories } from './index.js';
import { webhooksArea } from './webhooks/webhooks-area.js';

/** An operation answered by an area's own handler (real state behaviour), not the generic one. */
export interface HandledOperation {
  /** Operation key (`OperationSpec.key`). */
  readonly key: string;
  /** Name of the area whose handler answers it (the last one mounted wins, as in the server). */
  readonly area: string;
}

/**
 * Which operations have a registered handler, read from the same area registry the server
 * mounts (`areaFactories`, `extraAreas` as given to `createSimulator({ areas })`, then the
 * webhook engine's area). Areas are built against a tiny throwaway state, so this is cheap and
 * touches no running simulator.
 */
export function listHandledOperations(extraAreas: readonly AreaFactory[] = []): HandledOperation[] {
  const state = new SimState({ seed: 1, candidates: 5, jobs: 5, users: 5 }, () => 0);
  const byKey = new Map<string, string>();
  for (const factory of [...areaFactories, ...extraAreas]) {
    const area = factory({ state });
    for (const key of Object.keys(area.handlers)) byKey.set(key, area.name);
  }
  const engine = createWebhookEngine({ publicBaseUrl: () => state.baseUrl, now: () => 0 });
  const webhooks = webhooksArea(engine);
  for (const key of Object.keys(webhooks.handlers)) byKey.set(key, webhooks.name);
  void engine.close();
  return [...byKey].map(([key, area]) => ({ key, area })).sort((a, b) => a.key.localeCompare(b.key));
}
