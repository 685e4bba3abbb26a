import { afterEach, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from './webhooks/receiver.js';
import { bearerToken, startSim } from '../support/simulator/sim-test-helpers.js';

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

async function receiver(status: (n: number) => number): Promise<Receiver> {
  let n = 0;
  const r = await startReceiver((req, res) => {
    const secret = req.headers['x-hook-secret'];
    if (typeof secret === 'string') return void res.writeHead(200, { 'X-Hook-Secret': secret }).end();
    res.writeHead(status(++n)).end();
  });
  open.push(r);
  return r;
}

async function clock(s: Sim, method: 'GET' | 'POST', body?: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(`${s.url}/__sim/clock`, { method, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: await res.json() };
}

const token = bearerToken;

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`never happened: ${what}`);
}

async function activeSubscription(s: Sim, url: string, events: string[]): Promise<string> {
  const sub = await s.call('POST', '/webhooks-api/v201907/subscriptions', { json: { callbackUrl: url, events } });
  expect(sub.status).toBe(201);
  expect((await s.call('PUT', `/webhooks-api/v201907/subscriptions/${sub.body.id}/activation`)).status).toBe(204);
  return sub.body.id as string;
}

describe('the simulator clock (POST/GET /__sim/clock)', () => {
  it('reads and moves forward by advanceSeconds; refuses going back, wrong types and absurd values', async () => {
    const base = 1_800_000_000_000;
    const s = await sim({ now: () => base });
    expect((await clock(s, 'GET')).body).toMatchObject({ now: new Date(base).toISOString(), offsetSeconds: 0, rateWindows: 'real time' });
    const moved = await clock(s, 'POST', { advanceSeconds: 3600.5 });
    expect(moved.status).toBe(200);
    expect(moved.body.now).toBe(new Date(base + 3_600_500).toISOString());
    expect((await clock(s, 'GET')).body.offsetSeconds).toBe(3600.5);
    for (const bad of [{ advanceSeconds: -1 }, { advanceSeconds: '60' }, { advanceSeconds: null }, { advanceSeconds: 1e12 }, {}, { advanceSeconds: Number.NaN }]) {
      const r = await clock(s, 'POST', bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.errors[0].message).toMatch(/^advanceSeconds:/);
    }
    const arr = await fetch(`${s.url}/__sim/clock`, { method: 'POST', body: '[1]' });
    expect(arr.status).toBe(400);
    expect((await clock(s, 'GET')).body.offsetSeconds).toBe(3600.5);
  });

  it('expires bearer tokens on the moved clock', async () => {
    const s = await sim({ tokenTtlSeconds: 1800 });
    const t = await token(s);
    expect((await s.call('GET', '/jobs?limit=1', { bearer: t })).status).toBe(200);
    await clock(s, 'POST', { advanceSeconds: 1799 });
    expect((await s.call('GET', '/jobs?limit=1', { bearer: t })).status).toBe(200);
    await clock(s, 'POST', { advanceSeconds: 2 });
    const expired = await s.call('GET', '/jobs?limit=1', { bearer: t });
    expect(expired.status).toBe(401);
    expect(expired.body.errors[0].message).toMatch(/expired/);
  });

  it('stamps writes with the moved clock', async () => {
    const base = 1_800_000_000_000;
    const s = await sim({ now: () => base });
    await clock(s, 'POST', { advanceSeconds: 2 * 86_400 });
    const created = await s.call('POST', '/candidates', { json: { firstName: 'Later', lastName: 'On', email: 'later@example.org' } });
    expect(created.status).toBe(201);
    const got = await s.call('GET', `/candidates/${created.body.id}`);
    expect(Date.parse(got.body.createdOn)).toBe(base + 2 * 86_400_000);
    expect(Date.parse(got.body.updatedOn)).toBe(base + 2 * 86_400_000);
  });

  it('does not refill rate windows: they measure real throughput, not simulated time', async () => {
    const s = await sim({ now: () => 1_800_000_000_000 });
    for (let i = 0; i < 10; i++) expect((await s.call('GET', '/jobs?limit=1')).status).toBe(200);
    await clock(s, 'POST', { advanceSeconds: 3600 });
    const limited = await s.call('GET', '/jobs?limit=1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('ends the 24 h overlap of a replaced webhook secret key when the clock passes it', async () => {
    const s = await sim();
    const r = await receiver(() => 202);
    const id = await activeSubscription(s, r.url, ['candidate.created']);
    const first = (await s.call('POST', `/webhooks-api/v201907/subscriptions/${id}/secret-key`)).body.secretKey as string;
    const second = (await s.call('POST', `/webhooks-api/v201907/subscriptions/${id}/secret-key`)).body.secretKey as string;
    expect(first).not.toBe(second);
    const send = async (n: number) => {
      await s.call('POST', '/candidates', { json: { firstName: 'Sig', lastName: `N${n}`, email: `sig${n}@example.org` } });
      await s.webhooks.idle();
      return r.events().at(-1)!.headers['smartrecruiters-signature'] as string;
    };
    expect((await send(1)).split(';')).toHaveLength(2);
    await clock(s, 'POST', { advanceSeconds: 24 * 3600 - 60 });
    expect((await send(2)).split(';')).toHaveLength(2);
    await clock(s, 'POST', { advanceSeconds: 61 });
    expect((await send(3)).split(';')).toHaveLength(1);
    expect((await s.call('GET', `/webhooks-api/v201907/subscriptions/${id}/secret-key`)).body.secretKey).toBe(second);
  });

  it('sends due webhook retries as soon as the clock passes them, and logs them at simulated times', async () => {
    const s = await sim();
    const r = await receiver(() => 500);
    const id = await activeSubscription(s, r.url, ['candidate.created']);
    await s.call('POST', '/candidates', { json: { firstName: 'Retry', lastName: 'Me', email: 'retry@example.org' } });
    // The default schedule waits 1 s, 2 s, 4 s, 8 s (capped at 60 s) between 5 attempts: about 15 s of
    // real time. Moving the clock an hour after each attempt sends the next one at once.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await until(() => r.events().length >= attempt, `attempt ${attempt}`);
      await clock(s, 'POST', { advanceSeconds: 3600 });
    }
    await s.webhooks.idle();
    expect(r.events()).toHaveLength(5);
    expect(new Set(r.events().map((e) => e.headers['event-id'])).size).toBe(1);
    expect(s.webhooks.stats()).toMatchObject({ delivered: 0, failed: 1, pending: 0 });
    const log = (await s.call('GET', `/webhooks-api/v201907/subscriptions/${id}/callbacks-log`)).body as { attempt: number; timestamp: string }[];
    const times = log.sort((a, b) => a.attempt - b.attempt).map((e) => Date.parse(e.timestamp));
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(3_600_000);
  }, 20_000);
});
