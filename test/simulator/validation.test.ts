import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Area } from '../../src/simulator/index.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

describe('simulator input validation and errors', () => {
  let sim: Sim;
  const errors: string[] = [];
  beforeAll(async () => {
    const crashing = (): Area => ({
      name: 'crash',
      handlers: {
        'configuration.company.my': () => {
          throw new Error('boom');
        },
      },
    });
    sim = await startSim({ areas: [crashing], onError: (_e, where) => errors.push(where), rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  const field = (r: { body: { errors: { code: string; message: string }[] } }) => r.body.errors.map((e) => e.message);

  it('names the field for bad query params: type, max, enum, repeats', async () => {
    const notInt = await sim.call('GET', '/candidates?limit=abc');
    expect(notInt.status).toBe(400);
    expect(notInt.body.errors[0]).toEqual({ code: 'INVALID_FIELD', message: 'limit: must be an integer, got "abc"' });
    const tooBig = await sim.call('GET', '/candidates?limit=101');
    expect(field(tooBig)).toEqual(['limit: must be ≤ 100']);
    const badEnum = await sim.call('GET', '/candidates?status=NEW&status=SLEEPING');
    expect(badEnum.status).toBe(400);
    expect(field(badEnum)[0]).toMatch(/^status: must be one of LEAD, NEW/);
    const repeated = await sim.call('GET', '/candidates?limit=1&limit=2');
    expect(field(repeated)[0]).toMatch(/^limit: must be given once/);
    const badDate = await sim.call('GET', '/candidates?updatedAfter=yesterday');
    expect(field(badDate)[0]).toMatch(/^updatedAfter: must be an ISO 8601/);
    const both = await sim.call('GET', '/candidates?limit=0&updatedAfter=x');
    expect(both.body.errors).toHaveLength(2);
  });

  it('requires required query params', async () => {
    const r = await sim.call('GET', '/reviews-api/v201910/reviews?candidateId=abc');
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ code: 'MISSING_FIELD', message: 'jobId: is required' }]);
  });

  it('answers 400 for malformed JSON and 415 for a wrong content type', async () => {
    const bad = await sim.call('POST', '/candidates', { raw: '{"firstName": ', contentType: 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].code).toBe('INVALID_JSON');
    const wrongType = await sim.call('POST', '/candidates', { raw: 'firstName=a', contentType: 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.errors[0].message).toMatch(/^Content-Type: expected application\/json/);
  });

  it('lists every missing or bad body field of a candidate', async () => {
    const r = await sim.call('POST', '/candidates', { json: { firstName: '', email: 'not-an-email', tags: 'x' } });
    expect(r.status).toBe(400);
    const msgs = field(r);
    expect(msgs).toContain('lastName: is required');
    expect(msgs.some((m: string) => m.startsWith('firstName:'))).toBe(true);
    expect(msgs.some((m: string) => m.startsWith('email: must be an e-mail'))).toBe(true);
    expect(msgs).toContain('tags: must be an array of strings');
  });

  it('answers 404 for unknown ids and routes, 405 for a wrong method', async () => {
    const unknownCandidate = await sim.call('GET', '/candidates/00000000-0000-4000-a000-000000000000');
    expect(unknownCandidate.status).toBe(404);
    expect(unknownCandidate.body.errors[0].code).toBe('NOT_FOUND');
    expect((await sim.call('GET', '/jobs/nope')).status).toBe(404);
    expect((await sim.call('GET', '/jobs/nope/positions')).status).toBe(404);
    expect((await sim.call('GET', '/no/such/route')).status).toBe(404);
    const wrongMethod = await sim.call('DELETE', '/jobs');
    expect(wrongMethod.status).toBe(405);
  });

  it('answers 500 with the error body when a handler throws, and keeps serving', async () => {
    const r = await sim.call('GET', '/configuration/company');
    expect(r.status).toBe(500);
    expect(r.body).toEqual({ message: 'Internal server error', errors: [{ code: 'INTERNAL_ERROR', message: 'Internal server error' }] });
    expect(errors).toEqual(['GET /configuration/company (configuration.company.my)']);
    expect((await sim.call('GET', '/jobs?limit=1')).status).toBe(200);
  });

  it('validates JSON Patch documents', async () => {
    const job = sim.state.jobs.list[0]!.id;
    const notArray = await sim.call('PATCH', `/jobs/${job}`, { json: { title: 'x' }, contentType: 'application/json-patch+json' });
    expect(notArray.status).toBe(400);
    const badOp = await sim.call('PATCH', `/jobs/${job}`, { json: [{ op: 'explode', path: '/title' }], contentType: 'application/json-patch+json' });
    expect(field(badOp)[0]).toBe('body[0].op: must be one of add, replace, remove, test');
  });
});
