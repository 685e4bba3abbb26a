import { describe, expect, it } from 'vitest';
import { operations } from '../../src/spec/index.js';
import { readJson } from '../support/simulator/sim-test-helpers.js';
import { useSampleSession } from '../support/simulator/use-sample-session.js';

// Valid inputs for every operation: request bodies in src/spec/examples (shared with the action
// tests and `npm run fidelity`), real ids from test/support/simulator; add an example there when a
// handler starts validating a field.
describe('simulator: every official operation', () => {
  const ctx = useSampleSession();

  it('answers a well-formed 2xx for each of the 305 API-host operations', async () => {
    const apiOps = operations.filter((o) => o.host === 'api');
    expect(apiOps).toHaveLength(305);
    const failures: string[] = [];
    for (const op of apiOps) {
      const { status, text, path, contentType } = await ctx.session.call(op);
      // A file download (candidate attachments) answers its own bytes and content type.
      const download = status === 200 && text !== '' && contentType !== '' && !contentType.includes('json');
      const wellFormed = download || (status === 204 ? text === '' : (() => {
        try {
          const parsed = JSON.parse(text);
          return parsed !== null && typeof parsed === 'object';
        } catch {
          return false;
        }
      })());
      if (status < 200 || status > 299 || !wellFormed) failures.push(`${op.key} ${op.method} ${path} → ${status} ${text.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
    const stats = await readJson(await fetch(`${ctx.sim.url}/__sim/stats`));
    for (const op of apiOps) expect(stats.requests.byOperation[op.key], op.key).toBeGreaterThanOrEqual(1);
    expect(stats.requests.errors).toBe(0);
  });
});
