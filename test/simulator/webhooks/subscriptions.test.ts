import { afterEach, describe, expect, it } from 'vitest';
import { operationByKey } from '../../../src/spec/index.js';
import { WEBHOOK_OPERATION_KEYS } from '../../../src/simulator/webhooks/index.js';
import { BASE_URL, request, testEngine } from './receiver.js';

const engines: ReturnType<typeof testEngine>[] = [];
function engine(options: Parameters<typeof testEngine>[0] = {}) {
  const e = testEngine(options);
  engines.push(e);
  return e;
}
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()));
});

type ErrorBody = { message: string; errors: { code: string; message: string }[] };
const create = (e: ReturnType<typeof testEngine>, body: unknown, credential = 'cred-a') =>
  e.handlers['subscriptions.create'](request(credential, { body }));

describe('webhook handlers', () => {
  it('serve exactly the 8 official subscription operations of the spec table', () => {
    const e = engine();
    expect(Object.keys(e.handlers).sort()).toEqual([...WEBHOOK_OPERATION_KEYS].sort());
    for (const key of WEBHOOK_OPERATION_KEYS) expect(operationByKey(key)?.registry, key).toBe('webhooks');
  });
});

describe('POST /subscriptions', () => {
  it('creates an inactive subscription in the documented shape', async () => {
    const e = engine({ now: () => Date.parse('2024-06-01T10:00:00.000Z') });
    const res = await create(e, { callbackUrl: 'https://example.org/hook', events: ['job.created', 'candidate.deleted', 'job.created'] });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{16}$/),
      callbackUrl: 'https://example.org/hook',
      events: [
        { name: 'job.created', version: '1.0.0' },
        { name: 'candidate.deleted', version: '1.0.0' },
      ],
      status: 'inactive',
      createdOn: '2024-06-01T10:00:00.000Z',
    });
    expect(e.stats().subscriptions).toBe(1);
  });

  it.each([
    [{ events: ['job.created'] }, 'MISSING_CALLBACK_URL', /callbackUrl/],
    [{ callbackUrl: 'not a url', events: ['job.created'] }, 'INVALID_CALLBACK_URL', /callbackUrl/],
    [{ callbackUrl: 'ftp://example.org/x', events: ['job.created'] }, 'INVALID_CALLBACK_URL', /callbackUrl/],
    [{ callbackUrl: '/relative/hook', events: ['job.created'] }, 'INVALID_CALLBACK_URL', /callbackUrl/],
    [{ callbackUrl: 'https://user:pw@example.org/hook', events: ['job.created'] }, 'INVALID_CALLBACK_URL', /callbackUrl must not contain user credentials/],
    [{ callbackUrl: 'https://example.org/hook' }, 'MISSING_EVENTS', /events/],
    [{ callbackUrl: 'https://example.org/hook', events: [] }, 'INVALID_EVENTS', /events/],
    [{ callbackUrl: 'https://example.org/hook', events: 'job.created' }, 'INVALID_EVENTS', /events/],
    [{ callbackUrl: 'https://example.org/hook', events: ['job.created', 'job.exploded'] }, 'UNKNOWN_EVENT', /events\[1\] "job\.exploded"/],
    [{ callbackUrl: 'https://example.org/hook', events: [42] }, 'INVALID_EVENTS', /events\[0\]/],
    [{ callbackUrl: 'https://example.org/hook', events: ['job.created'], alertingEmailAddress: 'nope' }, 'INVALID_ALERTING_EMAIL_ADDRESS', /alertingEmailAddress/],
  ])('rejects %j with 400 %s', async (body, code, message) => {
    const e = engine();
    const res = await create(e, body);
    expect(res.status).toBe(400);
    const err = res.body as ErrorBody;
    expect(err.message).toBe('Invalid subscription request');
    expect(err.errors).toContainEqual({ code, message: expect.stringMatching(message) });
    expect(e.stats().subscriptions).toBe(0);
  });

  it('rejects bodies that are not objects, and bad JSON text', async () => {
    const e = engine();
    for (const body of [undefined, null, [], 'x', '{not json']) {
      const res = await create(e, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((res.body as ErrorBody).errors[0]?.code).toMatch(/INVALID_(BODY|JSON)/);
    }
    expect((await create(e, JSON.stringify({ callbackUrl: 'https://a.example/h', events: ['job.created'] }))).status).toBe(201);
  });

  it('reports every invalid field at once', async () => {
    const res = await create(engine(), { callbackUrl: 'nope', events: [], callbackAuthentication: { type: 'magic' } });
    const codes = (res.body as ErrorBody).errors.map((x) => x.code);
    expect(codes).toEqual(['INVALID_CALLBACK_URL', 'INVALID_EVENTS', 'INVALID_CALLBACK_AUTHENTICATION']);
  });

  it.each([
    [{ type: 'basic', username: 'u', password: 'p' }, { type: 'basic', username: 'u' }],
    [{ type: 'header', headerName: 'X-Api-Key', headerValue: 'v' }, { type: 'header', headerName: 'X-Api-Key' }],
    [
      { type: 'oauth2', clientId: 'c', clientSecret: 's', tokenServiceUrl: 'https://auth.example/token' },
      { type: 'oauth2', clientId: 'c', tokenServiceUrl: 'https://auth.example/token' },
    ],
  ])('accepts callbackAuthentication %j and never shows its secret', async (auth, shown) => {
    const res = await create(engine(), { callbackUrl: 'https://example.org/hook', events: ['job.created'], callbackAuthentication: auth });
    expect(res.status).toBe(201);
    expect((res.body as { callbackAuthentication: unknown }).callbackAuthentication).toEqual(shown);
  });

  it.each([
    [{ type: 'basic', username: 'u' }, /callbackAuthentication\.password/],
    [{ type: 'basic', username: 'a:b', password: 'p' }, /callbackAuthentication\.username/],
    [{ type: 'header', headerName: 'Authorization', headerValue: 'v' }, /callbackAuthentication\.headerName/],
    [{ type: 'header', headerName: 'x-key', headerValue: 'a\r\nb: c' }, /callbackAuthentication\.headerValue/],
    [{ type: 'oauth2', clientId: 'c', clientSecret: 's', tokenServiceUrl: 'token-service' }, /callbackAuthentication\.tokenServiceUrl/],
    [{ type: 'oauth2', clientSecret: 's', tokenServiceUrl: 'https://a.example/t' }, /callbackAuthentication\.clientId/],
    ['basic', /callbackAuthentication must be an object/],
    [{ username: 'u', password: 'p' }, /callbackAuthentication\.type/],
  ])('rejects callbackAuthentication %j naming the field', async (auth, message) => {
    const res = await create(engine(), { callbackUrl: 'https://example.org/hook', events: ['job.created'], callbackAuthentication: auth });
    expect(res.status).toBe(400);
    const text = JSON.stringify(res.body);
    expect(text).toMatch(message);
    expect(text).not.toContain('"p"');
  });

  it('holds each credential to 20 subscriptions (documented limit)', async () => {
    const e = engine();
    for (let i = 0; i < 20; i++) expect((await create(e, { callbackUrl: `https://e.example/${i}`, events: ['job.created'] })).status).toBe(201);
    const refused = await create(e, { callbackUrl: 'https://e.example/21', events: ['job.created'] });
    expect(refused.status).toBe(409);
    expect((refused.body as ErrorBody).errors[0]?.code).toBe('SUBSCRIPTION_LIMIT_REACHED');
    expect((await create(e, { callbackUrl: 'https://e.example/other', events: ['job.created'] }, 'cred-b')).status).toBe(201);
  });
});

describe('GET /subscriptions', () => {
  it('pages a bare array with page_id carried in Link rel="next"', async () => {
    const e = engine();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(((await create(e, { callbackUrl: `https://e.example/${i}`, events: ['job.created'] })).body as { id: string }).id);
    const seen: string[] = [];
    let query = 'limit=3';
    let pages = 0;
    for (;;) {
      const res = await e.handlers['subscriptions.getAll'](request('cred-a', { query }));
      expect(res.status).toBe(200);
      expect(Array.isArray(res.body)).toBe(true);
      pages++;
      seen.push(...(res.body as { id: string }[]).map((s) => s.id));
      const link = res.headers?.link;
      if (!link) break;
      const m = /^<([^>]+)>; rel="next"$/.exec(link);
      expect(m).not.toBeNull();
      const next = new URL(m?.[1] ?? '');
      expect(`${next.origin}${next.pathname}`).toBe(`${BASE_URL}/webhooks-api/v201907/subscriptions`);
      expect(next.searchParams.get('limit')).toBe('3');
      query = next.searchParams.toString();
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(ids);
  });

  it.each(['limit=0', 'limit=101', 'limit=abc', 'limit=2.5', 'page_id=garbage'])('rejects %s with 400', async (query) => {
    const res = await engine().handlers['subscriptions.getAll'](request('cred-a', { query }));
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).errors[0]?.message).toMatch(/limit|page_id/);
  });

  it('accepts limit=100', async () => {
    expect((await engine().handlers['subscriptions.getAll'](request('cred-a', { query: 'limit=100' }))).status).toBe(200);
  });
});

describe('GET and DELETE /subscriptions/{id}', () => {
  it('reads, deletes, then answers 404', async () => {
    const e = engine();
    const id = ((await create(e, { callbackUrl: 'https://e.example/h', events: ['job.created'] })).body as { id: string }).id;
    const got = await e.handlers['subscriptions.get'](request('cred-a', { params: { id } }));
    expect(got).toMatchObject({ status: 200, body: { id, status: 'inactive' } });
    expect((await e.handlers['subscriptions.delete'](request('cred-a', { params: { id } }))).status).toBe(204);
    expect((await e.handlers['subscriptions.get'](request('cred-a', { params: { id } }))).status).toBe(404);
    expect((await e.handlers['subscriptions.delete'](request('cred-a', { params: { id } }))).status).toBe(404);
    expect(e.stats().subscriptions).toBe(0);
  });

  it('answers 401 without a credential', async () => {
    const res = await engine().handlers['subscriptions.getAll'](request(''));
    expect(res.status).toBe(401);
  });
});

describe('credential isolation', () => {
  it('hides one credential\'s subscriptions from another on every operation', async () => {
    const e = engine();
    const id = ((await create(e, { callbackUrl: 'https://e.example/h', events: ['job.created'] }, 'cred-a')).body as { id: string }).id;
    await e.handlers['subscriptions.generateSecretKey'](request('cred-a', { params: { id } }));
    const list = await e.handlers['subscriptions.getAll'](request('cred-b'));
    expect(list.body).toEqual([]);
    for (const key of WEBHOOK_OPERATION_KEYS.filter((k) => k !== 'subscriptions.create' && k !== 'subscriptions.getAll')) {
      const res = await e.handlers[key](request('cred-b', { params: { id } }));
      expect(res.status, key).toBe(404);
    }
    // The owner still sees it intact.
    expect((await e.handlers['subscriptions.get'](request('cred-a', { params: { id } }))).status).toBe(200);
    expect((await e.handlers['subscriptions.getAll'](request('cred-a'))).body).toHaveLength(1);
  });
});
