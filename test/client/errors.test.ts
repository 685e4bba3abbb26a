import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createClient,
  SmartRecruitersError,
  SrAuthenticationError,
  SrConflictError,
  SrInvalidResponseError,
  SrNotFoundError,
  SrPermissionError,
  SrRateLimitError,
  SrServerError,
  SrValidationError,
  type ClientLogger,
} from '../../src/client/index.js';
import { startTestServer, type TestServer } from '../support/sr-test-server.js';

const API_KEY = 'key_secret_ABCDEF0123456789';
const CLIENT_SECRET = 'sec_oauth_ZYXW98765';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(): Promise<TestServer> {
  server = await startTestServer({ limits: { enforce: false } });
  return server;
}

const noRetry = { enabled: false };

describe('error mapping', () => {
  it.each([
    [400, SrValidationError, 'bad_request'],
    [401, SrAuthenticationError, 'unauthorized'],
    [403, SrPermissionError, 'forbidden'],
    [404, SrNotFoundError, 'not_found'],
    [409, SrConflictError, 'conflict'],
    [422, SrValidationError, 'unprocessable_entity'],
    [429, SrRateLimitError, 'rate_limited'],
    [500, SrServerError, 'server_error'],
    [503, SrServerError, 'server_error'],
    [418, SmartRecruitersError, 'http_418'],
  ])('%i → %o', async (status, ErrorClass, code) => {
    const s = await setup();
    s.route('GET', '/candidates/{id}', () => ({ status, raw: '', headers: { 'x-request-id': 'req-77' } }));
    const client = createClient({ baseUrl: s.baseUrl, auth: { type: 'api_key', apiKey: API_KEY }, retry: noRetry });
    const err = (await client.request({ operation: { method: 'GET', path: '/candidates/{id}' }, pathParams: { id: 'c 1' } }).catch((e: unknown) => e)) as SmartRecruitersError;
    expect(err).toBeInstanceOf(ErrorClass);
    expect(err).toBeInstanceOf(SmartRecruitersError);
    expect(err.status).toBe(status);
    expect(err.code).toBe(code);
    expect(err.requestId).toBe('req-77');
    expect(err.method).toBe('GET');
    expect(err.path).toBe('/candidates/c%201');
  });

  it('carries message, code and field errors from {message, errors:[{code,message}]}', async () => {
    const s = await setup();
    s.route('POST', '/candidates', () => ({
      status: 422,
      body: { message: 'Validation failed', errors: [{ code: 'FIELD_REQUIRED', message: 'email is required' }] },
      headers: { 'x-smartrecruiters-request-id': 'sr-req-1' },
    }));
    const client = createClient({ baseUrl: s.baseUrl, auth: { type: 'api_key', apiKey: API_KEY }, retry: noRetry });
    const err = (await client.request({ operation: { method: 'POST', path: '/candidates' }, body: { firstName: 'A' } }).catch((e: unknown) => e)) as SrValidationError;
    expect(err).toBeInstanceOf(SrValidationError);
    expect(err.message).toContain('Validation failed');
    expect(err.code).toBe('FIELD_REQUIRED');
    expect(err.errors).toEqual([{ code: 'FIELD_REQUIRED', message: 'email is required' }]);
    expect(err.requestId).toBe('sr-req-1');
  });

  it('an unparseable 2xx body is SrInvalidResponseError with the status', async () => {
    const s = await setup();
    s.route('GET', '/jobs/{id}', () => ({ status: 200, raw: '<html>gateway</html>', headers: { 'content-type': 'text/html' } }));
    const client = createClient({ baseUrl: s.baseUrl, auth: { type: 'api_key', apiKey: API_KEY } });
    const err = (await client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: '1' } }).catch((e: unknown) => e)) as SrInvalidResponseError;
    expect(err).toBeInstanceOf(SrInvalidResponseError);
    expect(err.status).toBe(200);
    expect(err.code).toBe('invalid_json');
    expect(s.stats.total).toBe(1);
  });

  it('parses text, bytes and empty bodies, and exposes the request id', async () => {
    const s = await setup();
    s.route('GET', '/a', () => ({ raw: 'plain', headers: { 'x-request-id': 'rid-1' } }));
    s.route('DELETE', '/b', () => ({ status: 204 }));
    s.route('GET', '/c', () => ({ raw: new Uint8Array([1, 2, 3]) }));
    const client = createClient({ baseUrl: s.baseUrl, auth: { type: 'api_key', apiKey: API_KEY } });
    const text = await client.request<string>({ operation: { method: 'GET', path: '/a' }, responseType: 'text' });
    expect(text.data).toBe('plain');
    expect(text.requestId).toBe('rid-1');
    const empty = await client.request({ operation: { method: 'DELETE', path: '/b' } });
    expect(empty.status).toBe(204);
    expect(empty.data).toBeUndefined();
    const bytes = await client.request<Uint8Array>({ operation: { method: 'GET', path: '/c' }, responseType: 'bytes' });
    expect([...bytes.data]).toEqual([1, 2, 3]);
  });
});

describe('redaction', () => {
  it('keeps the API key out of errors and logs, even when the server echoes it', async () => {
    server = await startTestServer({ auth: { apiKey: 'some-other-key' }, limits: { enforce: false } });
    server.route('GET', '/jobs', () => ({ body: [] }));
    const lines: string[] = [];
    const logger: ClientLogger = {
      debug: (o, m) => lines.push(JSON.stringify([o, m])),
      info: (o, m) => lines.push(JSON.stringify([o, m])),
      warn: (o, m) => lines.push(JSON.stringify([o, m])),
      error: (o, m) => lines.push(JSON.stringify([o, m])),
    };
    const client = createClient({ baseUrl: server.baseUrl, auth: { type: 'api_key', apiKey: API_KEY }, logger, retry: { baseDelayMs: 1 } });
    const err = await client
      .request({ operation: { method: 'GET', path: '/jobs' }, query: { access_token: 'leaky_query_token_1', q: API_KEY } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SrAuthenticationError);
    const dumped = JSON.stringify(err) + inspect(err, { depth: 10, showHidden: true }) + lines.join('\n');
    expect(dumped).toContain('[REDACTED]');
    expect(dumped).not.toContain(API_KEY);
    expect(dumped).not.toContain('leaky_query_token_1');
  });

  it('keeps client secret and bearer tokens out of errors caused by the network', async () => {
    server = await startTestServer({ auth: { oauth: { clientId: 'cid', clientSecret: CLIENT_SECRET } }, limits: { enforce: false } });
    server.route('GET', '/jobs/{id}', () => ({ status: 500, body: { message: 'boom' } }));
    const client = createClient({
      baseUrl: server.baseUrl,
      auth: { type: 'oauth_client_credentials', clientId: 'cid', clientSecret: CLIENT_SECRET },
      retry: { maxRetries: 0 },
    });
    await client.request({ operation: { method: 'GET', path: '/jobs/{id}' }, pathParams: { id: '1' } }).catch(() => undefined);
    const token = /^Bearer (.+)$/.exec(String(server.requests[1]?.headers.authorization))?.[1];
    expect(token).toMatch(/^tok_/);
    // A failure whose text contains the live token and the secret, as a proxy might produce.
    server.route('GET', '/echo', (r) => ({ status: 400, body: { message: `saw ${String(r.headers.authorization)} and client_secret=${CLIENT_SECRET}`, errors: [{ code: 'X', message: String(token) }] } }));
    const err = await client.request({ operation: { method: 'GET', path: '/echo' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SrValidationError);
    const dumped = JSON.stringify(err) + inspect(err, { depth: 10, showHidden: true });
    expect(dumped).not.toContain(String(token));
    expect(dumped).not.toContain(CLIENT_SECRET);
  });
});
