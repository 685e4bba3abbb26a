import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, SrInvalidRequestError, SrNotFoundError, type SmartRecruitersClient } from '../../src/client/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';

let sim: Simulator;
let client: SmartRecruitersClient;

interface Logged {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
}

async function lastRequest(): Promise<Logged | undefined> {
  const res = await fetch(`${sim.url}/__sim/requests?limit=1`);
  return ((await res.json()) as Logged[])[0];
}

async function requestCount(): Promise<number> {
  const res = await fetch(`${sim.url}/__sim/stats`);
  return ((await res.json()) as { requests: { total: number } }).requests.total;
}

beforeAll(async () => {
  sim = await createSimulator({ seed: 5, candidates: 12, jobs: 2, users: 2 });
  client = createClient({ baseUrl: sim.url, auth: { type: 'api_key', apiKey: sim.apiKey } });
});

afterAll(async () => {
  await sim?.close();
});

describe('calls by operation key, against the simulator', () => {
  it('a typed list, then a typed get of what it listed', async () => {
    const list = await client.request<{ content: { id: string }[] }>({ operation: 'candidates.all', query: { limit: 3 } });
    expect(list.status).toBe(200);
    expect(list.data.content).toHaveLength(3);
    const id = list.data.content[0]!.id;
    const one = await client.request({ operation: 'candidates.get', pathParams: { id } });
    expect((one.data as { id: string }).id).toBe(id);
    expect(await lastRequest()).toMatchObject({ method: 'GET', path: `/candidates/${id}` });
  });

  it('sends a typed query as the wire expects: repeated keys for arrays, numbers as text', async () => {
    await client.request({ operation: 'candidates.all', query: { status: ['NEW', 'HIRED'], limit: 2, q: undefined } });
    const logged = await lastRequest();
    expect(logged?.path).toBe('/candidates');
    expect(logged?.query).toEqual({ status: ['NEW', 'HIRED'], limit: '2' });
  });

  it('a typed call keeps the typed errors', async () => {
    await expect(client.request({ operation: 'candidates.get', pathParams: { id: 'no-such-candidate' } })).rejects.toBeInstanceOf(SrNotFoundError);
  });

  it('pages, items and collect take a paginated key', async () => {
    const pages: number[] = [];
    for await (const page of client.paginate({ operation: 'candidates.all' }, { pageSize: 5 })) pages.push(page.items.length);
    expect(pages).toEqual([5, 5, 2]);
    const ids: unknown[] = [];
    for await (const c of client.paginateItems<{ id: string }>({ operation: 'candidates.all' }, { pageSize: 4 })) ids.push(c.id);
    expect(new Set(ids).size).toBe(12);
    const some = await client.collect({ operation: 'candidates.all' }, { maxItems: 7, pageSize: 5 });
    expect(some).toHaveLength(7);
  });

  it('an unknown key (from JavaScript, or a cast) is refused before any request leaves', async () => {
    const before = await requestCount();
    const hostile = ['candidates.getOne', '', '__proto__', 'constructor', 'GET /candidates', 'candidates.get\u0000'];
    for (const operation of hostile) {
      const err = await client.request({ operation } as never).catch((e: unknown) => e);
      expect(err, operation).toBeInstanceOf(SrInvalidRequestError);
      expect((err as SrInvalidRequestError).code).toBe('unknown_operation');
      await expect(client.collect({ operation } as never)).rejects.toBeInstanceOf(SrInvalidRequestError);
    }
    // A key whose operation does not page is refused by the pagination helpers at run time too.
    await expect(client.collect({ operation: 'candidates.get', pathParams: { id: 'x' } } as never)).rejects.toMatchObject({ code: 'not_paginated' });
    expect(await requestCount()).toBe(before);
  });
});
