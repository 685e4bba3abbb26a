import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, SrAuthenticationError, SrConnectionError, SrInvalidRequestError, SrServerError, type ClientOptions } from '../../src/client/index.js';
import { startTestServer, type TestServer } from '../support/sr-test-server.js';

const API_KEY = 'key_live_streaming_0042';
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function keyServer(): Promise<TestServer> {
  server = await startTestServer({ auth: { apiKey: API_KEY } });
  server.route('POST', '/echo', (r) => ({ body: { length: r.body.length, body: r.body } }));
  server.route('GET', '/file', () => ({ raw: 'file-bytes', headers: { 'content-type': 'text/plain' } }));
  return server;
}
const opts = (s: TestServer, extra: Partial<ClientOptions> = {}): ClientOptions => ({
  baseUrl: s.baseUrl,
  auth: { type: 'api_key', apiKey: API_KEY },
  retry: { baseDelayMs: 5, maxDelayMs: 20 },
  ...extra,
});
const refused = (): Error => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
const reset = (): Error => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });

describe('requestStream', () => {
  it('streams a Node Readable body and returns the response body as a stream, key injected', async () => {
    const s = await keyServer();
    const client = createClient(opts(s));
    const res = await client.requestStream({ method: 'POST', path: '/echo', headers: { 'content-type': 'text/plain' }, body: Readable.from([Buffer.from('abc'), Buffer.from('def')]) });
    expect(res.status).toBe(200);
    expect(JSON.parse(await new Response(res.body).text())).toEqual({ length: 6, body: 'abcdef' });
    expect(s.requests[0]?.headers['x-smarttoken']).toBe(API_KEY);
  });

  it('resends a streamed body only when the connection was refused before any byte was read', async () => {
    const s = await keyServer();
    let calls = 0;
    const realFetch = globalThis.fetch;
    const refusingOnce: typeof fetch = (input, init) => (++calls === 1 ? Promise.reject(refused()) : realFetch(input, init));
    const client = createClient(opts(s, { fetch: refusingOnce }));
    const res = await client.requestStream({ method: 'POST', path: '/echo', body: Readable.from([Buffer.from('payload')]) });
    expect(JSON.parse(await new Response(res.body).text())).toMatchObject({ body: 'payload' });
    expect(calls).toBe(2);

    // Once fetch has read from the body, even a refusal is final: the bytes are gone.
    let calls2 = 0;
    const readingThenFailing: typeof fetch = async (_input, init) => {
      calls2++;
      await (init?.body as ReadableStream<Uint8Array>).getReader().read();
      throw refused();
    };
    const client2 = createClient(opts(s, { fetch: readingThenFailing }));
    await expect(client2.requestStream({ method: 'POST', path: '/echo', body: Readable.from([Buffer.from('x')]) })).rejects.toBeInstanceOf(SrConnectionError);
    expect(calls2).toBe(1);

    let calls3 = 0;
    const resetting: typeof fetch = () => (calls3++, Promise.reject(reset()));
    const client3 = createClient(opts(s, { fetch: resetting }));
    const err = await client3.requestStream({ method: 'POST', path: '/echo', body: Readable.from([Buffer.from('x')]) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SrConnectionError);
    expect((err as Error).message).not.toContain(API_KEY);
    expect(calls3).toBe(1);
  });

  it('a bodiless GET retries 503 and reset like request does; with a body, a 503 is final', async () => {
    const s = await keyServer();
    s.failNext('GET /file', { status: 503, body: { message: 'busy' } }, { drop: true });
    const client = createClient(opts(s));
    const res = await client.requestStream({ method: 'GET', path: '/file' });
    expect(await new Response(res.body).text()).toBe('file-bytes');
    expect(s.requests.filter((r) => r.path === '/file')).toHaveLength(3);
    s.failNext('POST /echo', { status: 503, body: { message: 'busy' } });
    await expect(client.requestStream({ method: 'POST', path: '/echo', body: Readable.from([Buffer.from('x')]) })).rejects.toBeInstanceOf(SrServerError);
    expect(s.requests.filter((r) => r.path === '/echo')).toHaveLength(1);
  });

  it('refuses paths that leave the base URL and credential headers, before any I/O', async () => {
    const s = await keyServer();
    const client = createClient(opts(s, { baseUrl: `${s.baseUrl}/api` }));
    for (const path of ['//evil.example/x', 'file', '/../x', '/%2e%2e/x', 'http://evil.example/']) {
      await expect(client.requestStream({ method: 'GET', path })).rejects.toBeInstanceOf(SrInvalidRequestError);
    }
    await expect(client.requestStream({ method: 'GET', path: '/file', headers: { 'X-SmartToken': 'other' } })).rejects.toBeInstanceOf(SrInvalidRequestError);
    expect(s.requests).toHaveLength(0);
  });

  it('OAuth: a 401 on a bodiless request refreshes the token once and retries', async () => {
    server = await startTestServer({ auth: { oauth: { clientId: 'cid', clientSecret: 'sec_streaming_secret', expiresIn: 3600 } } });
    const s = server;
    s.route('GET', '/file', () => ({ raw: 'ok' }));
    const client = createClient({ baseUrl: s.baseUrl, auth: { type: 'oauth_client_credentials', clientId: 'cid', clientSecret: 'sec_streaming_secret' }, retry: { baseDelayMs: 5, maxDelayMs: 20 } });
    expect(await new Response((await client.requestStream({ method: 'GET', path: '/file' })).body).text()).toBe('ok');
    s.revokeTokens();
    expect(await new Response((await client.requestStream({ method: 'GET', path: '/file' })).body).text()).toBe('ok');
    expect(s.stats.tokenRequests).toBe(2);
    s.failNext('GET /file', { status: 401, body: { message: 'nope' } }, { status: 401, body: { message: 'still no' } });
    await expect(client.requestStream({ method: 'GET', path: '/file' })).rejects.toBeInstanceOf(SrAuthenticationError);
  });
});
