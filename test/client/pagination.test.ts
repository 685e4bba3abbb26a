import { afterEach, describe, expect, it } from 'vitest';
import { operationByKey, operations, type OperationSpec } from '../../src/spec/index.js';
import { createClient, SrInvalidRequestError, SrInvalidResponseError, SrServerError, type SmartRecruitersClient, type SrPage } from '../../src/client/index.js';
import { startTestServer, type TestServer } from '../support/sr-test-server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const ids = (n: number): { id: number }[] => Array.from({ length: n }, (_, i) => ({ id: i }));

async function setup(): Promise<{ s: TestServer; client: SmartRecruitersClient }> {
  const s = await startTestServer({ limits: { enforce: false } });
  servers.push(s);
  const client = createClient({ baseUrl: s.baseUrl, auth: { type: 'api_key', apiKey: 'key_pages_1' } });
  return { s, client };
}

async function pages<T>(it: AsyncIterable<SrPage<T>>): Promise<SrPage<T>[]> {
  const out: SrPage<T>[] = [];
  for await (const p of it) out.push(p);
  return out;
}

describe('pagination', () => {
  it('cursor style via nextPageId (GET /candidates: limit + pageId)', async () => {
    const { s, client } = await setup();
    const all = ids(7);
    s.route('GET', '/candidates', (r) => {
      const limit = Number(r.query.get('limit'));
      const start = Number(r.query.get('pageId') ?? 0);
      const content = all.slice(start, start + limit);
      const next = start + limit < all.length ? String(start + limit) : undefined;
      return { body: { content, limit, totalFound: all.length, ...(next ? { nextPageId: next } : {}) } };
    });
    const got = await pages(client.paginate<{ id: number }>({ operation: { method: 'GET', path: '/candidates' }, query: { q: 'x' } }, { pageSize: 3 }));
    expect(got.map((p) => p.items.map((i) => i.id))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(got[0]?.nextCursor).toBe('3');
    expect(got[0]?.totalFound).toBe(7);
    expect(s.requests.map((r) => r.query.toString())).toEqual(['q=x&limit=3', 'q=x&pageId=3&limit=3', 'q=x&pageId=6&limit=3']);
  });

  it('cursor style via Link: <url>; rel="next" (header only, no nextPageId)', async () => {
    const { s, client } = await setup();
    const all = ids(5);
    s.route('GET', '/user-api/v201804/users', (r) => {
      const limit = Number(r.query.get('limit'));
      const start = Number(r.query.get('pageId') ?? 0);
      const end = start + limit;
      const headers: Record<string, string> =
        end < all.length ? { link: `<${s.baseUrl}/user-api/v201804/users?limit=${limit}&pageId=${end}&sig=a%2Cb>; rel="next", <${s.baseUrl}/x>; rel="self"` } : {};
      return { body: { content: all.slice(start, end) }, headers };
    });
    const items = [];
    for await (const item of client.paginateItems<{ id: number }>({ operation: { method: 'GET', path: '/user-api/v201804/users' } }, { pageSize: 2 })) {
      items.push(item.id);
    }
    expect(items).toEqual([0, 1, 2, 3, 4]);
    expect(s.requests.map((r) => r.query.get('pageId'))).toEqual([null, '2', '4']);
    expect(s.requests[1]?.query.get('sig')).toBe('a,b');
  });

  it('refuses a Link rel="next" to another origin', async () => {
    const { s, client } = await setup();
    s.route('GET', '/messages', () => ({ body: { content: [{ id: 1 }] }, headers: { link: '<https://evil.example/messages?pageId=2>; rel="next"' } }));
    await expect(pages(client.paginate({ operation: { method: 'GET', path: '/messages' } }))).rejects.toBeInstanceOf(SrInvalidResponseError);
    expect(s.stats.total).toBe(1);
  });

  it('offset style stops at totalFound (GET /offers)', async () => {
    const { s, client } = await setup();
    const all = ids(10);
    s.route('GET', '/offers', (r) => {
      const limit = Number(r.query.get('limit'));
      const offset = Number(r.query.get('offset'));
      return { body: { content: all.slice(offset, offset + limit), limit, offset, totalFound: all.length } };
    });
    const got = await pages(client.paginate<{ id: number }>({ operation: { method: 'GET', path: '/offers' } }, { pageSize: 5 }));
    expect(got).toHaveLength(2);
    expect(got.flatMap((p) => p.items.map((i) => i.id))).toEqual(all.map((i) => i.id));
    expect(s.requests.map((r) => r.query.get('offset'))).toEqual(['0', '5']);
  });

  it('offset style without totalFound stops on a short page', async () => {
    const { s, client } = await setup();
    const all = ids(7);
    s.route('GET', '/offers', (r) => {
      const offset = Number(r.query.get('offset'));
      return { body: all.slice(offset, offset + Number(r.query.get('limit'))) };
    });
    const items = await client.collect<{ id: number }>({ operation: { method: 'GET', path: '/offers' } }, { pageSize: 3 });
    expect(items.map((i) => i.id)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(s.stats.total).toBe(3);
  });

  it('page style, 0-based, stops at totalPages (GET /event-management-api/events)', async () => {
    const { s, client } = await setup();
    const all = ids(6);
    s.route('GET', '/event-management-api/events', (r) => {
      const page = Number(r.query.get('page'));
      const size = Number(r.query.get('pageSize'));
      return { body: { content: all.slice(page * size, page * size + size), totalPages: Math.ceil(all.length / size), totalElements: all.length } };
    });
    const got = await pages(client.paginate<{ id: number }>({ operation: { method: 'GET', path: '/event-management-api/events' } }, { pageSize: 3 }));
    expect(got.map((p) => p.items.length)).toEqual([3, 3]);
    expect(got[0]?.totalFound).toBe(6);
    expect(s.requests.map((r) => r.query.get('page'))).toEqual(['0', '1']);
  });

  it('page style stops on an empty page', async () => {
    const { s, client } = await setup();
    const all = ids(4);
    s.route('GET', '/interview-templates/interview/templates', (r) => {
      const page = Number(r.query.get('page'));
      const size = Number(r.query.get('limit'));
      return { body: { content: all.slice(page * size, page * size + size) } };
    });
    const items = await client.collect({ operation: operationByKey(findKey('/interview-templates/interview/templates')) as OperationSpec }, { pageSize: 2 });
    expect(items).toHaveLength(4);
    expect(s.requests.map((r) => r.query.get('page'))).toEqual(['0', '1', '2']);
  });

  it('collect stops fetching once maxItems is reached', async () => {
    const { s, client } = await setup();
    s.route('GET', '/jobs', (r) => {
      const start = Number(r.query.get('pageId') ?? 0);
      return { body: { content: ids(100).slice(start, start + 10), nextPageId: String(start + 10) } };
    });
    const items = await client.collect({ operation: { method: 'GET', path: '/jobs' } }, { maxItems: 15, pageSize: 10 });
    expect(items).toHaveLength(15);
    expect(s.stats.total).toBe(2);
  });

  it('collect throws the failing page\'s error, not a partial list', async () => {
    const s = await startTestServer({ limits: { enforce: false } });
    servers.push(s);
    const client = createClient({ baseUrl: s.baseUrl, auth: { type: 'api_key', apiKey: 'key_pages_2' }, retry: { enabled: false } });
    s.route('GET', '/jobs', (r) => (r.query.get('pageId') ? { status: 500, body: { message: 'down' } } : { body: { content: ids(10), nextPageId: '10' } }));
    await expect(client.collect({ operation: { method: 'GET', path: '/jobs' } }, { pageSize: 10 })).rejects.toBeInstanceOf(SrServerError);
    expect(s.stats.total).toBe(2);
  });

  it('stops when the server repeats a cursor', async () => {
    const { s, client } = await setup();
    s.route('GET', '/jobs', () => ({ body: { content: [{ id: 1 }], nextPageId: 'same' } }));
    const got = await pages(client.paginate({ operation: { method: 'GET', path: '/jobs' } }));
    expect(got).toHaveLength(2);
    expect(s.stats.total).toBe(2);
  });

  it('cursor style stops on an empty page even when it carries a new nextPageId', async () => {
    const { s, client } = await setup();
    let n = 0;
    // A server that never stops handing out cursors: without the guard this walk never ends.
    s.route('GET', '/jobs', () => ({ body: { content: n++ === 0 ? [{ id: 1 }] : [], ...(n < 20 ? { nextPageId: `c${n}` } : {}) } }));
    const got = await pages(client.paginate({ operation: { method: 'GET', path: '/jobs' } }));
    expect(got.map((p) => p.items.length)).toEqual([1, 0]);
    expect(got[1]?.end).toBe('empty_page');
    expect(got[1]?.nextCursor).toBeUndefined();
    expect(s.stats.total).toBe(2);
  });

  it('says why a walk ended: repeated cursor, no next page', async () => {
    const { s, client } = await setup();
    s.route('GET', '/jobs', () => ({ body: { content: [{ id: 1 }], nextPageId: 'same' } }));
    const looped = await pages(client.paginate({ operation: { method: 'GET', path: '/jobs' } }));
    expect(looped.map((p) => p.end)).toEqual([undefined, 'repeated_cursor']);
    s.route('GET', '/messages', () => ({ body: { content: [{ id: 1 }] } }));
    const single = await pages(client.paginate({ operation: { method: 'GET', path: '/messages' } }));
    expect(single.map((p) => p.end)).toEqual(['no_next_page']);
  });

  it('every page tells its position; a walk started from a position continues there (cursor)', async () => {
    const { s, client } = await setup();
    const all = ids(7);
    s.route('GET', '/candidates', (r) => {
      const start = Number(r.query.get('pageId') ?? 0);
      const next = start + 3 < all.length ? String(start + 3) : undefined;
      return { body: { content: all.slice(start, start + 3), ...(next ? { nextPageId: next } : {}) } };
    });
    const op = { operation: { method: 'GET' as const, path: '/candidates' } };
    const got = await pages(client.paginate<{ id: number }>(op, { pageSize: 3 }));
    expect(got.map((p) => [p.position, p.nextCursor])).toEqual([
      [undefined, '3'],
      ['3', '6'],
      ['6', undefined],
    ]);
    const resumed = await pages(client.paginate<{ id: number }>(op, { pageSize: 3, from: '3' }));
    expect(resumed.flatMap((p) => p.items.map((i) => i.id))).toEqual([3, 4, 5, 6]);
    expect(s.requests.slice(3).map((r) => r.query.get('pageId'))).toEqual(['3', '6']);
  });

  it('a walk cut by a persistent 500 resumes from the last page position with nothing lost or repeated', async () => {
    const s = await startTestServer({ limits: { enforce: false } });
    servers.push(s);
    const client = createClient({ baseUrl: s.baseUrl, auth: { type: 'api_key', apiKey: 'key_pages_1' }, retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 2 } });
    const all = ids(10);
    let broken = true;
    s.route('GET', '/candidates', (r) => {
      const start = Number(r.query.get('pageId') ?? 0);
      if (start === 4 && broken) return { status: 500, body: { message: 'boom' } };
      const next = start + 2 < all.length ? String(start + 2) : undefined;
      return { body: { content: all.slice(start, start + 2), ...(next ? { nextPageId: next } : {}) } };
    });
    const op = { operation: { method: 'GET' as const, path: '/candidates' } };
    const seen: number[] = [];
    let resumeAt: string | undefined;
    const err = await (async () => {
      for await (const p of client.paginate<{ id: number }>(op, { pageSize: 2 })) {
        seen.push(...p.items.map((i) => i.id));
        resumeAt = p.nextCursor;
      }
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SrServerError);
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(resumeAt).toBe('4');
    broken = false;
    for await (const p of client.paginate<{ id: number }>(op, { pageSize: 2, from: resumeAt })) seen.push(...p.items.map((i) => i.id));
    expect(seen).toEqual(all.map((i) => i.id));
  });

  it('offset and page styles start from a position too', async () => {
    const { s, client } = await setup();
    const all = ids(10);
    s.route('GET', '/offers', (r) => {
      const offset = Number(r.query.get('offset'));
      return { body: { content: all.slice(offset, offset + 4), limit: 4, offset, totalFound: all.length } };
    });
    const off = await pages(client.paginate<{ id: number }>({ operation: { method: 'GET', path: '/offers' } }, { pageSize: 4, from: '6' }));
    expect(off.map((p) => [p.position, p.nextCursor, p.end])).toEqual([
      ['6', undefined, 'total_found_reached'],
    ]);
    expect(off[0]?.items.map((i) => i.id)).toEqual([6, 7, 8, 9]);
    s.route('GET', '/event-management-api/events', (r) => {
      const page = Number(r.query.get('page'));
      return { body: { content: all.slice(page * 3, page * 3 + 3), totalPages: 4 } };
    });
    const numbered = await pages(client.paginate<{ id: number }>({ operation: { method: 'GET', path: '/event-management-api/events' } }, { pageSize: 3, from: '2' }));
    expect(numbered.map((p) => [p.position, p.nextCursor])).toEqual([
      ['2', '3'],
      ['3', undefined],
    ]);
    expect(numbered.flatMap((p) => p.items.map((i) => i.id))).toEqual([6, 7, 8, 9]);
  });

  it('a Link-header walk resumes from the next link it gave', async () => {
    const { s, client } = await setup();
    const all = ids(5);
    s.route('GET', '/user-api/v201804/users', (r) => {
      const start = Number(r.query.get('pageId') ?? 0);
      const end = start + 2;
      const headers: Record<string, string> = end < all.length ? { link: `<${s.baseUrl}/user-api/v201804/users?limit=2&pageId=${end}>; rel="next"` } : {};
      return { body: { content: all.slice(start, end) }, headers };
    });
    const op = { operation: { method: 'GET' as const, path: '/user-api/v201804/users' } };
    const first = await pages(client.paginate<{ id: number }>(op, { pageSize: 2 }));
    expect(first[0]?.nextCursor).toBe('2');
    const resumed = await pages(client.paginate<{ id: number }>(op, { pageSize: 2, from: '2' }));
    expect(resumed.flatMap((p) => p.items.map((i) => i.id))).toEqual([2, 3, 4]);
  });

  it('a Link without a cursor parameter resumes from its path; a position on another host is refused', async () => {
    const { s, client } = await setup();
    s.route('GET', '/user-api/v201804/users', (r) => {
      const at = r.query.get('after');
      if (at === null) return { body: { content: [{ id: 0 }] }, headers: { link: `</user-api/v201804/users?after=t1&sig=x%2Cy>; rel="next"` } };
      return { body: { content: [{ id: 1 }] } };
    });
    const op = { operation: { method: 'GET' as const, path: '/user-api/v201804/users' } };
    const first = await pages(client.paginate<{ id: number }>(op));
    expect(first[0]?.nextCursor).toBe('/user-api/v201804/users?after=t1&sig=x%2Cy');
    const resumed = await pages(client.paginate<{ id: number }>(op, { from: first[0]?.nextCursor }));
    expect(resumed.flatMap((p) => p.items.map((i) => i.id))).toEqual([1]);
    expect(s.requests.at(-1)?.query.get('sig')).toBe('x,y');
    const before = s.stats.total;
    const err = (await pages(client.paginate(op, { from: '//evil.example/steal' })).catch((e: unknown) => e)) as SrInvalidRequestError;
    expect(err).toBeInstanceOf(SrInvalidRequestError);
    expect(err.code).toBe('invalid_position');
    expect(s.stats.total).toBe(before);
  });

  it.each([
    ['/offers', ''],
    ['/offers', 'abc'],
    ['/offers', '-1'],
    ['/offers', '1.5'],
    ['/event-management-api/events', '1e3'],
    ['/jobs', ''],
  ])('refuses a bad start position on %s: %j, before any request', async (path, from) => {
    const { s, client } = await setup();
    const err = (await pages(client.paginate({ operation: { method: 'GET', path } }, { from })).catch((e: unknown) => e)) as SrInvalidRequestError;
    expect(err).toBeInstanceOf(SrInvalidRequestError);
    expect(err.code).toBe('invalid_position');
    expect(s.stats.total).toBe(0);
  });

  it('rejects a non-paginated operation, a bad page size, and a body without content', async () => {
    const { s, client } = await setup();
    s.route('GET', '/messages', () => ({ body: { items: [] } }));
    await expect(pages(client.paginate({ operation: { method: 'GET', path: '/candidates/{id}' }, pathParams: { id: '1' } }))).rejects.toBeInstanceOf(SrInvalidRequestError);
    await expect(pages(client.paginate({ operation: { method: 'GET', path: '/jobs' } }, { pageSize: 500 }))).rejects.toBeInstanceOf(SrInvalidRequestError);
    await expect(pages(client.paginate({ operation: { method: 'GET', path: '/messages' } }))).rejects.toBeInstanceOf(SrInvalidResponseError);
  });
});

function findKey(path: string): string {
  const found = operations.find((o) => o.path === path && o.method === 'GET');
  if (!found) throw new Error(`no operation ${path}`);
  return found.key;
}
