import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRateHeaders, readJson, startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

async function token(sim: Sim, form: Record<string, string>): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(`${sim.url}/identity/oauth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  return { status: res.status, body: await res.json() };
}

describe('simulator auth', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ apiKey: 'test-key-123456', oauthClient: { clientId: 'cid', clientSecret: 'csecret-xyz' }, tokenTtlSeconds: 60 });
  });
  afterAll(() => sim.close());

  it('accepts the API key in X-SmartToken, whatever the header case', async () => {
    const a = await sim.call('GET', '/candidates?limit=1', { auth: false, headers: { 'x-smarttoken': 'test-key-123456' } });
    const b = await sim.call('GET', '/candidates?limit=1', { auth: false, headers: { 'X-SMARTTOKEN': 'test-key-123456' } });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.content).toHaveLength(1);
  });

  it('answers 401 with the documented body for missing or wrong credentials', async () => {
    const missing = await sim.call('GET', '/candidates', { auth: false });
    const wrong = await sim.call('GET', '/candidates', { auth: false, headers: { 'X-SmartToken': 'nope' } });
    for (const r of [missing, wrong]) {
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ message: expect.any(String), errors: [{ code: 'UNAUTHORIZED', message: expect.any(String) }] });
      expect(hasRateHeaders(r.headers)).toBe(true);
    }
    expect(missing.body.message).toMatch(/Missing credentials/);
    expect(wrong.body.message).toMatch(/Invalid API key/);
  });

  it('issues OAuth2 client-credentials tokens that work as Bearer', async () => {
    const t = await token(sim, { grant_type: 'client_credentials', client_id: 'cid', client_secret: 'csecret-xyz' });
    expect(t.status).toBe(200);
    expect(t.body).toMatchObject({ token_type: 'bearer', expires_in: 60, access_token: expect.any(String) });
    const r = await sim.call('GET', '/jobs?limit=1', { bearer: t.body.access_token });
    expect(r.status).toBe(200);
  });

  it('rejects an invalid client, a wrong grant and a JSON body', async () => {
    const bad = await token(sim, { grant_type: 'client_credentials', client_id: 'cid', client_secret: 'wrong' });
    expect(bad).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    const grant = await token(sim, { grant_type: 'password', client_id: 'cid', client_secret: 'csecret-xyz' });
    expect(grant).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    const json = await fetch(`${sim.url}/identity/oauth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
  });

  it('expires bearer tokens after their TTL (simulated clock)', async () => {
    const t = await token(sim, { grant_type: 'client_credentials', client_id: 'cid', client_secret: 'csecret-xyz' });
    expect((await sim.call('GET', '/jobs?limit=1', { bearer: t.body.access_token })).status).toBe(200);
    await fetch(`${sim.url}/__sim/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 61_000 }) });
    const expired = await sim.call('GET', '/jobs?limit=1', { bearer: t.body.access_token });
    expect(expired.status).toBe(401);
    expect(expired.body.errors[0].message).toMatch(/expired/);
    const fresh = await token(sim, { grant_type: 'client_credentials', client_id: 'cid', client_secret: 'csecret-xyz' });
    expect((await sim.call('GET', '/jobs?limit=1', { bearer: fresh.body.access_token })).status).toBe(200);
  });

  it('serves public Posting API operations without credentials, and bearer-only operations only to bearer tokens', async () => {
    const pub = await sim.call('GET', `/v1/companies/${sim.state.companyId}/postings`, { auth: false });
    expect(pub.status).toBe(200);
    const keyOnBearerOp = await sim.call('GET', '/assessment-api/v202010/partner/configuration');
    expect(keyOnBearerOp.status).toBe(401);
  });

  it('redacts secrets in the request log', async () => {
    await token(sim, { grant_type: 'client_credentials', client_id: 'cid', client_secret: 'csecret-xyz' });
    await sim.call('GET', '/candidates?limit=1');
    const log = await readJson(await fetch(`${sim.url}/__sim/requests?limit=5`));
    const text = JSON.stringify(log);
    expect(text).not.toContain('csecret-xyz');
    expect(text).not.toContain('test-key-123456');
    expect(log.at(-1)).toMatchObject({ method: 'GET', path: '/candidates', query: { limit: '1' }, operation: 'candidates.all', status: 200 });
  });
});
