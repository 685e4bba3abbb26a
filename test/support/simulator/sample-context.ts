import type { Simulator } from '../../../src/simulator/server/create-simulator.js';

/**
 * What a sample body may depend on: the session's counters and the records it points at.
 * Its own file so the per-area sample files need not import `sample-request.ts`, which imports
 * them (that was the only import cycle of the simulator).
 */
export interface SampleContext {
  readonly sim: Simulator;
  readonly n: number;
  readonly userId: string;
  readonly receiverUrl: string;
  readonly subscriptionId: string;
}
