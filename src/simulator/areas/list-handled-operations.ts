import type { AreaFactory } from '../core/types.js';
import { SimState } from '../state/sim-state.js';
import { createWebhookEngine } from '../webhooks/index.js';
import { builtInAreas } from './index.js';
import { mountAreas } from './mount-areas.js';
import { webhooksArea } from './webhooks/webhooks-area.js';

/** An operation answered by an area's own handler (real state behaviour), not the generic one. */
export interface HandledOperation {
  /** Operation key (`OperationSpec.key`). */
  readonly key: string;
  /** Name of the area whose handler answers it (an extra area overrides, as in the server). */
  readonly area: string;
}

/**
 * Which operations have a registered handler, read from the same area registry the server
 * mounts (`builtInAreas` and the webhook engine's area, then `extraAreas` as given to
 * `createSimulator({ areas })`), through the same `mountAreas`. Areas are built against a tiny throwaway state, so this is cheap and
 * touches no running simulator.
 */
export function listHandledOperations(extraAreas: readonly AreaFactory[] = []): HandledOperation[] {
  const state = new SimState({ seed: 1, candidates: 5, jobs: 5, users: 5 }, () => 0);
  const engine = createWebhookEngine({ publicBaseUrl: () => state.baseUrl, now: () => 0 });
  try {
    const mounted = mountAreas([...builtInAreas.map((make) => make({ state })), webhooksArea(engine)], extraAreas.map((make) => make({ state })));
    return [...mounted].map(([key, m]) => ({ key, area: m.area })).sort((a, b) => a.key.localeCompare(b.key));
  } finally {
    void engine.close();
  }
}
