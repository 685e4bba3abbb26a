import { afterEach, describe, expect, it } from 'vitest';
import { createClient, type ClientOptions, type SrRequest } from '../../src/client/index.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../support/sr-test-server.js';

// Every assertion here is a count kept by the server (429s, concurrency, requests per window),
// never a duration: the machine is shared and noisy.

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(options: TestServerOptions = {}): Promise<TestServer> {
  const s = await startTestServer(options);
  servers.push(s);
  for (const p of ['/jobs/{id}', '/users/{id}', '/offers/{id}', '/messages/{id}', '/postings/{id}']) {
    s.route('GET', p, (r) => ({ body: { id: r.params.id } }));
  }
  s.route('GET', '/candidates', () => ({ body: { content: [], totalFound: 0 } }));
  s.route('POST', '/jobs/{jobId}/publication', () => ({ status: 201, body: {} }));
  return s;
}

// Retries off: a single 429 fails the test loudly instead of being absorbed.
function client(s: TestServer, apiKey = 'key_limits_1', extra: Partial<ClientOptions> = {}) {
  return createClient({ baseUrl: s.baseUrl, auth: { type: 'api_key', apiKey }, retry: { enabled: false }, ...extra });
}

const get = (path: string, id: number | string): SrRequest => ({ operation: { method: 'GET', path }, pathParams: { id } });

describe('limiter, measured by the server', () => {
  it('one endpoint: fills the 10/s window exactly, with no 429', async () => {
    const s = await serve({ latencyMs: 10 });
    const c = client(s);
    await Promise.all(Array.from({ length: 35 }, (_, i) => c.request(get('/jobs/{id}', i))));
    expect(s.stats.rateLimited).toBe(0);
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(35);
    expect(s.stats.maxInWindow['GET /jobs/{id}']).toBe(10);
    expect(s.stats.peakConcurrency).toBeLessThanOrEqual(8);
  });

  it('several slow endpoints: never more than 8 in flight, no 429', async () => {
    const s = await serve({ latencyMs: 300 });
    const c = client(s);
    const paths = ['/jobs/{id}', '/users/{id}', '/offers/{id}', '/messages/{id}', '/postings/{id}'];
    await Promise.all(paths.flatMap((p) => Array.from({ length: 12 }, (_, i) => c.request(get(p, i)))));
    expect(s.stats.rateLimited).toBe(0);
    expect(s.stats.total).toBe(60);
    expect(s.stats.peakConcurrency).toBe(8);
    for (const p of paths) expect(s.stats.maxInWindow[`GET ${p}`]).toBeLessThanOrEqual(10);
  });

  it('GET /candidates (serial class): one at a time', async () => {
    const s = await serve({ latencyMs: 30, limits: { endpointConcurrency: { 'GET /candidates': 1 } } });
    const c = client(s);
    await Promise.all([
      ...Array.from({ length: 6 }, () => c.request({ operation: { method: 'GET', path: '/candidates' } })),
      ...Array.from({ length: 6 }, (_, i) => c.request(get('/jobs/{id}', i))),
    ]);
    expect(s.stats.rateLimited).toBe(0);
    expect(s.stats.peakByEndpoint['GET /candidates']).toBe(1);
    expect(s.stats.peakConcurrency).toBeGreaterThan(1);
  });

  it('slow class (job publication): 2/s', async () => {
    const s = await serve({ limits: { perEndpoint: { 'POST /jobs/{jobId}/publication': 2 } } });
    const c = client(s);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        c.request({ operation: { method: 'POST', path: '/jobs/{jobId}/publication' }, pathParams: { jobId: i }, body: {} }),
      ),
    );
    expect(s.stats.rateLimited).toBe(0);
    expect(s.stats.maxInWindow['POST /jobs/{jobId}/publication']).toBe(2);
  });

  it('is shared by every client using the same credential', async () => {
    const s = await serve();
    const a = client(s, 'key_shared_1');
    const b = client(s, 'key_shared_1');
    await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => a.request(get('/jobs/{id}', i))),
      ...Array.from({ length: 12 }, (_, i) => b.request(get('/jobs/{id}', i))),
    ]);
    expect(s.stats.rateLimited).toBe(0);
    expect(s.stats.maxInWindow['GET /jobs/{id}']).toBe(10);
  });
});

describe('limiter adapts to X-RateLimit-* headers', () => {
  it('adopts a lower advertised per-endpoint limit', async () => {
    const s = await serve({ limits: { perEndpoint: { 'GET /jobs/{id}': 4 } } });
    const c = client(s, 'key_adapt_limit');
    await c.request(get('/jobs/{id}', 'warm-up'));
    await Promise.all(Array.from({ length: 10 }, (_, i) => c.request(get('/jobs/{id}', i))));
    expect(s.stats.rateLimited).toBe(0);
    expect(s.stats.maxInWindow['GET /jobs/{id}']).toBe(4);
  });

  it('waits for the window when the server says Remaining 0 (another user of the credential)', async () => {
    const s = await serve();
    const c = client(s, 'key_adapt_remaining');
    s.consume('GET /jobs/{id}', 9);
    await c.request(get('/jobs/{id}', 'first'));
    await Promise.all(Array.from({ length: 5 }, (_, i) => c.request(get('/jobs/{id}', i))));
    expect(s.stats.rateLimited).toBe(0);
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(6);
  });

  it('adopts a lower advertised concurrency limit', async () => {
    const s = await serve({ latencyMs: 100, limits: { concurrency: 3 } });
    const c = client(s, 'key_adapt_concurrency');
    await c.request(get('/jobs/{id}', 'warm-up'));
    const paths = ['/users/{id}', '/offers/{id}', '/messages/{id}', '/postings/{id}'];
    await Promise.all(paths.flatMap((p) => Array.from({ length: 3 }, (_, i) => c.request(get(p, i)))));
    expect(s.stats.rateLimited).toBe(0);
    expect(s.stats.peakConcurrency).toBe(3);
  });
});
