import { afterAll, beforeAll } from 'vitest';
import { SAMPLE_SIM_OPTIONS, SampleSession } from './sample-request.js';
import { startSim } from './sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

/**
 * Registers the suite's hooks: a simulator with the sample options and an open sample session
 * before the tests, both closed after. Read them through the getters once the tests run.
 */
export function useSampleSession(): { readonly sim: Sim; readonly session: SampleSession } {
  let sim: Sim | undefined;
  let session: SampleSession | undefined;
  beforeAll(async () => {
    sim = await startSim(SAMPLE_SIM_OPTIONS);
    session = await SampleSession.open(sim);
  });
  afterAll(async () => {
    await session?.close();
    await sim?.close();
  });
  return {
    get sim() {
      if (!sim) throw new Error('useSampleSession: the simulator starts in beforeAll');
      return sim;
    },
    get session() {
      if (!session) throw new Error('useSampleSession: the session opens in beforeAll');
      return session;
    },
  };
}
