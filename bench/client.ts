import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createClient, type ClientAuth, type SrRequest } from '../src/client/index.js';
import { MAX_CONCURRENT_PER_CREDENTIAL, RATE_LIMITS, findOperation } from '../src/spec/index.js';
import { createSimulator, type Simulator } from '../src/simulator/index.js';
import { runSharer, spawnSharer, type SharerConfig } from '../test/client/support/credential-sharer.js';

/**
 * The client against the simulator's real SmartRecruiters operations, limits and OAuth.
 *
 * Each case keeps requests outstanding on its endpoints for `--seconds` (default 30: long enough
 * that the first window's free burst adds at most 1/30) and reports, per endpoint and for the
 * case, requests served ÷ (seconds × bound), where the bound is what limits that traffic:
 *   rate:        the endpoint's documented requests/s (10, or 2 for the slow class);
 *   concurrency: cap ÷ server latency (8 per credential, 1 for GET /candidates), when lower.
 * Latency has no jitter here so the concurrency bound is exact. "net" drops the first second.
 *
 *   npm run bench -- client --seconds=5     quick check
 */
export default async function benchClient(): Promise<Record<string, number>> {
  const seconds = secondsFromArgv(process.argv.slice(2));
  console.log(`each case runs ${seconds} s${seconds < 30 ? ' (shorter than 30 s: the first window flatters the figures)' : ''}`);
  // Client and simulator share this machine's CPU: on a loaded one, figures below 1 may be CPU, not the limiter.
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)} at start`);
  const out: Record<string, number> = {};

  out.single = (
    await runCase({
      title: 'single endpoint: GET /jobs/{jobId}, 5 ms latency',
      latencyMs: 5,
      seconds,
      lanes: [{ request: 'GET /jobs/{jobId}', lanes: 12 }],
    })
  ).figure;

  out.slowClass = (
    await runCase({
      title: 'slow class (2/s): POST /jobs/{jobId}/publication, 20 ms latency',
      latencyMs: 20,
      seconds,
      lanes: [{ request: 'POST /jobs/{jobId}/publication', lanes: 4 }],
    })
  ).figure;

  out.mixed = (
    await runCase({
      title: 'mixed, OAuth (token lifetime 10 s): 5 standard endpoints + GET /candidates (1 concurrent) + POST publication (2/s), 60 ms latency',
      latencyMs: 60,
      seconds,
      oauthTtlSeconds: 10,
      lanes: [
        ...['GET /jobs', 'GET /users', 'GET /configuration/company', 'GET /configuration/departments', 'GET /jobs/{jobId}'].map((request) => ({ request, lanes: 3 })),
        { request: 'GET /candidates', lanes: 3 },
        { request: 'POST /jobs/{jobId}/publication', lanes: 2 },
      ],
    })
  ).figure;

  out.concurrencyBound = (
    await runCase({
      title: 'concurrency-bound: 4 endpoints, 300 ms latency (8 in flight ÷ 0.3 s < 4 × 10/s)',
      latencyMs: 300,
      seconds,
      lanes: ['GET /jobs', 'GET /users', 'GET /configuration/company', 'GET /configuration/departments'].map((request) => ({ request, lanes: 4 })),
    })
  ).figure;

  const pair = await runPair(seconds);
  out.pairRate = pair.rate;
  out.pair429Share = pair.share429;
  out.pairFailed = pair.failed;

  console.log(
    `\nsummary: single ${out.single.toFixed(3)}, slow class ${out.slowClass.toFixed(3)}, mixed ${out.mixed.toFixed(3)}, concurrency-bound ${out.concurrencyBound.toFixed(3)} of their bounds; ` +
      `two processes on one key: ${pair.failed} failed (target 0), 429s ${(pair.share429 * 100).toFixed(1)} % of requests (target ≤ 5 %), combined ${pair.rate.toFixed(3)} of the limit (target ≥ 0.9)`,
  );
  return out;
}

interface Lane {
  /** `METHOD /template` of a real operation. */
  readonly request: string;
  readonly lanes: number;
}

interface CaseSpec {
  readonly title: string;
  readonly latencyMs: number;
  readonly seconds: number;
  readonly lanes: readonly Lane[];
  readonly oauthTtlSeconds?: number;
}

async function runCase(spec: CaseSpec): Promise<{ figure: number }> {
  const sim = await createSimulator({ latencyMs: spec.latencyMs, jitter: 0, ...(spec.oauthTtlSeconds ? { tokenTtlSeconds: spec.oauthTtlSeconds } : {}) });
  try {
    const ids = await seededIds(sim);
    const auth: ClientAuth = spec.oauthTtlSeconds
      ? { type: 'oauth_client_credentials', clientId: sim.oauthClient.clientId, clientSecret: sim.oauthClient.clientSecret }
      : { type: 'api_key', apiKey: sim.apiKey };
    const servedAt: Record<string, number[]> = {};
    let failed = 0;
    const client = createClient({
      baseUrl: sim.url,
      auth,
      hooks: {
        onResponse: (e) => {
          if (e.status < 300 && e.operationKey !== 'POST /identity/oauth/token') (servedAt[e.operationKey] ??= []).push(performance.now());
        },
      },
    });
    const t0 = performance.now();
    const deadline = t0 + spec.seconds * 1000;
    const lane = async (req: SrRequest): Promise<void> => {
      while (performance.now() < deadline) {
        await client.request(req).catch(() => {
          failed++;
        });
      }
    };
    await Promise.all(spec.lanes.flatMap((l) => Array.from({ length: l.lanes }, () => lane(requestFor(l.request, ids)))));

    const keys = spec.lanes.map((l) => l.request);
    const bounds = keys.map((k) => boundFor(k, spec.latencyMs));
    const rateSum = bounds.reduce((s, b) => s + b.perSecond, 0);
    const concurrencyBound = (MAX_CONCURRENT_PER_CREDENTIAL * 1000) / spec.latencyMs;
    const caseBound = Math.min(rateSum, concurrencyBound);
    const caseBoundBy = caseBound < rateSum ? `concurrency (${MAX_CONCURRENT_PER_CREDENTIAL} ÷ ${spec.latencyMs / 1000} s = ${caseBound.toFixed(1)}/s)` : `rate (Σ ${rateSum}/s)`;

    console.log(`\n${spec.title}: ${spec.seconds} s`);
    console.log(`  ${'endpoint'.padEnd(34)} ${'served'.padStart(6)} ${'per s'.padStart(6)}  ${'bound'.padEnd(30)} figure   net`);
    let served = 0;
    let servedNet = 0;
    keys.forEach((key, i) => {
      const times = (servedAt[key] ?? []).filter((t) => t <= deadline);
      const net = times.filter((t) => t > t0 + 1000).length;
      served += times.length;
      servedNet += net;
      const b = bounds[i] as Bound;
      // An endpoint's share of a concurrency-bound case is not its own bound: print the rate bound then.
      const figure = caseBound < rateSum ? Number.NaN : times.length / (spec.seconds * b.perSecond);
      const netFigure = caseBound < rateSum ? Number.NaN : net / ((spec.seconds - 1) * b.perSecond);
      console.log(
        `  ${key.padEnd(34)} ${String(times.length).padStart(6)} ${(times.length / spec.seconds).toFixed(2).padStart(6)}  ${b.label.padEnd(30)} ${fmt(figure)}  ${fmt(netFigure)}`,
      );
    });
    const figure = served / (spec.seconds * caseBound);
    const net = servedNet / ((spec.seconds - 1) * caseBound);
    const stats = sim.runtime.stats;
    const peak = sim.runtime.limiter.peak;
    const tokenRequests = sim.runtime.log.recent(2000).filter((e) => e.operation === 'oauth.token').length;
    console.log(`  case: ${served} served, ${(served / spec.seconds).toFixed(1)}/s; bound ${caseBoundBy} → ${figure.toFixed(3)} (net of the first second ${net.toFixed(3)})`);
    console.log(
      `  429s ${stats.rateLimited}; failed ${failed}; peak in flight ${peak.overall} (cap ${MAX_CONCURRENT_PER_CREDENTIAL})` +
        (peak.byOperation['candidates.all'] !== undefined ? `; GET /candidates peak ${peak.byOperation['candidates.all']} (cap 1)` : '') +
        (spec.oauthTtlSeconds ? `; token requests ${tokenRequests} (lifetime ${spec.oauthTtlSeconds} s), 401s ${stats.unauthorized}` : ''),
    );
    return { figure };
  } finally {
    await sim.close();
  }
}

/** Two processes (this one and a tsx child) on one API key, each as fast as its limiter lets it. */
async function runPair(seconds: number): Promise<{ failed: number; share429: number; rate: number }> {
  const sim = await createSimulator({ latencyMs: 20, jitter: 0.5 });
  try {
    const config: SharerConfig = {
      baseUrl: sim.url,
      auth: { type: 'api_key', apiKey: sim.apiKey },
      requests: [{ method: 'GET', path: '/jobs' }],
      durationMs: seconds * 1000,
      outstanding: 12,
    };
    const other = await spawnSharer({ ...config, name: 'bench-B' });
    other.go();
    let servedByDeadline = 0;
    let refusedByDeadline = 0;
    const snapshot = setTimeout(() => {
      servedByDeadline = sim.runtime.stats.byStatus['200'] ?? 0;
      refusedByDeadline = sim.runtime.stats.rateLimited;
    }, seconds * 1000);
    const [mine, theirs] = await Promise.all([runSharer({ ...config, name: 'bench-A' }), other.result]);
    clearTimeout(snapshot);
    const served = sim.runtime.stats.byStatus['200'] ?? 0;
    const refused = sim.runtime.stats.rateLimited;
    const failed = mine.failed + theirs.failed;
    const share429 = refused / (served + refused);
    const rate = servedByDeadline / (seconds * RATE_LIMITS.standard.perSecond);
    console.log(`\ntwo processes on one API key: GET /jobs, 12 outstanding each, 20 ms latency, ${seconds} s`);
    console.log(`  this process ${mine.ok} ok / ${mine.failed} failed; child ${theirs.ok} ok / ${theirs.failed} failed${failed ? ` (${[...mine.failures, ...theirs.failures].join('; ')})` : ''}`);
    console.log(`  429s ${refused} of ${served + refused} requests = ${(share429 * 100).toFixed(1)} % (target ≤ 5 %); by the deadline ${refusedByDeadline}`);
    console.log(`  combined: ${servedByDeadline} served in ${seconds} s = ${(servedByDeadline / seconds).toFixed(2)}/s; bound rate 10/s → ${rate.toFixed(3)} (target ≥ 0.9)`);
    console.log(`  adaptations: this ${JSON.stringify(mine.adaptations)}, child ${JSON.stringify(theirs.adaptations)}`);
    return { failed, share429, rate };
  } finally {
    await sim.close();
  }
}

interface Bound {
  readonly perSecond: number;
  readonly label: string;
}

/** What bounds one endpoint alone: its documented rate, or its own concurrency cap ÷ latency when lower. */
function boundFor(key: string, latencyMs: number): Bound {
  const [method, path] = key.split(' ') as [string, string];
  const cls = findOperation(method, path)?.rateLimit ?? 'standard';
  const { perSecond, concurrency } = RATE_LIMITS[cls];
  const byConcurrency = (concurrency * 1000) / latencyMs;
  if (byConcurrency < perSecond) return { perSecond: byConcurrency, label: `concurrency (${concurrency} ÷ ${latencyMs / 1000} s)` };
  return { perSecond, label: `rate ${perSecond}/s${concurrency < MAX_CONCURRENT_PER_CREDENTIAL ? ` (cap ${concurrency} in flight)` : ''}` };
}

interface SeededIds {
  readonly jobId: string;
}

async function seededIds(sim: Simulator): Promise<SeededIds> {
  const res = await fetch(`${sim.url}/jobs?limit=1`, { headers: { 'x-smarttoken': sim.apiKey } });
  const body = (await res.json()) as { content: { id: string }[] };
  // Let the limiter's first window start clean: this look-up is not part of any case.
  await new Promise((r) => setTimeout(r, 1100));
  return { jobId: body.content[0]?.id ?? 'missing' };
}

function requestFor(key: string, ids: SeededIds): SrRequest {
  const [method, path] = key.split(' ') as [SrRequest['operation']['method'], string];
  return {
    operation: { method, path },
    pathParams: path.includes('{jobId}') ? { jobId: ids.jobId } : {},
    ...(method === 'POST' ? { body: {} } : {}),
  };
}

function fmt(n: number): string {
  return Number.isNaN(n) ? '    -' : n.toFixed(3);
}

/** `--seconds=N` or `--seconds N`; default 30. */
export function secondsFromArgv(argv: readonly string[]): number {
  const i = argv.findIndex((a) => a === '--seconds' || a.startsWith('--seconds='));
  if (i < 0) return 30;
  const raw = argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 2 || n > 3600) throw new Error(`bench client: --seconds must be a number of seconds from 2 to 3600, got ${JSON.stringify(raw ?? '')}`);
  return n;
}
