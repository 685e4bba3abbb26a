import type { SimState } from './sim-state.js';

/**
 * An accessor for a store that belongs to one population of seeded records. A reset or reseed
 * replaces `state.candidates` / `state.jobs`, so keying on that object (weakly) starts the
 * companion store afresh with it, with no reset hook to forget.
 */
export function companionOf<T>(owner: (state: SimState) => object, create: (state: SimState) => T): (state: SimState) => T {
  const stores = new WeakMap<object, T>();
  return (state) => {
    const key = owner(state);
    let store = stores.get(key);
    if (store === undefined) {
      store = create(state);
      stores.set(key, store);
    }
    return store;
  };
}
