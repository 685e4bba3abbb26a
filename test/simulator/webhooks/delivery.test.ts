import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { activeSubscription, expectedSignatures, request, startTestbed, closeAfterEach, type TestEngineOptions } from './receiver.js';

const cleanup = closeAfterEach();
const setup = (options: TestEngineOptions = {}) => startTestbed(cleanup, options);
const LINK = 'http://sim.test/candidates/c-1';

describe('deliveries', () => {
  it('POST the JSON body with the documented headers', async () => {
    const { receiver, engine } = await setup();
    await activeSubscription(engine, receiver.url, ['candidate.created']);
    engine.emit('candidate.created', { id: 'c-1' }, LINK);
    await engine.idle();
    const [event] = receiver.events();
    expect(receiver.events()).toHaveLength(1);
    expect(event?.method).toBe('POST');
    expect(event?.body).toBe('{"id":"c-1"}');
    expect(event?.headers).toMatchObject({
      'content-type': 'application/json',
      'event-name': 'candidate.created',
      'event-version': '1.0.0',
      'event-id': expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      link: `<${LINK}>; rel=self`,
    });
    // No key yet: no signature headers.
    expect(event?.headers['smartrecruiters-signature']).toBeUndefined();
    expect(event?.headers['smartrecruiters-timestamp']).toBeUndefined();
    expect(engine.stats()).toEqual({ subscriptions: 1, delivered: 1, failed: 0, pending: 0 });
  });

  it('go only to active subscriptions that list the event', async () => {
    const { receiver, engine } = await setup();
    await activeSubscription(engine, `${receiver.url}?s=jobs`, ['job.created']);
    await activeSubscription(engine, `${receiver.url}?s=both`, ['job.created', 'candidate.created'], 'cred-b');
    await engine.handlers['subscriptions.create'](request('cred-a', { body: { callbackUrl: `${receiver.url}?s=inactive`, events: ['job.created'] } }));
    engine.emit('candidate.created', { id: 'c' }, LINK);
    engine.emit('job.created', { id: 'j' }, 'http://sim.test/jobs/j');
    await engine.idle();
    const got = receiver.events().map((r) => `${r.url} ${r.headers['event-name']}`).sort();
    expect(got).toEqual(['/hook?s=both candidate.created', '/hook?s=both job.created', '/hook?s=jobs job.created']);
    const ids = new Set(receiver.events().map((r) => r.headers['event-id']));
    expect(ids.size).toBe(3);
  });

  it('stop for a deleted subscription', async () => {
    const { receiver, engine } = await setup();
    const id = await activeSubscription(engine, receiver.url, ['candidate.created']);
    await engine.handlers['subscriptions.delete'](request('cred-a', { params: { id } }));
    engine.emit('candidate.created', { id: 'c' }, LINK);
    await engine.idle();
    expect(receiver.events()).toHaveLength(0);
  });

  it('keep at most concurrencyPerSubscription requests in flight per subscription', async () => {
    const { receiver, engine } = await setup({ concurrencyPerSubscription: 3 });
    await activeSubscription(engine, receiver.url, ['candidate.created']);
    let inFlight = 0;
    let peak = 0;
    receiver.behave((_req, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(202).end();
      }, 10);
    });
    for (let i = 0; i < 20; i++) engine.emit('candidate.created', { id: `c${i}` }, `http://sim.test/candidates/c${i}`);
    expect(engine.stats().pending).toBe(20);
    await engine.idle();
    expect(receiver.events()).toHaveLength(20);
    expect(peak).toBe(3);
    expect(engine.stats()).toMatchObject({ delivered: 20, pending: 0 });
  });

  it('refuse an unknown event name at emit', async () => {
    const { engine } = await setup();
    expect(() => engine.emit('candidate.exploded', {}, LINK)).toThrow(TypeError);
  });

  it('carry a v1 signature that verifies with the documented formula', async () => {
    const { receiver, engine } = await setup({ now: () => Date.parse('2024-06-01T12:00:00.000Z') });
    const id = await activeSubscription(engine, receiver.url, ['application.created']);
    const key = (await engine.handlers['subscriptions.generateSecretKey'](request('cred-a', { params: { id } }))).body as { secretKey: string };
    engine.emit('application.created', { job_id: 'jid', candidate_id: 'cid', note: 'ünïcode' }, 'http://sim.test/candidates/cid');
    await engine.idle();
    const [event] = receiver.events();
    if (!event) throw new Error('no delivery');
    expect(event.headers['smartrecruiters-timestamp']).toBe(String(Date.parse('2024-06-01T12:00:00.000Z') / 1000));
    expect(event.headers['smartrecruiters-signature']).toBe(expectedSignatures(event, [key.secretKey]).join(';'));
    expect(event.headers['smartrecruiters-signature']).not.toBe(expectedSignatures(event, ['wrong-key']).join(';'));
  });
});

describe('callbackAuthentication on deliveries', () => {
  it('basic: sends the Basic header', async () => {
    const { receiver, engine } = await setup();
    await activeSubscription(engine, receiver.url, ['job.updated'], 'cred-a', { callbackAuthentication: { type: 'basic', username: 'hook', password: 's3cret' } });
    engine.emit('job.updated', { id: 'j' }, 'http://sim.test/jobs/j');
    await engine.idle();
    const expected = `Basic ${Buffer.from('hook:s3cret').toString('base64')}`;
    expect(receiver.requests.map((r) => r.headers.authorization)).toEqual([expected, expected]); // handshake + event
  });

  it('header: sends the custom header', async () => {
    const { receiver, engine } = await setup();
    await activeSubscription(engine, receiver.url, ['job.updated'], 'cred-a', {
      callbackAuthentication: { type: 'header', headerName: 'X-Hook-Token', headerValue: 'tok-1' },
    });
    engine.emit('job.updated', { id: 'j' }, 'http://sim.test/jobs/j');
    await engine.idle();
    expect(receiver.events()[0]?.headers['x-hook-token']).toBe('tok-1');
  });

  it('oauth2: fetches a bearer token with client credentials and reuses it until it expires', async () => {
    const tokenCalls: { contentType: string | undefined; body: URLSearchParams }[] = [];
    const tokenServer = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        tokenCalls.push({ contentType: req.headers['content-type'], body: new URLSearchParams(body) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: `at-${tokenCalls.length}`, expires_in: 60_000 }));
      });
    });
    await new Promise<void>((resolve) => tokenServer.listen(0, '127.0.0.1', resolve));
    cleanup.push(async () => {
      tokenServer.closeAllConnections();
      await new Promise<void>((resolve) => tokenServer.close(() => resolve()));
    });
    let clock = 1_000_000;
    const { receiver, engine } = await setup({ now: () => clock });
    const tokenServiceUrl = `http://127.0.0.1:${(tokenServer.address() as AddressInfo).port}/token`;
    await activeSubscription(engine, receiver.url, ['job.updated'], 'cred-a', {
      callbackAuthentication: { type: 'oauth2', clientId: 'cid', clientSecret: 'csecret', tokenServiceUrl },
    });
    engine.emit('job.updated', { id: 'j1' }, 'http://sim.test/jobs/j1');
    engine.emit('job.updated', { id: 'j2' }, 'http://sim.test/jobs/j2');
    await engine.idle();
    clock += 60_001; // past expires_in (milliseconds, as the SDK model documents)
    engine.emit('job.updated', { id: 'j3' }, 'http://sim.test/jobs/j3');
    await engine.idle();

    expect(tokenCalls).toHaveLength(2);
    expect(tokenCalls[0]?.contentType).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(tokenCalls[0]?.body ?? [])).toEqual({ client_id: 'cid', client_secret: 'csecret', grant_type: 'client_credentials' });
    const auths = receiver.events().map((r) => r.headers.authorization);
    expect(auths).toEqual(['Bearer at-1', 'Bearer at-1', 'Bearer at-2']);
  });

  it('oauth2: a token service answering garbage fails the handshake with the reason, no secret shown', async () => {
    const { receiver, engine } = await setup();
    const created = await engine.handlers['subscriptions.create'](
      request('cred-a', {
        body: {
          callbackUrl: receiver.url,
          events: ['job.updated'],
          callbackAuthentication: { type: 'oauth2', clientId: 'c', clientSecret: 'csecret', tokenServiceUrl: `${receiver.url}/token` },
        },
      }),
    );
    const id = (created.body as { id: string }).id;
    receiver.behave((_req, res) => res.writeHead(200).end('<<not json>>')); // also plays the token service
    const activation = await engine.handlers['subscriptions.activate'](request('cred-a', { params: { id } }));
    expect(activation.status).toBe(400);
    expect(JSON.stringify(activation.body)).toMatch(/HANDSHAKE_AUTH_FAILED.*token service answered a body that is not JSON/);
    expect(JSON.stringify(activation.body)).not.toContain('csecret');
    expect(receiver.requests.map((r) => r.url)).toEqual(['/hook/token']);
  });

  it('oauth2: when the token service fails at delivery time the receiver is not called and the log says why', async () => {
    let clock = 0;
    const { receiver, engine: e2 } = await setup({ now: () => clock, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    let tokenOk = true;
    receiver.behave((req, res) => {
      if (req.url === '/token') {
        if (tokenOk) res.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"at","expires_in":1}');
        else res.writeHead(503).end();
        return;
      }
      const secret = req.headers['x-hook-secret'];
      res.writeHead(secret ? 200 : 202, secret ? { 'X-Hook-Secret': String(secret) } : {}).end();
    });
    const tokenServiceUrl = receiver.url.replace('/hook', '/token');
    const id = await activeSubscription(e2, receiver.url, ['job.updated'], 'cred-a', {
      callbackAuthentication: { type: 'oauth2', clientId: 'c', clientSecret: 'csecret', tokenServiceUrl },
    });
    tokenOk = false;
    clock += 10; // the 1 ms token has expired
    e2.emit('job.updated', { id: 'j' }, 'http://sim.test/jobs/j');
    await e2.idle();
    expect(receiver.events().filter((r) => r.url === '/hook')).toHaveLength(0);
    expect(receiver.requests.filter((r) => r.url === '/token')).toHaveLength(3); // handshake + 2 attempts
    expect(e2.stats()).toMatchObject({ delivered: 0, failed: 1, pending: 0 });
    const log = (await e2.handlers['subscriptions.searchCallbackLog'](request('cred-a', { params: { id } }))).body as { error?: string; responseStatus: unknown }[];
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ responseStatus: null, error: 'token service answered HTTP 503' });
  });
});
