// Measures the simulator's memory with a large seeded company: `npx tsx scripts/sim-memory.ts [candidates]`.
// Prints heap and RSS after generation and after reading a sample, so the 1M-in-2GB budget can be checked.
import { createSimulator } from '../src/simulator/index.js';

const count = Number(process.argv[2] ?? 1_000_000);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

gc?.();
const before = process.memoryUsage();
const started = performance.now();
const sim = await createSimulator({ port: 0, candidates: count, jobs: 2000, users: 500, rateLimits: { enabled: false } });
const generatedMs = performance.now() - started;
gc?.();
const afterGen = process.memoryUsage();

const res = await fetch(`${sim.url}/candidates?limit=100&status=HIRED`, { headers: { 'X-SmartToken': sim.apiKey } });
const page = (await res.json()) as { totalFound: number; content: unknown[] };
const mutate = await fetch(`${sim.url}/__sim/mutate`, { method: 'POST', body: JSON.stringify({ resource: 'candidates', update: 0.01, delete: 0.001 }) });
const changed = (await mutate.json()) as { updated: string[]; deleted: string[] };
gc?.();
const afterUse = process.memoryUsage();

console.log(JSON.stringify({
  candidates: count,
  generatedMs: Math.round(generatedMs),
  baseline: { heapUsed: mb(before.heapUsed), rss: mb(before.rss) },
  afterGenerate: { heapUsed: mb(afterGen.heapUsed), arrayBuffers: mb(afterGen.arrayBuffers), rss: mb(afterGen.rss) },
  afterListAndMutate: { heapUsed: mb(afterUse.heapUsed), arrayBuffers: mb(afterUse.arrayBuffers), rss: mb(afterUse.rss), overlayRecords: sim.state.candidates.overlaySize() },
  hiredFound: page.totalFound,
  mutated: { updated: changed.updated.length, deleted: changed.deleted.length },
}, null, 2));
await sim.close();
