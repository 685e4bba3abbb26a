import { afterEach, describe, expect, it } from 'vitest';
import { ActionWalkError, executeAction } from '../../src/actions/index.js';
import { createClient, SrServerError, type RetryEvent, type SmartRecruitersClient } from '../../src/client/index.js';
import { createSimulator } from '../../src/simulator/index.js';
import { startTestServer, type TestServer } from '../support/sr-test-server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const ids = (n: number): { id: number }[] => Array.from({ length: n }, (_, i) => ({ id: i }));

async function setup(): Promise<{ s: TestServer; client: SmartRecruitersClient }> {
  const s = await startTestServer({ limits: { enforce: false } });
  servers.push(s);
  const client = createClient({ baseUrl: s.baseUrl, auth: { type: 'api_key', apiKey: 'key_walks_1' }, retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 2 } });
  return { s, client };
}

/** Answers a page from the position the style carries; `broken(position)` makes that page a persistent 500. */
function serve(s: TestServer, style: 'cursor' | 'offset' | 'page', path: string, all: { id: number }[], broken: (start: number) => boolean): void {
  s.route('GET', path, (r) => {
    const size = Number(r.query.get(style === 'cursor' ? 'limit' : style === 'offset' ? 'limit' : 'pageSize'));
    const start =
      style === 'cursor' ? Number(r.query.get('pageId') ?? 0) : style === 'offset' ? Number(r.query.get('offset')) : Number(r.query.get('page')) * size;
    if (broken(start)) return { status: 500, body: { message: 'upstream broke' } };
    const content = all.slice(start, start + size);
    if (style === 'cursor') return { body: { content, limit: size, ...(start + size < all.length ? { nextPageId: String(start + size) } : {}) } };
    if (style === 'offset') return { body: { content, limit: size, offset: start, totalFound: all.length } };
    return { body: { content, totalPages: Math.ceil(all.length / size) } };
  });
}

describe('executeAction --all: a walk that fails can be resumed', () => {
  it.each([
    ['cursor', 'search_candidates', '/candidates', { limit: 3 }, '6'],
    ['offset', 'search_offers', '/offers', { limit: 3 }, '6'],
    ['page', 'list_interview_templates', '/interview-templates/templates', { pageSize: 3 }, '2'],
  ] as const)('%s style (%s): partial items + resume position, then the rest from it', async (style, name, path, input, position) => {
    const { s, client } = await setup();
    const all = ids(11);
    let down = true;
    serve(s, style, path, all, (start) => down && start === 6);
    const err = (await executeAction(client, name, input, { all: true }).catch((e: unknown) => e)) as ActionWalkError;
    expect(err).toBeInstanceOf(ActionWalkError);
    expect(err.cause).toBeInstanceOf(SrServerError);
    expect(err.items).toEqual(all.slice(0, 6));
    expect(err.pages).toBe(2);
    expect(err.resumeFrom).toBe(position);
    expect(err.message).toContain(`resume from "${position}"`);
    // The failing page was tried 1 + 2 retries times: the 500 is retried for a GET.
    expect(s.requests.length).toBe(2 + 3);

    down = false;
    const rest = await executeAction<{ id: number }[]>(client, name, input, { all: true, from: err.resumeFrom });
    expect([...err.items, ...rest.data]).toEqual(all);
    expect(rest.end).toBeDefined();
  });

  it('a walk whose first page fails has nothing to resume from: resumeFrom is undefined', async () => {
    const { s, client } = await setup();
    serve(s, 'cursor', '/candidates', ids(4), () => true);
    const err = (await executeAction(client, 'search_candidates', {}, { all: true }).catch((e: unknown) => e)) as ActionWalkError;
    expect(err).toBeInstanceOf(ActionWalkError);
    expect(err.items).toEqual([]);
    expect(err.resumeFrom).toBeUndefined();
  });

  it('a resumed walk that fails again reports the position it was resumed from', async () => {
    const { s, client } = await setup();
    serve(s, 'cursor', '/candidates', ids(12), (start) => start === 6);
    const err = (await executeAction(client, 'search_candidates', { limit: 3 }, { all: true, from: '6' }).catch((e: unknown) => e)) as ActionWalkError;
    expect(err.resumeFrom).toBe('6');
    expect(err.items).toEqual([]);
  });

  it("keeps the user's limit as the page size", async () => {
    const { s, client } = await setup();
    serve(s, 'cursor', '/candidates', ids(10), () => false);
    const res = await executeAction<unknown[]>(client, 'search_candidates', { limit: 4 }, { all: true });
    expect(res.data).toHaveLength(10);
    expect(res.pages).toBe(3);
    expect(s.requests.map((r) => r.query.get('limit'))).toEqual(['4', '4', '4']);
  });

  it('an explicit pageSize wins over the limit input', async () => {
    const { s, client } = await setup();
    serve(s, 'cursor', '/candidates', ids(10), () => false);
    await executeAction(client, 'search_candidates', { limit: 4 }, { all: true, pageSize: 5 });
    expect(s.requests.map((r) => r.query.get('limit'))).toEqual(['5', '5']);
  });
});

describe('a long walk through the simulator under injected faults', () => {
  it('every candidate arrives once: 500s, 502-504s and resets on GET pages are retried, each with its reason', async () => {
    const sim = await createSimulator({ seed: 21, candidates: 600, jobs: 2, users: 2, faultRate: 0.3, slowMs: 5 });
    try {
      const decisions: RetryEvent[] = [];
      const client = createClient({
        baseUrl: sim.url,
        auth: { type: 'api_key', apiKey: sim.apiKey },
        retry: { maxRetries: 8, baseDelayMs: 1, maxDelayMs: 5 },
        hooks: { onRetry: (d) => decisions.push(d) },
      });
      const res = await executeAction<{ id: string }[]>(client, 'search_candidates', { limit: 20 }, { all: true });
      expect(res.data).toHaveLength(600);
      expect(new Set(res.data.map((c) => c.id)).size).toBe(600);
      expect(res.end).toBe('no_next_page');
      const { requests: stats } = (await (await fetch(`${sim.url}/__sim/stats`)).json()) as { requests: { faults: number; byStatus: Record<string, number> } };
      // The walk met real faults, 500s among them, and rode them out.
      expect(stats.byStatus['500']).toBeGreaterThan(0);
      expect(decisions.filter((d) => d.retry && d.reason === 'server_error').length).toBe(stats.byStatus['500']);
      expect(decisions.every((d) => d.retry)).toBe(true);
    } finally {
      await sim.close();
    }
  });
});
