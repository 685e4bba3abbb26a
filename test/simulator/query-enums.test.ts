import { describe, expect, it } from 'vitest';
import { operations, type OperationSpec, type ParamSpec } from '../../src/spec/index.js';
import { useSampleSession } from '../support/simulator/use-sample-session.js';

/** A documented value in the wrong case (`job_id` → `JOB_ID`, `PUBLIC` → `public`). */
const wrongCase = (v: string) => (v.toUpperCase() === v ? v.toLowerCase() : v.toUpperCase());

// Every query parameter with documented values (sort=job_id on GET /jobs among them) refuses any
// other value as a 400 naming the parameter, in SmartRecruiters' {message, errors[{code, message}]}.
const enumParams = (operations as readonly OperationSpec[]).filter((o) => o.host === 'api').flatMap((op) =>
  (op.queryParams as readonly ParamSpec[]).filter((p) => p.enum?.length).map((p) => ({ op, p, values: p.enum! })));

describe('simulator: query parameters with documented values', () => {
  const ctx = useSampleSession();

  it('finds the documented enum query parameters, GET /jobs sort among them', () => {
    expect(enumParams.find((e) => e.op.key === 'jobs.all' && e.p.name === 'sort')?.values).toEqual(['job_id']);
    expect(enumParams.length).toBeGreaterThanOrEqual(10);
  });

  it('answers 400 naming the parameter for an unknown or wrong-case value, 2xx for a documented one', async () => {
    const failures: string[] = [];
    for (const { op, p, values } of enumParams) {
      const first = values[0]!;
      const hostile = [wrongCase(first), 'NOT_A_VALUE', `${first} `, '..', 'x'.repeat(2000)].filter((v) => !values.includes(v));
      for (const value of hostile) {
        const r = await ctx.session.call(op, { [p.name]: value });
        let body: { message?: string; errors?: { code?: string; message?: string }[] } = {};
        try {
          body = JSON.parse(r.text) as typeof body;
        } catch {
          // reported below as a missing error shape
        }
        const named = body.errors?.some((e) => e.code === 'INVALID_FIELD' && e.message?.startsWith(`${p.name}:`));
        if (r.status !== 400 || !named || typeof body.message !== 'string') failures.push(`${op.key} ${p.name}=${value.slice(0, 20)} → ${r.status} ${r.text.slice(0, 120)}`);
      }
      const good = await ctx.session.call(op, { [p.name]: values[values.length - 1]! });
      if (good.status < 200 || good.status > 299) failures.push(`${op.key} ${p.name}=${values[values.length - 1]} → ${good.status} ${good.text.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses sort=JOB_ID on GET /jobs even without pageId', async () => {
    const r = await ctx.sim.call('GET', '/jobs?sort=JOB_ID');
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([expect.objectContaining({ code: 'INVALID_FIELD', message: expect.stringMatching(/^sort: must be one of job_id, got "JOB_ID"/) })]);
    expect((await ctx.sim.call('GET', '/jobs?sort=job_id&sort=job_id')).status).toBe(400);
  });
});
