import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { STORE_DIALECTS } from '../store/store-dialects.js';
import { simTotal, startSim, startTestbed, type ServerTestbed } from './server-testbed.js';

const sqlite = STORE_DIALECTS[0]!;

describe("our API's own contract", () => {
  let sim: Simulator;
  let bed: ServerTestbed;
  beforeAll(async () => {
    sim = await startSim({ oauthClient: { clientId: 'log-client', clientSecret: 'log-client-secret-9a8b7c6d5e' } });
    bed = await startTestbed(sqlite, { limits: { jsonBytes: 64 * 1024 } });
  });
  afterAll(async () => {
    await bed?.close();
    await sim?.close();
  });

  it('401 problem without the token, with a wrong one, or with another scheme; on every route, known or not', async () => {
    const variants: (string | null)[] = [null, 'wrong', `${bed.token}x`, bed.token.slice(0, -1), ''];
    for (const path of ['/accounts', '/actions', `/proxy/acc_x/candidates`, '/no/such/route']) {
      for (const token of variants) {
        const res = await bed.call('GET', path, { token });
        expect(res.status, `${path} ${token}`).toBe(401);
        expect(res.headers.get('content-type')).toBe('application/problem+json');
        expect(res.headers.get('www-authenticate')).toContain('Bearer');
        expect(res.body).toMatchObject({ status: 401, code: 'unauthorized', field: 'authorization', request_id: res.headers.get('x-request-id') });
      }
      const basic = await bed.call('GET', path, { token: null, headers: { authorization: `Basic ${Buffer.from(`x:${bed.token}`).toString('base64')}` } });
      expect(basic.status).toBe(401);
    }
    expect((await bed.call('GET', '/accounts', { token: null, headers: { authorization: `bearer ${bed.token}` } })).status).toBe(200);
  });

  it('/health, /openapi.json and /docs need no token', async () => {
    const health = await bed.call('GET', '/health', { token: null });
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'sqlite' });
    expect((await bed.call('GET', '/openapi.json', { token: null })).status).toBe(200);
    expect((await bed.call('GET', '/docs', { token: null })).status).toBe(200);
  });

  it('X-Request-Id on every response: a sane incoming one is kept, anything else replaced', async () => {
    const kept = await bed.call('GET', '/health', { headers: { 'x-request-id': 'caller-123.abc:def' } });
    expect(kept.headers.get('x-request-id')).toBe('caller-123.abc:def');
    for (const insane of ['<script>', 'a'.repeat(129), 'has space', 'ünï']) {
      const res = await bed.call('GET', '/accounts/acc_none', { headers: { 'x-request-id': encodeURIComponent(insane) === insane ? insane : encodeURIComponent(insane) + ' x' } });
      expect(res.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
      expect(res.body.request_id).toBe(res.headers.get('x-request-id'));
    }
    const ids = new Set<string>();
    for (const [method, path, token] of [['GET', '/health', null], ['GET', '/accounts', undefined], ['GET', '/nope', undefined], ['GET', '/accounts', 'bad'], ['DELETE', '/actions', undefined]] as const) {
      const res = await bed.call(method, path, { token });
      const id = res.headers.get('x-request-id');
      expect(id, `${method} ${path}`).toMatch(/^req_/);
      ids.add(id as string);
    }
    expect(ids.size).toBe(5);
  });

  it('oversized JSON bodies are a 413 problem, by Content-Length or while streaming, before any upstream call', async () => {
    const before = await simTotal(sim);
    const big = JSON.stringify({ name: 'x'.repeat(64 * 1024), auth: { type: 'api_key', api_key: sim.apiKey }, base_url: sim.url });
    const res = await bed.call('POST', '/accounts', { json: JSON.parse(big) });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'body_too_large', field: 'body', status: 413 });
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 80; i++) controller.enqueue(new TextEncoder().encode(i === 0 ? '{"name":"' : 'y'.repeat(1024)));
        controller.close();
      },
    });
    const streamed = await fetch(`${bed.url}/accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bed.token}`, 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { code: string }).code).toBe('body_too_large');
    // Just under the limit is fine (and then fails on its own merits).
    const under = await bed.call('POST', '/accounts', { json: { name: 'x'.repeat(60 * 1024), auth: { type: 'api_key' } } });
    expect(under.status).toBe(400);
    expect(await simTotal(sim)).toBe(before);
  });

  it('/openapi.json is OpenAPI 3.1 generated from the zod schemas that validate requests', async () => {
    const { body: doc } = await bed.call('GET', '/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    // The unified routes are checked in test/unified/openapi-unified.test.ts.
    expect(Object.keys(doc.paths).filter((p) => !p.startsWith('/unified/')).sort()).toEqual(['/accounts', '/accounts/{id}', '/actions', '/actions/{name}', '/health', '/mcp', '/proxy/{accountId}/{path}'].sort());
    expect(Object.keys(doc.paths['/accounts']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/accounts/{id}']).sort()).toEqual(['delete', 'get', 'patch']);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const create = doc.components.schemas.CreateAccount;
    expect(create.required.sort()).toEqual(['auth', 'name']);
    expect(create.additionalProperties).toBe(false);
    expect(doc.components.schemas.Problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code', 'detail', 'request_id']));
    expect(doc.paths['/health'].get.security).toBeUndefined();
    expect(doc.paths['/accounts'].post.security).toEqual([{ bearer: [] }]);
    // What the document says is what the route enforces: an unknown field it forbids is refused.
    const res = await bed.call('POST', '/accounts', { json: { name: 'a', auth: { type: 'api_key', api_key: 'k' }, colour: 'red' } });
    expect(res.body).toMatchObject({ status: 400, field: 'colour' });
  });

  it('/docs is a readable, self-contained page rendered from that document', async () => {
    const res = await bed.call('GET', '/docs');
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = res.text;
    const { body: doc } = await bed.call('GET', '/openapi.json');
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { summary: string }>>)) {
      for (const [method, op] of Object.entries(item)) {
        expect(html).toContain(`${method.toUpperCase()}</span> <code>${path.replace(/&/g, '&amp;')}</code>`);
        expect(html).toContain(op.summary.replace(/'/g, '&#39;').split('`')[0] as string);
      }
    }
    expect(html).not.toMatch(/<script|<link|\bsrc=|@import/i);
    for (const href of html.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^[#/]/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('structured logs carry the request id and never a secret', async () => {
    bed.logLines.length = 0;
    const oauthSecret = 'log-client-secret-9a8b7c6d5e';
    const id = await bed.link(sim, 'Logged');
    await bed.call('PATCH', `/accounts/${id}`, { json: { auth: { type: 'oauth_client_credentials', client_id: 'log-client', client_secret: oauthSecret } } });
    await bed.call('POST', '/accounts', { json: { name: 'Wrong', auth: { type: 'api_key', api_key: 'wrong-key-4f4f4f4f4f' }, base_url: sim.url } });
    await bed.call('GET', `/proxy/${id}/candidates?limit=1`, { headers: { 'x-smarttoken': 'caller-sent-token-77' } });
    await bed.call('GET', '/accounts', { token: 'guess-token-1234567' });
    await bed.call('POST', '/actions/search_candidates', { json: { account_id: id, input: { limit: 'x' } } });
    expect(bed.logLines.length).toBeGreaterThan(6);
    const all = bed.logLines.join('\n');
    for (const secret of [bed.token, sim.apiKey, oauthSecret, 'wrong-key-4f4f4f4f4f', 'caller-sent-token-77', 'guess-token-1234567', bed.secretKey]) {
      expect(all).not.toContain(secret);
    }
    const parsed = bed.logLines.map((l) => JSON.parse(l) as { msg: string; request_id?: string; req?: { headers?: Record<string, string> }; res?: { status: number } });
    const requests = parsed.filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(6);
    for (const line of requests) {
      expect(line.request_id).toMatch(/^req_/);
      expect(line.req?.headers?.authorization).toBe('[REDACTED]');
    }
    expect(requests.some((l) => l.req?.headers?.['x-smarttoken'] === '[REDACTED]')).toBe(true);
    expect(parsed.some((l) => l.msg === 'problem')).toBe(true);
  });
});
