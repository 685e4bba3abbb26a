// Measures the simulator at scale: `npx tsx scripts/sim-memory.ts [candidates]` (default 1,000,000).
// Prints startup time, heap and RSS, and the slowest request of a walk that mixes what clients do:
// cursor pages, filtered pages (q, updatedAfter, status) after writes, first application and
// interview lookups, single candidates. Figures only: wall time is never asserted in tests.
import { operations } from '../src/spec/index.js';
import { createSimulator } from '../src/simulator/index.js';
import { SampleSession } from '../test/support/simulator/sample-request.js';

const count = Number(process.argv[2] ?? 1_000_000);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

gc?.();
const before = process.memoryUsage();
const started = performance.now();
const sim = await createSimulator({ port: 0, candidates: count, jobs: 2000, users: 500, rateLimits: { enabled: false } });
const startupMs = performance.now() - started;
gc?.();
const afterGen = process.memoryUsage();

// Wall time suffers from other load on the machine; process CPU time (client and server share
// this process and its one thread) is printed beside it as the steadier figure.
const timings: { what: string; ms: number; cpuMs: number; status: number }[] = [];
async function timed(what: string, path: string, init: RequestInit = {}): Promise<unknown> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const res = await fetch(`${sim.url}${path}`, { ...init, headers: { 'X-SmartToken': sim.apiKey, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });
  const text = await res.text();
  const used = process.cpuUsage(cpu);
  timings.push({ what, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, status: res.status });
  return text ? JSON.parse(text) : undefined;
}

type Page = { totalFound: number; content: { id: string }[]; nextPageId?: string };
// A cursor walk of 20 pages.
let page = (await timed('GET /candidates (first page)', '/candidates?limit=100')) as Page;
for (let i = 0; i < 19 && page.nextPageId; i++) page = (await timed('GET /candidates (next page)', `/candidates?limit=100&pageId=${page.nextPageId}`)) as Page;
// First job-application and interview lookups (no index to build), then single candidates.
const apps: string[] = [];
for (let i = count - 1; i >= 0 && apps.length < 5; i -= Math.max(1, Math.floor(count / 7))) {
  const c = sim.state.candidates.get(i);
  for (const a of c.applications) if (a.status === 'INTERVIEW') apps.push(sim.state.applicationId(c.id, a.jobId));
}
for (const id of apps) {
  await timed('GET job-application by id', `/job-applications-api/v202112/job-applications/${id}`);
  const list = (await timed('GET interviews of an application', `/interviews-api/v201904/interviews?applicationId=${id}`)) as { content: { id: string }[] };
  if (list.content[0]) await timed('GET interview by id', `/interviews-api/v201904/interviews/${list.content[0].id}`);
}
for (const c of page.content.slice(0, 5)) await timed('GET /candidates/{id}', `/candidates/${c.id}`);
// Filtered pages, each after a write (a write used to drop every cached count).
const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
const filters = ['q=anna', 'q=smith', `updatedAfter=${encodeURIComponent(since)}`, 'status=HIRED', 'q=example'];
for (let round = 0; round < 3; round++) {
  for (const f of filters) {
    await timed('PUT /candidates/{id} (write)', `/candidates/${page.content[round]!.id}`, { method: 'PATCH', body: JSON.stringify({ phoneNumber: `+1 555 000 ${round}` }) });
    const p = (await timed(`GET /candidates?${f.split('=')[0]}= after a write`, `/candidates?limit=100&${f}`)) as Page;
    if (round === 0 && f === filters[0]) timings.push({ what: `  (q=anna found ${p.totalFound})`, ms: 0, cpuMs: 0, status: 0 });
  }
}
const mutate = await fetch(`${sim.url}/__sim/mutate`, { method: 'POST', body: JSON.stringify({ resource: 'candidates', update: 0.01, delete: 0.001 }) });
const changed = (await mutate.json()) as { updated: string[]; deleted: string[] };
for (const f of filters) await timed(`GET /candidates?${f.split('=')[0]}= after /__sim/mutate`, `/candidates?limit=100&${f}`);
// One read of each area right after the walk: the first call of an area pays for any lazy seeding.
// Each timing is one SampleSession call (it may first list the parent collection to find an id).
const areaTimings = new Map<string, { key: string; ms: number; cpuMs: number; status: number }>();
const session = await SampleSession.open(sim);
for (const op of operations.filter((o) => o.host === 'api' && o.method === 'GET')) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const r = await session.call(op);
  const used = process.cpuUsage(cpu);
  const entry = { key: `${op.key}${r.text.length > 100_000 ? ` (${mb(r.text.length)})` : ''}`, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, status: r.status };
  const area = op.registry;
  if ((areaTimings.get(area)?.ms ?? -1) < entry.ms) areaTimings.set(area, entry);
}
await session.close();
gc?.();
const afterUse = process.memoryUsage();

// updatedOn spread: the share of candidates on the most common updatedOn (ms) in a sample.
const seen = new Map<string, number>();
const step = Math.max(1, Math.floor(count / 50_000));
let sampled = 0;
for (let i = 0; i < count; i += step) {
  if (!sim.state.candidates.isLive(i)) continue;
  const u = sim.state.candidates.get(i).updatedOn;
  seen.set(String(u), (seen.get(String(u)) ?? 0) + 1);
  sampled++;
}
const topShare = Math.max(...seen.values()) / sampled;

const real = timings.filter((t) => t.status > 0);
const slowest = [...real].sort((a, b) => b.ms - a.ms).slice(0, 5).map((t) => `${t.what}: ${t.ms.toFixed(1)} ms wall, ${t.cpuMs.toFixed(1)} ms cpu (${t.status})`);
const byKind = new Map<string, [number, number]>();
for (const t of real) {
  const [w, c] = byKind.get(t.what) ?? [0, 0];
  byKind.set(t.what, [Math.max(w, t.ms), Math.max(c, t.cpuMs)]);
}
console.log(JSON.stringify({
  candidates: count,
  startupMs: Math.round(startupMs),
  baseline: { heapUsed: mb(before.heapUsed), rss: mb(before.rss) },
  afterGenerate: { heapUsed: mb(afterGen.heapUsed), arrayBuffers: mb(afterGen.arrayBuffers), rss: mb(afterGen.rss) },
  afterWalk: { heapUsed: mb(afterUse.heapUsed), arrayBuffers: mb(afterUse.arrayBuffers), rss: mb(afterUse.rss), overlayRecords: sim.state.candidates.overlaySize() },
  loadAverage: (await import('node:os')).loadavg().map((l) => Number(l.toFixed(1))),
  walk: {
    requests: real.length,
    non2xx: real.filter((t) => t.status >= 300).length,
    slowestWallMs: Number(Math.max(...real.map((t) => t.ms)).toFixed(1)),
    slowestCpuMs: Number(Math.max(...real.map((t) => t.cpuMs)).toFixed(1)),
    slowest,
    maxByKind: Object.fromEntries([...byKind].map(([k, [w, c]]) => [k, `${w.toFixed(1)} ms wall / ${c.toFixed(1)} ms cpu`])),
  },
  slowestFirstReadByArea: Object.fromEntries([...areaTimings].sort((a, b) => b[1].ms - a[1].ms).map(([area, t]) => [area, `${t.key}: ${t.ms.toFixed(1)} ms wall / ${t.cpuMs.toFixed(1)} ms cpu (${t.status})`])),
  mutated: { updated: changed.updated.length, deleted: changed.deleted.length },
  mostCommonUpdatedOnShare: `${(topShare * 100).toFixed(3)} %`,
}, null, 2));
await sim.close();
