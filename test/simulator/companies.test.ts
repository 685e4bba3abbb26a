import { afterEach, describe, expect, it } from 'vitest';
import { startReceiver } from './webhooks/receiver.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((x) => x.close()));
});

async function sim(options: Parameters<typeof startSim>[0] = {}): Promise<Sim> {
  const s = await startSim(options);
  open.push(s);
  return s;
}

async function control(s: Sim, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(`${s.url}/__sim/${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: await res.json() };
}

async function get(s: Sim, path: string, key: string): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(`${s.url}${path}`, { headers: { 'X-SmartToken': key } });
  return { status: res.status, body: await res.json().catch(() => undefined) };
}

async function allCandidateIds(s: Sim, key: string): Promise<string[]> {
  const ids: string[] = [];
  let page = await get(s, '/candidates?limit=100', key);
  for (;;) {
    expect(page.status).toBe(200);
    ids.push(...page.body.content.map((c: { id: string }) => c.id));
    if (!page.body.nextPageId) return ids;
    page = await get(s, `/candidates?limit=100&pageId=${encodeURIComponent(page.body.nextPageId)}`, key);
  }
}

describe('many companies in one simulator', () => {
  it('gives each company its own credentials and seeded data; keys never see another company', async () => {
    const s = await sim({ companies: 3, candidates: 150, rateLimits: { enabled: false } });
    expect(s.companies.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(s.companies[0]!.credentials.apiKey).toBe(s.apiKey);
    const keys = s.companies.map((c) => c.credentials.apiKey);
    expect(new Set(keys).size).toBe(3);
    expect(new Set(s.companies.map((c) => c.state.companyId)).size).toBe(3);
    const [a, b, c] = (await Promise.all(keys.map((k) => allCandidateIds(s, k)))) as [string[], string[], string[]];
    expect(a).toHaveLength(150);
    expect(b).toHaveLength(150);
    expect(a.filter((id) => b.includes(id) || c.includes(id))).toEqual([]);
    // B's ids are 404 for A, and the other way round, for reads and writes.
    expect((await get(s, `/candidates/${b[0]}`, keys[0]!)).status).toBe(404);
    expect((await get(s, `/candidates/${a[0]}`, keys[1]!)).status).toBe(404);
    expect((await get(s, `/candidates/${b[0]}`, keys[1]!)).status).toBe(200);
    const jobB = s.companies[1]!.state.jobs.list[0]!.id;
    expect((await get(s, `/jobs/${jobB}`, keys[0]!)).status).toBe(404);
    const del = await fetch(`${s.url}/candidates/${b[1]}`, { method: 'DELETE', headers: { 'X-SmartToken': keys[0]! } });
    expect(del.status).toBe(404);
    expect((await get(s, `/candidates/${b[1]}`, keys[1]!)).status).toBe(200);
    // A write in A shows in A only.
    const created = await fetch(`${s.url}/candidates`, { method: 'POST', headers: { 'X-SmartToken': keys[0]!, 'Content-Type': 'application/json' }, body: JSON.stringify({ firstName: 'Only', lastName: 'InA', email: 'only-a@example.org' }) });
    const id = ((await created.json()) as { id: string }).id;
    expect((await get(s, `/candidates/${id}`, keys[0]!)).status).toBe(200);
    expect((await get(s, `/candidates/${id}`, keys[1]!)).status).toBe(404);
    // An unknown key is refused, whichever company it might be meant for.
    expect((await get(s, '/candidates?limit=1', 'not-a-key')).status).toBe(401);
    expect((await get(s, '/candidates?limit=1', keys[1]!.toUpperCase())).status).toBe(401);
  });

  it('keeps rate budgets apart', async () => {
    const s = await sim({ companies: 2, now: () => 1_800_000_000_000 });
    const [a, b] = s.companies.map((c) => c.credentials.apiKey) as [string, string];
    for (let i = 0; i < 10; i++) expect((await get(s, '/jobs?limit=1', a)).status).toBe(200);
    expect((await get(s, '/jobs?limit=1', a)).status).toBe(429);
    expect((await get(s, '/jobs?limit=1', b)).status).toBe(200);
    const stats = (await control(s, 'GET', 'stats')).body;
    expect(stats.companies.c1.requests).toMatchObject({ total: 11, rateLimited: 1 });
    expect(stats.companies.c2.requests).toMatchObject({ total: 1, rateLimited: 0 });
    expect(stats.requests).toMatchObject({ total: 12, rateLimited: 1 });
    expect(stats.companies.c2.companyId).toBe(s.companies[1]!.state.companyId);
  });

  it('routes OAuth clients and SCIM tokens to their own company', async () => {
    const s = await sim({ companies: 2, rateLimits: { enabled: false } });
    const b = s.companies[1]!;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: b.credentials.oauthClient.clientId, client_secret: b.credentials.oauthClient.clientSecret });
    const tok = await fetch(`${s.url}/identity/oauth/token`, { method: 'POST', body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(tok.status).toBe(200);
    const bearer = ((await tok.json()) as { access_token: string }).access_token;
    const page = await fetch(`${s.url}/candidates?limit=5`, { headers: { Authorization: `Bearer ${bearer}` } });
    const ids = ((await page.json()) as { content: { id: string }[] }).content.map((c) => c.id);
    expect(ids.every((id) => b.state.candidates.indexOf(id) >= 0)).toBe(true);
    expect(ids.some((id) => s.state.candidates.indexOf(id) >= 0)).toBe(false);
    // A's secret with B's client id is refused.
    const mixed = new URLSearchParams({ grant_type: 'client_credentials', client_id: b.credentials.oauthClient.clientId, client_secret: s.oauthClient.clientSecret });
    expect((await fetch(`${s.url}/identity/oauth/token`, { method: 'POST', body: mixed, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status).toBe(401);
    const scim = async (token: string) => {
      const r = await fetch(`${s.url}/scim/v2/Users?count=200`, { headers: { Authorization: `Bearer ${token}` } });
      return { status: r.status, body: (await r.json()) as { Resources?: { id: string }[] } };
    };
    const usersB = await scim(b.credentials.scimToken);
    expect(usersB.status).toBe(200);
    expect(usersB.body.Resources!.map((u) => u.id).sort()).toEqual(b.state.users.list.map((u) => u.id).sort());
    expect((await scim(s.scimToken)).body.Resources!.map((u) => u.id).sort()).toEqual(s.state.users.list.map((u) => u.id).sort());
    expect((await scim(b.credentials.apiKey)).status).toBe(401);
  });

  it('keeps webhook subscriptions per company: B subscribes, only B events reach it', async () => {
    const s = await sim({ companies: 2, rateLimits: { enabled: false } });
    const receiver = await startReceiver();
    open.push(receiver);
    const [a, b] = s.companies.map((c) => c.credentials.apiKey) as [string, string];
    const post = (path: string, key: string, body: unknown, method = 'POST') =>
      fetch(`${s.url}${path}`, { method, headers: { 'X-SmartToken': key, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const sub = (await (await post('/webhooks-api/v201907/subscriptions', b, { callbackUrl: receiver.url, events: ['candidate.created'] })).json()) as { id: string };
    expect((await post(`/webhooks-api/v201907/subscriptions/${sub.id}/activation`, b, {}, 'PUT')).status).toBe(204);
    expect((await get(s, '/webhooks-api/v201907/subscriptions', a)).body).toEqual([]);
    expect((await get(s, `/webhooks-api/v201907/subscriptions/${sub.id}`, a)).status).toBe(404);
    await post('/candidates', a, { firstName: 'In', lastName: 'A', email: 'in-a@example.org' });
    const inB = (await (await post('/candidates', b, { firstName: 'In', lastName: 'B', email: 'in-b@example.org' })).json()) as { id: string };
    await Promise.all(s.companies.map((c) => c.webhooks.idle()));
    expect(receiver.events().map((e) => JSON.parse(e.body))).toEqual([{ id: inB.id }]);
    expect(receiver.events()[0]!.headers['link']).toBe(`<${s.url}/candidates/${inB.id}>; rel=self`);
  });

  it('serves each company its own public postings by company identifier', async () => {
    const s = await sim({ companies: 2, rateLimits: { enabled: false } });
    const [a, b] = s.companies;
    const postings = async (ident: string) => {
      const r = await fetch(`${s.url}/v1/companies/${ident}/postings?limit=100`);
      return { status: r.status, body: (await r.json()) as { content?: { id: string }[] } };
    };
    const fromA = await postings(a!.state.companyId);
    const fromB = await postings(b!.state.companyId.toUpperCase());
    expect(fromA.status).toBe(200);
    expect(fromB.status).toBe(200);
    const idsA = fromA.body.content!.map((p) => p.id);
    const idsB = fromB.body.content!.map((p) => p.id);
    expect(idsB.length).toBeGreaterThan(0);
    expect(idsA.filter((id) => idsB.includes(id))).toEqual([]);
    expect((await postings('NoSuchCompany')).status).toBe(404);
    expect((await postings('%E0%A4%A')).status).toBe(400);
  });

  it('adds a company with POST /__sim/companies and answers its credentials', async () => {
    const s = await sim({ rateLimits: { enabled: false } });
    const added = await control(s, 'POST', 'companies', { candidates: 40, seed: 77 });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: 'c2', seed: { seed: 77, candidates: 40 }, resources: { candidates: 40 } });
    expect(added.body.apiKey).toMatch(/^[0-9a-f]{40}$/);
    expect(added.body.oauthClient.clientSecret).toEqual(expect.any(String));
    expect(added.body.scimToken).toEqual(expect.any(String));
    expect((await allCandidateIds(s, added.body.apiKey)).length).toBe(40);
    expect((await get(s, '/candidates?limit=1', s.apiKey)).body.totalFound).toBe(200);
    // Same seed in two companies: same data shape, separate records and credentials.
    const again = await control(s, 'POST', 'companies', { candidates: 40, seed: 77, apiKey: 'my-own-key-123' });
    expect(again.body.apiKey).toBe('my-own-key-123');
    expect((await get(s, '/candidates?limit=1', 'my-own-key-123')).status).toBe(200);
    for (const bad of [{ candidates: -1 }, { candidates: 'x' }, { seed: 1.5 }, { apiKey: 'short' }, { apiKey: 'has spaces in it' }, { apiKey: 42 }]) {
      const r = await control(s, 'POST', 'companies', bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.errors[0].code).toBe('INVALID_FIELD');
    }
    expect((await control(s, 'POST', 'companies', { apiKey: 'my-own-key-123' })).status).toBe(409);
    expect((await control(s, 'POST', 'companies', { apiKey: s.apiKey })).status).toBe(409);
    const list = await control(s, 'GET', 'companies');
    expect(list.body.map((c: { id: string }) => c.id)).toEqual(['c1', 'c2', 'c3']);
    // Stats never show secrets.
    const stats = JSON.stringify((await control(s, 'GET', 'stats')).body);
    expect(stats).not.toContain('my-own-key-123');
    expect(stats).not.toContain(s.apiKey);
  });

  it('seeds, mutates and resets one company by ?company=, 404 for an unknown one', async () => {
    const s = await sim({ companies: 2, rateLimits: { enabled: false } });
    const b = s.companies[1]!;
    const reseeded = await control(s, 'POST', 'seed?company=c2', { candidates: 30 });
    expect(reseeded.body).toMatchObject({ company: 'c2', resources: { candidates: 30 } });
    expect(s.state.candidates.live).toBe(200);
    expect(b.state.candidates.live).toBe(30);
    const m = await control(s, 'POST', 'mutate', { resource: 'candidates', delete: 0.1, company: 'c2' });
    expect(m.body.deleted).toHaveLength(3);
    expect(b.state.candidates.live).toBe(27);
    expect(s.state.candidates.live).toBe(200);
    await control(s, 'POST', 'reset?company=c2');
    expect(b.state.candidates.live).toBe(30);
    for (const bad of ['seed?company=c9', 'seed?company=..', 'mutate?company=C2']) {
      const r = await control(s, 'POST', bad, { resource: 'candidates' });
      expect(r.status, bad).toBe(404);
    }
    expect((await control(s, 'POST', 'seed', { company: 2 })).status).toBe(400);
  });
});
