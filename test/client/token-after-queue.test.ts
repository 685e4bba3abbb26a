import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { startTestServer, type TestServer } from '../support/sr-test-server.js';

// Counts only: token requests and 401s at the server, distinct bearer tokens sent by the client.

let sim: Simulator | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await sim?.close();
  await server?.close();
  sim = undefined;
  server = undefined;
});

describe('the OAuth token is read after the limiter admits the request', () => {
  it('a queue that outlives several tokens: every request succeeds, one token request per expiry, no 401', async () => {
    const ttlSeconds = 2;
    sim = await createSimulator({ tokenTtlSeconds: ttlSeconds });
    const sent: { token: string; at: number }[] = [];
    const spy: typeof fetch = (input, init) => {
      const authz = new Headers(init?.headers).get('authorization');
      if (authz) sent.push({ token: authz, at: performance.now() });
      return fetch(input, init);
    };
    const client = createClient({
      baseUrl: sim.url,
      auth: { type: 'oauth_client_credentials', clientId: sim.oauthClient.clientId, clientSecret: sim.oauthClient.clientSecret },
      fetch: spy,
      // No second chances: a request sent with an expired token must show up as a failure.
      retry: { enabled: false },
    });
    // 60 requests to one endpoint at 10/s: the queue lasts at least 5 s, i.e. several 2 s tokens.
    const results = await Promise.allSettled(Array.from({ length: 60 }, () => client.request({ operation: { method: 'GET', path: '/jobs' } })));

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(sim.runtime.stats.unauthorized).toBe(0);
    expect(sim.runtime.stats.byStatus['401']).toBeUndefined();
    const tokenRequests = sim.runtime.log.recent(2000).filter((e) => e.operation === 'oauth.token').length;
    const distinct = new Set(sent.map((s) => s.token)).size;
    // Every token fetched was used (no duplicate refreshes), and the queue outlived several.
    expect(tokenRequests).toBe(distinct);
    expect(tokenRequests).toBeGreaterThanOrEqual(3);
    // One per expiry: no more tokens than refresh intervals the run spanned (plus the first).
    const spanMs = (sent.at(-1)?.at ?? 0) - (sent[0]?.at ?? 0);
    const refreshEveryMs = ttlSeconds * 1000 * 0.9;
    expect(tokenRequests).toBeLessThanOrEqual(Math.floor(spanMs / refreshEveryMs) + 1);
  });

  it('a token inside its refresh margin is refreshed before the send, once for all concurrent callers', async () => {
    server = await startTestServer({ auth: { oauth: { clientId: 'c', clientSecret: 's', expiresIn: 100 } } });
    server.route('GET', '/jobs/{id}', (r) => ({ body: { id: r.params.id } }));
    let now = 5_000_000;
    const client = createClient({ baseUrl: server.baseUrl, auth: { type: 'oauth_client_credentials', clientId: 'c', clientSecret: 's' }, now: () => now });
    await client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: '0' } });
    now += 95_000; // 5 s before expiry, inside the 10 s margin: still valid, but due
    await Promise.all(Array.from({ length: 10 }, (_, i) => client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: i + 1 } })));
    expect(server.stats.tokenRequests).toBe(2);
    const bearers = server.requests.filter((r) => r.path.startsWith('/jobs/')).map((r) => r.headers.authorization);
    expect(new Set(bearers.slice(1)).size).toBe(1);
    expect(bearers[1]).not.toBe(bearers[0]);
  });
});
