import type { Area, Handler } from '../core/types.js';

/** The handler of one operation key and the area it came from. */
export interface MountedHandler {
  readonly area: string;
  readonly handler: Handler;
}

/**
 * The handlers of `areas` by operation key. Each operation has exactly one built-in handler: a
 * key two areas register throws here, at startup, naming both areas (a silent "last one wins"
 * hid which behaviour answered). `overrides` (`createSimulator({ areas })`) replace handlers on
 * purpose, a later one winning, as tests and embedders use them.
 */
export function mountAreas(areas: readonly Area[], overrides: readonly Area[] = []): Map<string, MountedHandler> {
  const mounted = new Map<string, MountedHandler>();
  for (const area of areas) {
    for (const [key, handler] of Object.entries(area.handlers)) {
      const before = mounted.get(key);
      if (before) throw new Error(`simulator: operation key "${key}" is registered by two areas, "${before.area}" and "${area.name}"; keep one handler`);
      mounted.set(key, { area: area.name, handler });
    }
  }
  for (const area of overrides) for (const [key, handler] of Object.entries(area.handlers)) mounted.set(key, { area: area.name, handler });
  return mounted;
}
