import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createClient } from '../../src/client/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import {
  ActionInputError,
  createActionMethods,
  type ActionInputs,
  type ActionOutputs,
  type TypedActionMethods,
} from '../../src/actions/index.js';

// `tsc --noEmit -p .` checks this file: every `@ts-expect-error` below must be a real compile error
// (an unused one is itself an error), and every expectTypeOf must hold. At run time the same
// mistakes are refused by the input schema, which the assertions check too.

let sim: Simulator;
let sr: TypedActionMethods;

beforeAll(async () => {
  sim = await createSimulator({ seed: 3, candidates: 12, jobs: 3, users: 3 });
  sr = createActionMethods(createClient({ baseUrl: sim.url, auth: { type: 'api_key', apiKey: sim.apiKey } }));
});

afterAll(async () => {
  await sim?.close();
});

describe('typed action methods', () => {
  it('derive per-action input types from the catalogue data', () => {
    expectTypeOf<ActionInputs['get_candidate']>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<ActionInputs['get_job_position']>().toEqualTypeOf<{ jobId: string; positionId: string }>();
    expectTypeOf<ActionInputs['update_candidate_onboarding_status_for_job']['body']['onboardingStatus']>().toEqualTypeOf<
      'READY_TO_ONBOARD' | 'ONBOARDING_SUCCESSFUL' | 'ONBOARDING_FAILED'
    >();
    expectTypeOf<ActionInputs['search_candidates']['limit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ActionInputs['search_candidates']['status']>().extract<string[]>().not.toBeNever();
    expectTypeOf<Parameters<TypedActionMethods['candidates']['get']>[0]>().toEqualTypeOf<{ id: string }>();
  });

  it('type the documented output, and the items with { all: true }', async () => {
    const list = await sr.candidates.search({ limit: 2 });
    expectTypeOf(list.data).toEqualTypeOf<ActionOutputs['search_candidates']>();
    const first = list.data.content?.[0];
    expect(first && typeof first === 'object').toBe(true);
    const one = await sr.candidates.get({ id: String((first as { id: string }).id) });
    expectTypeOf(one.data.firstName).toEqualTypeOf<string | null | undefined>();
    expect(typeof one.data.firstName).toBe('string');
    const all = await sr.candidates.search({ limit: 5 }, { all: true });
    expectTypeOf(all.data).toBeArray();
    expect(all.data).toHaveLength(12);
  });

  it('refuse a misspelt or missing field at compile time and at run time', async () => {
    // @ts-expect-error — `idd` is not an input of get_candidate
    await expect(sr.candidates.get({ idd: 'x' })).rejects.toThrow(ActionInputError);
    // @ts-expect-error — get_candidate needs `id`
    await expect(sr.candidates.get()).rejects.toThrow(/id/);
    await expect(
      // @ts-expect-error — not one of the documented onboarding statuses
      sr.candidates.updateOnboardingStatusForJob({ id: 'c', jobId: 'j', body: { onboardingStatus: 'DONE' } }),
    ).rejects.toThrow(ActionInputError);
    // @ts-expect-error — limit is a number
    await expect(sr.candidates.search({ limit: '10' })).rejects.toThrow(ActionInputError);
    // @ts-expect-error — there is no such method
    expect(sr.candidates.fetch).toBeUndefined();
  });
});
