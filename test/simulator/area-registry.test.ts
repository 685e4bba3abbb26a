import { describe, expect, it } from 'vitest';
import { operations } from '../../src/spec/index.js';
import { builtInAreas } from '../../src/simulator/areas/index.js';
import { listHandledOperations } from '../../src/simulator/areas/list-handled-operations.js';
import { mountAreas } from '../../src/simulator/areas/mount-areas.js';
import type { Area } from '../../src/simulator/index.js';
import { SimState } from '../../src/simulator/state/sim-state.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

const answer = (status: number): Area['handlers'][string] => () => ({ status });

describe('area registry', () => {
  it('a duplicate operation key fails loudly, naming both areas', () => {
    const a: Area = { name: 'first-area', handlers: { 'candidates.get': answer(200), 'jobs.get': answer(200) } };
    const b: Area = { name: 'second-area', handlers: { 'jobs.get': answer(201) } };
    expect(() => mountAreas([a, b])).toThrow('operation key "jobs.get" is registered by two areas, "first-area" and "second-area"');
  });

  it('the built-in areas mount without a duplicate and answer every API-host operation once', () => {
    const state = new SimState({ seed: 1, candidates: 5, jobs: 5, users: 5 }, () => 0);
    const areas = builtInAreas.map((make) => make({ state }));
    expect(() => mountAreas(areas)).not.toThrow();
    expect(new Set(areas.map((x) => x.name)).size).toBe(areas.length);
    const keys = listHandledOperations().map((h) => h.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(operations.filter((o) => o.host === 'api').map((o) => o.key).sort());
  });

  it('extra areas override on purpose, the later one winning, without failing', async () => {
    const a: Area = { name: 'first-area', handlers: { 'jobs.get': answer(418) } };
    const b: Area = { name: 'second-area', handlers: { 'jobs.get': answer(299) } };
    const mounted = mountAreas([{ name: 'built-in', handlers: { 'jobs.get': answer(200) } }], [a, b]);
    expect(mounted.get('jobs.get')?.area).toBe('second-area');
    expect(listHandledOperations([() => a]).find((h) => h.key === 'jobs.get')?.area).toBe('first-area');
    const sim = await startSim({ candidates: 5, jobs: 3, users: 2, areas: [() => a, () => b] });
    try {
      expect((await sim.call('GET', `/jobs/${sim.state.jobs.list[0]!.id}`)).status).toBe(299);
    } finally {
      await sim.close();
    }
  });
});
