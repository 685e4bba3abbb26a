import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

const JSON_PATCH = 'application/json-patch+json';

describe('simulator: envelopes, enums and status codes as documented', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ seed: 5, candidates: 40, jobs: 10, users: 8, rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  it('the candidate list carries limit, offset, totalFound, content and nextPageId; offset counts what came before', async () => {
    const first = await sim.call('GET', '/candidates?limit=15');
    expect(first.status).toBe(200);
    expect(Object.keys(first.body).sort()).toEqual(['content', 'limit', 'nextPageId', 'offset', 'totalFound']);
    expect(first.body).toMatchObject({ limit: 15, offset: 0 });
    const second = await sim.call('GET', `/candidates?limit=15&pageId=${first.body.nextPageId}`);
    expect(second.body.offset).toBe(15);
    const third = await sim.call('GET', `/candidates?limit=15&pageId=${second.body.nextPageId}`);
    expect(third.body.offset).toBe(30);
    expect(third.body.nextPageId).toBeUndefined();
    expect(third.body.offset + third.body.content.length).toBe(third.body.totalFound);
    // A page id that is not ours is a 400 naming pageId, never page 1.
    const forged = await sim.call('GET', `/candidates?pageId=${Buffer.from('c1:x:0').toString('base64url')}`);
    expect(forged.status).toBe(400);
    expect(forged.body.message).toMatch(/^pageId:/);
  });

  it('GET /candidates refuses offset (it pages by cursor) instead of answering page 1 every time', async () => {
    for (const q of ['offset=10', 'offset=0', 'offset=', 'offset=abc', 'limit=5&offset=5']) {
      const res = await sim.call('GET', `/candidates?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.message).toMatch(/^offset: GET \/candidates does not take offset .*pageId/);
      expect(res.body.errors[0].code).toBe('INVALID_FIELD');
    }
  });

  it('the users list (cursor) refuses offset the same way, on both the User API and the deprecated /users', async () => {
    for (const path of ['/user-api/v201804/users?offset=4', '/users?limit=2&offset=2']) {
      const res = await sim.call('GET', path);
      expect(res.status, path).toBe(400);
      expect(res.body.message).toMatch(/^offset: the users list does not take offset/);
    }
    expect((await sim.call('GET', '/user-api/v201804/users?limit=2')).status).toBe(200);
  });

  it('GET /candidates lists only candidates with at least one job application, as documented', async () => {
    const pool = await sim.call('POST', '/candidates', { json: { firstName: 'Pool', lastName: 'Only', email: 'pool.only@example.org' } });
    expect(pool.status).toBe(201);
    const all: string[] = [];
    let next: string | undefined;
    let total = 0;
    do {
      const res = await sim.call('GET', `/candidates?limit=100${next ? `&pageId=${next}` : ''}`);
      all.push(...res.body.content.map((c: { id: string }) => c.id));
      total = res.body.totalFound;
      next = res.body.nextPageId;
    } while (next);
    expect(all).not.toContain(pool.body.id);
    expect(total).toBe(all.length);
    // Still a candidate: readable by id, and listed once it applies to a job.
    expect((await sim.call('GET', `/candidates/${pool.body.id}`)).status).toBe(200);
    const onJob = await sim.call('POST', `/jobs/${sim.state.jobs.list[0]!.id}/candidates`, { json: { firstName: 'On', lastName: 'Job', email: 'on.job@example.org' } });
    const q = await sim.call('GET', '/candidates?q=on.job@example.org');
    expect(q.body.content.map((c: { id: string }) => c.id)).toEqual([onJob.body.id]);
  });

  it('consent decisions use the documented enums: status acquired/declined/required, scope Single', async () => {
    const byStatus = new Map<string, string>();
    for (let i = 0; i < sim.state.candidates.size; i++) {
      const c = sim.state.candidates.get(i);
      if (!byStatus.has(c.consentStatus)) byStatus.set(c.consentStatus, c.id);
    }
    expect(byStatus.size).toBe(3);
    const expected = { ACQUIRED: 'acquired', PENDING: 'required', REQUIRED: 'required' } as const;
    for (const [status, id] of byStatus) {
      const res = await sim.call('GET', `/candidates/${id}/consents`);
      expect(res.status).toBe(200);
      const [d] = res.body.decisions;
      expect(d.status).toBe(expected[status as keyof typeof expected]);
      expect(d.scope).toBe('Single');
      expect(d.decidedOn !== undefined).toBe(status === 'ACQUIRED');
      expect(res.body.recentPendingRequestCreatedOn !== undefined).toBe(status === 'PENDING');
      // The candidate's own consent status keeps the upper-case ConsentStatus enum.
      expect((await sim.call('GET', `/candidates/${id}/consent`)).body.status).toBe(status);
    }
  });

  it('activation e-mail and password reset answer 204 with no body; an unknown user is a 404', async () => {
    const id = sim.state.users.list[2]!.id;
    for (const path of [`/user-api/v201804/users/${id}/activation-email`, `/user-api/v201804/users/${id}/reset-password`, `/users/${id}/activation-email`]) {
      const res = await fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'X-SmartToken': sim.apiKey } });
      expect(res.status, path).toBe(204);
      expect(await res.text(), path).toBe('');
      expect(res.headers.get('content-type'), path).toBeNull();
      const missing = await sim.call('POST', path.replace(id, 'no-such-user'));
      expect(missing.status, path).toBe(404);
    }
  });

  it('avatar upload and job publication answer 204 with no body, as documented', async () => {
    const id = sim.state.users.list[1]!.id;
    const form = new FormData();
    form.append('file', new Blob([Buffer.from([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), 'me.png');
    const avatar = await fetch(`${sim.url}/user-api/v201804/users/${id}/avatar`, { method: 'PUT', headers: { 'X-SmartToken': sim.apiKey }, body: form });
    expect(avatar.status).toBe(204);
    expect(await avatar.text()).toBe('');
    const empty = new FormData();
    empty.append('file', new Blob([]), 'empty.png');
    const bad = await sim.call('PUT', `/user-api/v201804/users/${id}/avatar`, { raw: empty });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^file: the file "empty.png" is empty/);
    expect((await sim.call('PUT', '/user-api/v201804/users/nobody/avatar', { raw: form })).status).toBe(404);
    const job = sim.state.jobs.list.find((j) => j.postingStatus === 'NOT_PUBLISHED')!;
    const pub = await fetch(`${sim.url}/jobs/${job.id}/publication`, { method: 'POST', headers: { 'X-SmartToken': sim.apiKey, 'Content-Type': 'application/json' }, body: '{}' });
    expect(pub.status).toBe(204);
    expect(await pub.text()).toBe('');
  });

  it('webhook deliveries carry event-version as the subscription shows it (1.0.0)', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const receiver: Server = createServer((req, res) => {
      const secret = req.headers['x-hook-secret'];
      if (secret) res.setHeader('X-Hook-Secret', secret);
      else seen.push(req.headers);
      res.statusCode = secret ? 200 : 202;
      req.resume();
      req.on('end', () => res.end());
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      const sub = await sim.call('POST', '/webhooks-api/v201907/subscriptions', { json: { callbackUrl: url, events: ['candidate.created'] } });
      expect(sub.body.events).toEqual([{ name: 'candidate.created', version: '1.0.0' }]);
      expect((await sim.call('PUT', `/webhooks-api/v201907/subscriptions/${sub.body.id}/activation`)).status).toBe(204);
      await sim.call('POST', '/candidates', { json: { firstName: 'Hook', lastName: 'Seen', email: 'hook.seen@example.org' } });
      for (let i = 0; i < 100 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(seen.length).toBeGreaterThan(0);
      expect(seen[0]!['event-name']).toBe('candidate.created');
      expect(seen[0]!['event-version']).toBe(sub.body.events[0].version);
    } finally {
      await new Promise((r) => receiver.close(r));
    }
  });
});

describe('simulator: strict where the API is strict (users)', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ seed: 6, candidates: 10, jobs: 5, users: 6, rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  const patch = (id: string, json: unknown, contentType = JSON_PATCH) => sim.call('PATCH', `/user-api/v201804/users/${id}`, { json, contentType });

  it('PATCH of a user e-mail to one in use is a 409, as POST is (any case); to its own e-mail it is fine', async () => {
    const [a, b] = [sim.state.users.list[1]!, sim.state.users.list[2]!];
    const taken = await patch(a.id, [{ op: 'replace', path: '/email', value: b.email.toUpperCase() }]);
    expect(taken.status).toBe(409);
    expect(taken.body.message).toMatch(/^email: a user with e-mail .* already exists/);
    expect(sim.state.users.get(a.id)!.email).not.toBe(b.email);
    expect((await patch(a.id, [{ op: 'replace', path: '/email', value: a.email }])).status).toBe(200);
    const post = await sim.call('POST', '/user-api/v201804/users', { json: { email: b.email, firstName: 'X', lastName: 'Y', systemRole: { id: 'EMPLOYEE' } } });
    expect(post.status).toBe(409);
    // The deprecated API's PATCH holds the same rule.
    const old = await sim.call('PATCH', `/users/${a.id}`, { json: { email: b.email } });
    expect(old.status).toBe(409);
  });

  it('PATCH takes JSON Patch only: another content type is a 415, a non-array or a bad op is a 400 naming the path', async () => {
    const id = sim.state.users.list[3]!.id;
    const plain = await patch(id, [{ op: 'replace', path: '/firstName', value: 'Plain' }], 'application/json');
    expect(plain.status).toBe(415);
    expect(plain.body.message).toMatch(/application\/json-patch\+json/);
    for (const [body, message] of [
      [{ firstName: 'Merge' }, /^body: a JSON Patch document must be an array/],
      [[{ op: 'replace', path: '/id', value: 'x' }], /^body\[0\]\.path: "\/id" is not a patchable user field/],
      [[{ op: 'replace', path: '/firstName', value: 'ok' }, { op: 'add', path: '/location', value: {} }], /^body\[1\]\.path: "\/location"/],
      [[{ op: 'move', from: '/firstName', path: '/lastName' }], /^body\[0\]\.op: must be one of/],
      [[{ op: 'replace', value: 'x' }], /^body\[0\]\.path: is required/],
      [[{ op: 'remove', path: '/externalData/deep' }], /^body\[0\]\.path:/],
      [[{ op: 'replace', path: '/firstName', value: '' }], /^firstName: must have at least 1/],
      [[{ op: 'replace', path: '/systemRole/id', value: 'administrator' }], /^systemRole\.id: .*did you mean "ADMINISTRATOR"/],
    ] as const) {
      const res = await patch(id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.message, JSON.stringify(body)).toMatch(message);
    }
    expect(sim.state.users.get(id)!.firstName).not.toBe('ok'); // a failed patch changes nothing
    const ok = await patch(id, [{ op: 'test', path: '/firstName', value: sim.state.users.get(id)!.firstName }, { op: 'replace', path: '/externalData', value: 'HR-77' }]);
    expect(ok.status).toBe(200);
    expect(ok.body.externalData).toBe('HR-77');
  });
});
