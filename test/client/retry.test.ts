import { afterEach, describe, expect, it } from 'vitest';
import {
  createClient,
  SrAbortedError,
  SrConnectionError,
  SrServerError,
  type ClientOptions,
  type RetryEvent,
  type SmartRecruitersClient,
} from '../../src/client/index.js';
import { refusedPort, startTestServer, type TestServer } from '../support/sr-test-server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(extra: Partial<ClientOptions> = {}): Promise<{ s: TestServer; client: SmartRecruitersClient; decisions: RetryEvent[] }> {
  const s = await startTestServer();
  servers.push(s);
  s.route('GET', '/jobs/{id}', (r) => ({ body: { id: r.params.id } }));
  s.route('POST', '/candidates', () => ({ status: 201, body: { id: 'new' } }));
  const decisions: RetryEvent[] = [];
  const client = createClient({
    baseUrl: s.baseUrl,
    auth: { type: 'api_key', apiKey: 'key_retry_tests_1' },
    retry: { maxRetries: 3, baseDelayMs: 5, maxDelayMs: 20 },
    hooks: { onRetry: (d) => decisions.push(d) },
    ...extra,
  });
  return { s, client, decisions };
}

const getJob = { operation: { method: 'GET' as const, path: '/jobs/{id}' }, pathParams: { id: '1' } };
const postCandidate = { operation: { method: 'POST' as const, path: '/candidates' }, body: { firstName: 'Ada' } };

describe('retries', () => {
  it('retries 429 even for POST', async () => {
    const { s, client, decisions } = await setup();
    s.failNext('POST /candidates', { status: 429, body: { message: 'slow down' } });
    const res = await client.request(postCandidate);
    expect(res.status).toBe(201);
    expect(s.stats.byEndpoint['POST /candidates']).toBe(2);
    expect(decisions.map((d) => d.reason)).toEqual(['rate_limited']);
  });

  it('honours Retry-After', async () => {
    const { s, client, decisions } = await setup();
    s.failNext('GET /jobs/{id}', { status: 429, headers: { 'retry-after': '1' } });
    await client.request(getJob);
    expect(decisions).toEqual([expect.objectContaining({ retry: true, reason: 'rate_limited', waitMs: 1000 })]);
  });

  it('retries 502/503/504 for GET', async () => {
    const { s, client, decisions } = await setup();
    s.failNext('GET /jobs/{id}', { status: 503 }, { status: 502 }, { status: 504 });
    const res = await client.request(getJob);
    expect(res.data).toEqual({ id: '1' });
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(4);
    expect(decisions.map((d) => d.reason)).toEqual(['server_unavailable', 'server_unavailable', 'server_unavailable']);
  });

  it('does NOT retry 503 for POST', async () => {
    const { s, client, decisions } = await setup();
    s.failNext('POST /candidates', { status: 503, body: { message: 'down' } });
    const err = await client.request(postCandidate).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SrServerError);
    expect(s.stats.byEndpoint['POST /candidates']).toBe(1);
    expect(decisions).toEqual([expect.objectContaining({ retry: false, reason: 'non_idempotent_maybe_sent' })]);
  });

  it('retries 503 for POST marked idempotent', async () => {
    const { s, client } = await setup();
    s.failNext('POST /candidates', { status: 503 });
    await client.request({ ...postCandidate, idempotent: true });
    expect(s.stats.byEndpoint['POST /candidates']).toBe(2);
  });

  it('retries 500 for GET like 502/503/504, with its own reason', async () => {
    const { s, client, decisions } = await setup();
    s.failNext('GET /jobs/{id}', { status: 500 }, { status: 500 });
    const res = await client.request(getJob);
    expect(res.data).toEqual({ id: '1' });
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(3);
    expect(decisions.map((d) => [d.retry, d.reason])).toEqual([
      [true, 'server_error'],
      [true, 'server_error'],
    ]);
  });

  it('retries 500 a bounded number of times, then gives the SrServerError', async () => {
    const { s, client, decisions } = await setup({ retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5 } });
    s.failNext('GET /jobs/{id}', ...Array.from({ length: 6 }, () => ({ status: 500 })));
    const err = (await client.request(getJob).catch((e: unknown) => e)) as SrServerError;
    expect(err).toBeInstanceOf(SrServerError);
    expect(err.status).toBe(500);
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(3);
    expect(decisions.map((d) => d.reason)).toEqual(['server_error', 'server_error', 'retries_exhausted']);
  });

  it('does NOT retry 500 for POST (the server may have acted before failing)', async () => {
    const { s, client, decisions } = await setup();
    s.failNext('POST /candidates', { status: 500 });
    await expect(client.request(postCandidate)).rejects.toBeInstanceOf(SrServerError);
    expect(s.stats.byEndpoint['POST /candidates']).toBe(1);
    expect(decisions.map((d) => [d.retry, d.reason])).toEqual([[false, 'non_idempotent_maybe_sent']]);
  });

  it('does not retry 501 (not implemented will not get better)', async () => {
    const { s, client, decisions } = await setup();
    s.failNext('GET /jobs/{id}', { status: 501 });
    await expect(client.request(getJob)).rejects.toBeInstanceOf(SrServerError);
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(1);
    expect(decisions.map((d) => d.reason)).toEqual(['not_retryable_status']);
  });

  it('retries a reset connection for GET', async () => {
    const { s, client, decisions } = await setup();
    s.failNext('GET /jobs/{id}', { drop: true });
    const res = await client.request(getJob);
    expect(res.data).toEqual({ id: '1' });
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(2);
    expect(decisions.map((d) => d.reason)).toEqual(['connection_reset']);
  });

  it('does not retry a reset connection for POST (it may have been processed)', async () => {
    const { s, client, decisions } = await setup();
    s.failNext('POST /candidates', { drop: true });
    const err = (await client.request(postCandidate).catch((e: unknown) => e)) as SrConnectionError;
    expect(err).toBeInstanceOf(SrConnectionError);
    expect(err.status).toBe(0);
    expect(s.stats.byEndpoint['POST /candidates']).toBe(1);
    expect(decisions.map((d) => d.reason)).toEqual(['non_idempotent_maybe_sent']);
  });

  it('retries a timed-out GET', async () => {
    const { s, client, decisions } = await setup({ timeoutMs: 300 });
    s.failNext('GET /jobs/{id}', { hang: true });
    const res = await client.request(getJob);
    expect(res.data).toEqual({ id: '1' });
    expect(decisions.map((d) => d.reason)).toEqual(['timeout']);
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(2);
  });

  it('retries a refused connection even for POST (it never reached the server)', async () => {
    const port = await refusedPort();
    const decisions: RetryEvent[] = [];
    let starting: Promise<TestServer> | undefined;
    const client = createClient({
      baseUrl: `http://127.0.0.1:${port}`,
      auth: { type: 'api_key', apiKey: 'key_retry_tests_1' },
      retry: { maxRetries: 8, baseDelayMs: 50, maxDelayMs: 200 },
      hooks: {
        onRetry: (d) => {
          decisions.push(d);
          // The server comes up during the first backoff.
          starting ??= startTestServer({ port }).then((s) => {
            servers.push(s);
            s.route('POST', '/candidates', () => ({ status: 201, body: { id: 'late' } }));
            return s;
          });
        },
      },
    });
    const res = await client.request<{ id: string }>(postCandidate);
    const s = await (starting as Promise<TestServer>);
    expect(res.data).toEqual({ id: 'late' });
    expect(s.stats.byEndpoint['POST /candidates']).toBe(1);
    expect(decisions.length).toBeGreaterThanOrEqual(1);
    expect(new Set(decisions.map((d) => d.reason))).toEqual(new Set(['not_sent']));
  });

  it('gives the typed error when retries are exhausted', async () => {
    const { s, client, decisions } = await setup({ retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5 } });
    s.failNext('GET /jobs/{id}', { status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const err = (await client.request(getJob).catch((e: unknown) => e)) as SrServerError;
    expect(err).toBeInstanceOf(SrServerError);
    expect(err.status).toBe(503);
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(3);
    expect(decisions.map((d) => d.reason)).toEqual(['server_unavailable', 'server_unavailable', 'retries_exhausted']);
  });

  it('abort stops a backoff wait at once', async () => {
    const controller = new AbortController();
    const { s, client, decisions } = await setup({
      retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5 },
      hooks: { onRetry: (d) => (decisions.push(d), d.retry && controller.abort()) },
    });
    s.failNext('GET /jobs/{id}', { status: 503, headers: { 'retry-after': '25' } });
    const err = await client.request({ ...getJob, signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SrAbortedError);
    expect(decisions.map((d) => [d.reason, d.retry ? d.waitMs : null])).toEqual([
      ['server_unavailable', 25_000],
      ['aborted', null],
    ]);
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(1);
  });

  it('abort stops a request waiting in the limiter, which never reaches the server', async () => {
    const { s, client } = await setup({ limits: { perSecond: 1 } });
    await client.request(getJob);
    const controller = new AbortController();
    const pending = client.request({ ...getJob, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(SrAbortedError);
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(1);
  });

  it('abort stops an in-flight request', async () => {
    const controller = new AbortController();
    const held: { server?: TestServer } = {};
    // Abort once the server holds the request (a fixed delay loses the race on a loaded machine).
    const abortWhenArrived = (): void => {
      const poll = setInterval(() => {
        if (held.server?.stats.byEndpoint['GET /jobs/{id}']) {
          clearInterval(poll);
          controller.abort();
        }
      }, 5);
    };
    const { s, client } = await setup({ hooks: { onRequest: abortWhenArrived } });
    held.server = s;
    s.failNext('GET /jobs/{id}', { hang: true });
    await expect(client.request({ ...getJob, signal: controller.signal })).rejects.toBeInstanceOf(SrAbortedError);
    expect(s.stats.byEndpoint['GET /jobs/{id}']).toBe(1);
  });
});
