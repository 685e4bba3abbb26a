import type { ClientLogger } from '../client-hooks.js';

/** Calls an observability hook; a hook that throws must not break the request. */
export function safeEmit<E>(hook: ((e: E) => void) | undefined, event: E, logger: ClientLogger | undefined, name: string): void {
  if (!hook) return;
  try {
    hook(event);
  } catch (err) {
    logger?.warn({ hook: name, err: err instanceof Error ? err.message : String(err) }, 'srconnect client hook threw');
  }
}
