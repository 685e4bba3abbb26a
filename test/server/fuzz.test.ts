import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../src/actions/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { STORE_DIALECTS } from '../store/store-dialects.js';
import { rawRequest, startAttacker, startSim, startTestbed, type Reply, type ServerTestbed } from './server-testbed.js';

const sqlite = STORE_DIALECTS[0]!;
const RUNS = 60;

describe('fuzzing every route: never a 5xx, never a crash', () => {
  let sim: Simulator;
  let bed: ServerTestbed;
  let attacker: Awaited<ReturnType<typeof startAttacker>>;
  let id: string;
  const seen = new Map<number, number>();

  beforeAll(async () => {
    sim = await startSim();
    attacker = await startAttacker();
    // Limits above the largest fuzzed body: 413s are tested in api-contract and proxy tests, and a client
    // still uploading when the 413 closes the connection sees a reset, not an answer.
    bed = await startTestbed(sqlite, { limits: { jsonBytes: 2 * 1024 * 1024, proxyBytes: 2 * 1024 * 1024 } });
    id = await bed.link(sim);
  });
  afterAll(async () => {
    // Still alive after everything: the server never crashed.
    expect((await bed.call('GET', '/health')).status).toBe(200);
    expect(attacker.hits()).toBe(0);
    await bed?.close();
    await attacker?.close();
    await sim?.close();
  });

  /** Every answer is < 500 and, when it is an error, a problem with a code and the request id. */
  const check = (res: Reply | { status: number; body: string }, what: string): void => {
    seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
    expect(res.status, `${what} → ${res.status} ${short(res.body)}`).toBeLessThan(500);
    if (res.status >= 400) {
      const body = (typeof res.body === 'string' ? JSON.parse(res.body) : res.body) as Record<string, unknown> | undefined;
      expect(body?.code, `${what} → ${res.status} without a problem body`).toEqual(expect.any(String));
      expect(body?.request_id, what).toEqual(expect.any(String));
    }
  };

  const huge = fc.integer({ min: 5_000, max: 300_000 }).map((n) => 'x'.repeat(n));
  // Counterexamples with a huge string would print megabytes: show their length instead.
  const short = (v: unknown): string => (JSON.stringify(v) ?? String(v)).replace(/x{100,}/g, (m) => `x×${m.length}`).slice(0, 400);
  const nasty = fc.oneof(fc.constantFrom('', '..', '.', '%2e%2e', '/', '\\', '@', 'null', '__proto__', 'constructor', '😀', '\u0000', 'acc_', 'ACC_X'), fc.string(), huge);
  const anyValue = fc.oneof(fc.jsonValue(), nasty, fc.constant(undefined));
  const authArb = fc.oneof(
    fc.record({ type: fc.constant('api_key'), api_key: fc.oneof(fc.string(), nasty) }, { requiredKeys: [] }),
    fc.record({ type: fc.constant('oauth_client_credentials'), client_id: fc.string(), client_secret: fc.oneof(fc.string(), nasty) }, { requiredKeys: [] }),
    anyValue,
  );
  const baseUrlArb = fc.oneof(fc.constant(undefined), fc.constantFrom('ftp://x.example', 'javascript:alert(1)', 'http://', 'not a url', `${'http://'}${'a'.repeat(3000)}`), fc.string(), nasty);
  const accountBody = fc.oneof(
    fc.record({ name: fc.oneof(fc.string(), nasty, fc.integer()), auth: authArb, base_url: baseUrlArb, extra: anyValue }, { requiredKeys: [] }),
    fc.jsonValue(),
  );
  const idArb = fc.oneof(nasty, fc.constantFrom('acc_0123456789abcdef0123456789abcdef', 'acc_doesnotexist'), fc.stringMatching(/^[A-Za-z0-9_-]{1,120}$/));

  it('POST /accounts with any body (the simulator is the only base_url that answers)', async () => {
    await fc.assert(
      fc.asyncProperty(accountBody, fc.boolean(), async (body, useSim) => {
        // Never the real API (no network here, and not ours to fuzz): a missing base_url becomes the simulator.
        const isObject = body !== null && typeof body === 'object' && !Array.isArray(body);
        const json = isObject && (useSim || (body as { base_url?: unknown }).base_url === undefined) ? { ...body, base_url: sim.url } : body;
        check(await bed.call('POST', '/accounts', { body: JSON.stringify(json) ?? 'undefined', headers: { 'content-type': 'application/json' } }), `POST /accounts ${short(json)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('GET, PATCH and DELETE /accounts/:id with hostile ids and bodies', async () => {
    await fc.assert(
      fc.asyncProperty(idArb, accountBody, fc.constantFrom('GET', 'PATCH', 'DELETE'), async (rawId, body, method) => {
        const path = `/accounts/${encodeURIComponent(rawId)}`;
        check(await bed.call(method, path, method === 'PATCH' ? { body: JSON.stringify(body) ?? '', headers: { 'content-type': 'application/json' } } : {}), `${method} ${path}`);
      }),
      { numRuns: RUNS },
    );
    // A real id with a fuzzed PATCH body: rotations are verified, so nothing breaks the account.
    await fc.assert(
      fc.asyncProperty(fc.record({ name: fc.oneof(fc.string(), nasty), auth: authArb }, { requiredKeys: [] }), async (body) => {
        check(await bed.call('PATCH', `/accounts/${id}`, { json: body }), `PATCH real ${short(body)}`);
      }),
      { numRuns: 30 },
    );
    expect((await bed.call('GET', `/proxy/${id}/candidates?limit=1`)).status).toBe(200);
  });

  it('POST /actions/:name with any name, account and input', async () => {
    const names = actions.filter((a) => a.kind === 'read').map((a) => a.name);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...names), nasty),
        fc.oneof(fc.constant(id), idArb, fc.jsonValue()),
        fc.oneof(fc.dictionary(fc.string(), anyValue), fc.record({ limit: fc.oneof(fc.integer(), fc.string()), id: nasty, q: nasty }, { requiredKeys: [] }), anyValue),
        async (name, accountId, input) => {
          const path = `/actions/${encodeURIComponent(name)}`;
          check(await bed.call('POST', path, { body: JSON.stringify({ account_id: accountId, input }) ?? '', headers: { 'content-type': 'application/json' } }), `POST ${short(path)} ${short(input)}`);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('the proxy with any path, query and method over a raw socket; never reaches another host', async () => {
    const segment = fc.oneof(
      fc.constantFrom('candidates', 'jobs', 'users', '..', '.', '%2e%2e', '%2E', '%2f', '%5c', '\\', '@', `@${attacker.host}`, attacker.host, 'http:', `http:%2F%2F${attacker.host}`, '', '%00', '%zz', '~', ':'),
      fc.stringMatching(/^[A-Za-z0-9._~%:@!$&'()*+,;=-]{0,40}$/),
    );
    const query = fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Za-z0-9=&%._~+-]{0,80}$/), fc.constant(`url=http://${attacker.host}/`));
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 0, maxLength: 6 }), query, fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'), async (segments, q, method) => {
        const target = `/proxy/${id}/${segments.join('/')}${q ? `?${q}` : ''}`;
        check(await rawRequest(bed.url, target, { method, headers: { authorization: `Bearer ${bed.token}` } }), `${method} ${target}`);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('query strings, request ids and content types on the list routes', async () => {
    const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,300}$/);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/accounts', '/actions', '/health', '/openapi.json', '/docs', '/nope'), fc.stringMatching(/^[A-Za-z0-9=&%._~+-]{0,200}$/), headerValue, headerValue, async (path, q, rid, ct) => {
        check(await bed.call('GET', `${path}?${q}`, { headers: { 'x-request-id': rid, 'content-type': ct } }), `GET ${path}?${q}`);
      }),
      { numRuns: RUNS },
    );
    // Every class of answer was exercised, not just one.
    expect([...seen.keys()].some((s) => s >= 200 && s < 300)).toBe(true);
    expect([...seen.keys()].filter((s) => s >= 400).length).toBeGreaterThanOrEqual(3);
  });
});
