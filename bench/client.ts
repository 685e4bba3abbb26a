import { createClient, type SrRequest } from '../src/client/index.js';
import { startTestServer, type TestServer } from '../test/support/sr-test-server.js';

/**
 * The client's limiter against a server that enforces 10 req/s per endpoint (strict sliding 1 s
 * window) and 8 concurrent requests, counting everything itself. Prints, per endpoint, the
 * achieved rate as a fraction of the limit, the 429 count and the peak concurrency.
 *
 * Achieved rate: the mean number of the endpoint's arrivals per 1000 ms window, over every
 * window that lies inside [first arrival, last arrival], divided by the limit (1.0 = every
 * window full). Measured from the server's own arrival times.
 */
export default async function benchClient(): Promise<{ singleRate: number; rateLimited: number }> {
  const single = await run('single endpoint: 300 × GET /jobs/{id}', { latencyMs: 5 }, (i) => [get('/jobs/{id}', i)], 300);
  const mixed = await run(
    'mixed: 6 endpoints × 60 + 40 × GET /candidates (serial: 1 concurrent), 60 ms server latency',
    { latencyMs: 60, endpointConcurrency: { 'GET /candidates': 1 } },
    (i) => [
      ...ENDPOINTS.map((p) => get(p, i)),
      ...(i < 40 ? [{ operation: { method: 'GET', path: '/candidates' } } as SrRequest] : []),
    ],
    60,
  );
  // Here concurrency, not rate, is the bound: 4 × 10 req/s × 0.3 s would need 12 in flight.
  const crowded = await run(
    'concurrency-bound: 4 endpoints × 25, 300 ms server latency',
    { latencyMs: 300 },
    (i) => ENDPOINTS.slice(0, 4).map((p) => get(p, i)),
    25,
  );
  const rateLimited = single.rateLimited + mixed.rateLimited + crowded.rateLimited;
  const mixedMin = Math.min(...Object.values(mixed.rates));
  console.log(
    `\nsummary: single-endpoint rate ${single.rates['GET /jobs/{id}']?.toFixed(3)} of limit; mixed run lowest endpoint rate ${mixedMin.toFixed(3)}; ` +
      `429s ${rateLimited}; peak concurrency ${Math.max(single.peak, mixed.peak, crowded.peak)} (limit 8); ` +
      `GET /candidates peak concurrency ${mixed.peakByEndpoint['GET /candidates']} (limit 1)`,
  );
  return { singleRate: single.rates['GET /jobs/{id}'] ?? 0, rateLimited };
}

const ENDPOINTS = ['/jobs/{id}', '/users/{id}', '/offers/{id}', '/messages/{id}', '/postings/{id}', '/approvals/{id}'];

const get = (path: string, id: number): SrRequest => ({ operation: { method: 'GET', path }, pathParams: { id } });

async function run(
  title: string,
  server: { latencyMs: number; endpointConcurrency?: Record<string, number> },
  requestsFor: (i: number) => SrRequest[],
  rounds: number,
): Promise<{ rates: Record<string, number>; rateLimited: number; peak: number; peakByEndpoint: Record<string, number> }> {
  const s: TestServer = await startTestServer({ latencyMs: server.latencyMs, limits: { endpointConcurrency: server.endpointConcurrency ?? {} } });
  try {
    for (const p of ENDPOINTS) {
      s.route('GET', p, (r) => ({ body: { id: r.params.id } }));
    }
    s.route('GET', '/candidates', () => ({ body: { content: [], totalFound: 0 } }));
    // Retries stay on (as in production) but every 429 the server sends is counted by the server.
    const client = createClient({ baseUrl: s.baseUrl, auth: { type: 'api_key', apiKey: `bench_${Math.random().toString(36).slice(2)}` } });
    const started = Date.now();
    const all: SrRequest[] = [];
    for (let i = 0; i < rounds; i++) all.push(...requestsFor(i));
    await Promise.all(all.map((r) => client.request(r)));
    const seconds = (Date.now() - started) / 1000;
    console.log(`\n${title}: ${all.length} requests in ${seconds.toFixed(1)} s`);
    const rates: Record<string, number> = {};
    for (const [endpoint, arrivals] of Object.entries(s.stats.arrivals)) {
      rates[endpoint] = windowFill(arrivals, 1000) / 10;
      console.log(
        `  ${endpoint.padEnd(22)} n=${String(arrivals.length).padStart(3)}  rate ${rates[endpoint]?.toFixed(3)} of limit  max/window ${s.stats.maxInWindow[endpoint]}  peak concurrent ${s.stats.peakByEndpoint[endpoint]}`,
      );
    }
    console.log(`  429s: ${s.stats.rateLimited}   peak concurrency (account): ${s.stats.peakConcurrency}   total requests seen: ${s.stats.total}`);
    return { rates, rateLimited: s.stats.rateLimited, peak: s.stats.peakConcurrency, peakByEndpoint: s.stats.peakByEndpoint };
  } finally {
    await s.close();
  }
}

/** Mean count of arrivals in [t, t + windowMs) for t over [first, last − windowMs], in 1 ms steps. */
function windowFill(arrivals: readonly number[], windowMs: number): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted.at(-1) ?? 0;
  if (last - first < windowMs) return sorted.length;
  let sum = 0;
  let steps = 0;
  let lo = 0;
  let hi = 0;
  for (let t = first; t <= last - windowMs; t += 1) {
    while (lo < sorted.length && (sorted[lo] as number) < t) lo++;
    while (hi < sorted.length && (sorted[hi] as number) < t + windowMs) hi++;
    sum += hi - lo;
    steps++;
  }
  return sum / steps;
}
