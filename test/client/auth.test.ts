import { afterEach, describe, expect, it } from 'vitest';
import { createClient, SrAuthenticationError, type ClientOptions } from '../../src/client/index.js';
import { startTestServer, type TestServer } from '../support/sr-test-server.js';

const API_KEY = 'key_live_7f3a9c1e5b2d4f60';
const CLIENT_ID = 'client-abc';
const CLIENT_SECRET = 'sec_5e8b1d2f9a7c3e4b';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function oauthServer(expiresIn = 3600): Promise<TestServer> {
  server = await startTestServer({ auth: { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, expiresIn } } });
  server.route('GET', '/jobs/{id}', (r) => ({ body: { id: r.params.id } }));
  return server;
}

function oauthOptions(s: TestServer, extra: Partial<ClientOptions> = {}): ClientOptions {
  return {
    baseUrl: s.baseUrl,
    auth: { type: 'oauth_client_credentials', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...extra,
  };
}

describe('auth', () => {
  it('sends the API key as X-SmartToken and nothing else', async () => {
    server = await startTestServer({ auth: { apiKey: API_KEY } });
    server.route('GET', '/jobs/{id}', (r) => ({ body: { id: r.params.id } }));
    const client = createClient({ baseUrl: server.baseUrl, auth: { type: 'api_key', apiKey: API_KEY } });
    const res = await client.request<{ id: string }>({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: 'j1' } });
    expect(res.data).toEqual({ id: 'j1' });
    const seen = server.requests[0];
    expect(seen?.headers['x-smarttoken']).toBe(API_KEY);
    expect(seen?.headers.authorization).toBeUndefined();
    expect(server.stats.tokenRequests).toBe(0);
  });

  it('exchanges client credentials as a form POST, then sends only the bearer token', async () => {
    const s = await oauthServer();
    const client = createClient(oauthOptions(s));
    await client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: 'j1' } });
    const [tokenReq, apiReq] = s.requests;
    expect(tokenReq?.path).toBe('/identity/oauth/token');
    expect(tokenReq?.method).toBe('POST');
    expect(tokenReq?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(tokenReq?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
    expect(apiReq?.headers.authorization).toMatch(/^Bearer tok_/);
    expect(apiReq?.headers['x-smarttoken']).toBeUndefined();
  });

  it('uses an explicit tokenUrl', async () => {
    const s = await oauthServer();
    s.route('POST', '/custom/token', () => ({ body: { access_token: 'custom_tok_1234', token_type: 'Bearer', expires_in: 60 } }), { public: true });
    const client = createClient(oauthOptions(s, {
      auth: { type: 'oauth_client_credentials', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokenUrl: `${s.baseUrl}/custom/token` },
    }));
    await expect(client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: 'x' } })).rejects.toBeInstanceOf(SrAuthenticationError);
    expect(s.requests[0]?.path).toBe('/custom/token');
    expect(s.requests[1]?.headers.authorization).toBe('Bearer custom_tok_1234');
  });

  it('caches the token and refreshes it ahead of expiry (10% of lifetime, at most 60 s)', async () => {
    const s = await oauthServer(100); // 100 s lifetime: refresh 10 s early
    let now = 1_000_000;
    const client = createClient(oauthOptions(s, { now: () => now }));
    const call = () => client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: '1' } });
    await call();
    now += 89_000;
    await call();
    expect(s.stats.tokenRequests).toBe(1);
    now += 1_500; // 90.5 s after issue: inside the 10 s lead, still before expiry
    await call();
    expect(s.stats.tokenRequests).toBe(2);
    const bearers = s.requests.filter((r) => r.path === '/jobs/1').map((r) => r.headers.authorization);
    expect(bearers[0]).toBe(bearers[1]);
    expect(bearers[2]).not.toBe(bearers[1]);
  });

  it('makes exactly one token request for 20 concurrent callers', async () => {
    const s = await oauthServer();
    const client = createClient(oauthOptions(s));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: i } })),
    );
    expect(results).toHaveLength(20);
    expect(s.stats.tokenRequests).toBe(1);
    expect(s.stats.rateLimited).toBe(0);
  });

  it('after a 401 refreshes once and retries once', async () => {
    const s = await oauthServer();
    const client = createClient(oauthOptions(s));
    const call = () => client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: '1' } });
    await call();
    s.revokeTokens();
    await call();
    expect(s.stats.tokenRequests).toBe(2);
    expect(s.requests.filter((r) => r.path === '/jobs/1')).toHaveLength(3);
  });

  it('a second 401 after the refresh is an SrAuthenticationError, with no further refresh', async () => {
    const s = await oauthServer();
    const client = createClient(oauthOptions(s));
    s.failNext('GET /jobs/{id}', { status: 401, body: { message: 'nope' } }, { status: 401, body: { message: 'still no' } });
    const err = await client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: '1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SrAuthenticationError);
    expect((err as SrAuthenticationError).status).toBe(401);
    expect(s.stats.tokenRequests).toBe(2);
    expect(s.requests.filter((r) => r.path === '/jobs/1')).toHaveLength(2);
  });

  it('an API-key 401 is not retried', async () => {
    server = await startTestServer({ auth: { apiKey: API_KEY } });
    server.route('GET', '/jobs/{id}', () => ({ body: {} }));
    const client = createClient({ baseUrl: server.baseUrl, auth: { type: 'api_key', apiKey: 'key_wrong_0123456789' } });
    const err = await client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: '1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SrAuthenticationError);
    expect(server.stats.total).toBe(1);
    expect(JSON.stringify(err)).not.toContain('key_wrong_0123456789');
  });

  it('refused client credentials give SrAuthenticationError without leaking the secret', async () => {
    const s = await oauthServer();
    const wrong = 'sec_wrong_99887766554433';
    const client = createClient(oauthOptions(s, { auth: { type: 'oauth_client_credentials', clientId: CLIENT_ID, clientSecret: wrong } }));
    const err = await client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: '1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SrAuthenticationError);
    expect((err as SrAuthenticationError).code).toBe('invalid_client');
    expect(s.stats.tokenRequests).toBe(1);
    const { inspect } = await import('node:util');
    expect(JSON.stringify(err)).not.toContain(wrong);
    expect(inspect(err, { depth: 10 })).not.toContain(wrong);
  });
});
