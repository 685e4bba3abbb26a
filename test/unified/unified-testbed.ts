import type { Simulator } from '../../src/simulator/index.js';
import { startSim, startTestbed, type Reply, type ServerTestbed } from '../server/server-testbed.js';
import { STORE_DIALECTS } from '../store/store-dialects.js';

/** A server on SQLite with one simulator linked as an account: the unified API reads live, the store only holds the account. */
export interface UnifiedBed {
  readonly sim: Simulator;
  readonly bed: ServerTestbed;
  readonly account: string;
  /** GET /unified/<path> with the account and `query`. */
  get(path: string, query?: Record<string, string | number>): Promise<Reply>;
  /** SmartRecruiters itself (the simulator), with its API key. */
  upstream(method: string, path: string, json?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startUnifiedBed(simOptions: Parameters<typeof startSim>[0] = {}, bedOptions: Parameters<typeof startTestbed>[1] = {}): Promise<UnifiedBed> {
  const sim = await startSim(simOptions);
  const bed = await startTestbed(STORE_DIALECTS[0]!, bedOptions);
  const account = await bed.link(sim);
  return {
    sim,
    bed,
    account,
    get: (path, query = {}) => {
      const qs = new URLSearchParams({ account_id: account, ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) });
      return bed.call('GET', `/unified/${path}?${qs}`);
    },
    async upstream(method, path, json, headers = {}) {
      const res = await fetch(`${sim.url}${path}`, {
        method,
        headers: { 'x-smarttoken': sim.apiKey, ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async close() {
      await bed.close();
      await sim.close();
    },
  };
}

/**
 * Every record of a unified list, page by page by cursor; `between` runs after each page (to
 * change the simulator mid-walk). Fails on a page that is not 200.
 */
export async function walk(u: UnifiedBed, path: string, query: Record<string, string | number> = {}, between?: (page: number) => Promise<void>): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const res = await u.get(path, { ...query, ...(cursor ? { cursor } : {}) });
    if (res.status !== 200) throw new Error(`${path} page ${pages}: ${res.status} ${res.text}`);
    pages++;
    ids.push(...(res.body.result as { id: string }[]).map((r) => r.id));
    cursor = res.body.next_cursor ?? undefined;
    if (pages > 500) throw new Error('walk did not end');
    if (cursor && between) await between(pages);
  } while (cursor);
  return { ids, pages };
}
