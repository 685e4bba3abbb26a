/**
 * A local SmartRecruiters: every official API-host operation, auth, limits, faults, seeded data,
 * webhooks, and a control API under `/__sim/`. See src/simulator/README.md.
 */
export { createSimulator, type Simulator, type SimulatorOptions } from './server/create-simulator.js';
export type { Area, AreaContext, AreaFactory, Handler, SimRequest, SimResponse, QueryValue } from './core/types.js';
export { SimError, type ErrorBody } from './core/sim-error.js';
export type { RateLimitOptions } from './core/rate-limiter.js';
export { SimState, type SeedOptions, type SimEvent, type SimEventListener } from './state/sim-state.js';
