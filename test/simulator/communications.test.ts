import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const HOSTILE = ['nope', '..', '%2e%2e', 'x'.repeat(3000)];

describe('simulator messages, message templates, notification preferences, audit', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ seed: 3, candidates: 120, jobs: 10, users: 5, rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  it('messages: share → fetch (cursor pages, newest first) → delete → 404; shareWith is checked', async () => {
    const job = sim.state.jobs.list[0]!.id;
    const user = sim.state.users.list[1]!.id;
    const created = await sim.call('POST', '/messages/shares', { json: { content: 'Please look at this candidate', correlationId: 'c-1', shareWith: { users: [user], hiringTeamOf: [job] } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), content: 'Please look at this candidate', correlationId: 'c-1', shareWith: { users: [user], hiringTeamOf: [job], everyone: false, openNote: false } });
    const first = await sim.call('GET', '/messages?limit=3');
    expect(first.body.content[0].id).toBe(created.body.id);
    expect(first.body).toMatchObject({ limit: 3, nextPageId: expect.any(String) });
    const seen = [...first.body.content];
    for (let page = first.body.nextPageId; page; ) {
      const next = await sim.call('GET', `/messages?limit=3&pageId=${page}`);
      seen.push(...next.body.content);
      page = next.body.nextPageId;
    }
    expect(seen).toHaveLength(first.body.totalFound);
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
    expect((await sim.call('DELETE', `/messages/shares/${created.body.id}`)).status).toBe(204);
    expect((await sim.call('DELETE', `/messages/shares/${created.body.id}`)).status).toBe(404);
    expect((await sim.call('GET', '/messages?limit=100')).body.content.some((m: { id: string }) => m.id === created.body.id)).toBe(false);

    for (const body of [{ shareWith: { everyone: true } }, { content: '', shareWith: { everyone: true } }, { content: 'x' }, { content: 'x', shareWith: {} }, { content: 'x', shareWith: { users: ['ghost'] } }, { content: 'x', shareWith: { hiringTeamOf: ['ghost'] } }, { content: 'x'.repeat(10_001), shareWith: { everyone: true } }, { content: 'x', shareWith: { everyone: 'yes' } }]) {
      const r = await sim.call('POST', '/messages/shares', { json: body });
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(r.body.errors[0].message).toMatch(/content|shareWith/);
    }
    for (const id of HOSTILE) expect([400, 404, 405, 414]).toContain((await sim.call('DELETE', `/messages/shares/${id}`)).status);
  });

  it('message templates: create → read → list → update → delete; 400 naming fields, 409 on a duplicate name', async () => {
    const created = await sim.call('POST', '/message-templates-api/message-templates', { json: { name: 'Phone screen', subject: 'Call', body: 'Hi {{candidate.firstName}}' } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ name: 'Phone screen', subject: 'Call', language: 'en' });
    expect((await sim.call('GET', `/message-templates-api/message-templates/${id}`)).body).toEqual(created.body);
    const list = (await sim.call('GET', '/message-templates-api/message-templates')).body;
    expect(list.totalFound).toBe(list.content.length);
    expect(list.content.map((t: { id: string }) => t.id)).toContain(id);
    const dup = await sim.call('POST', '/message-templates-api/message-templates', { json: { name: 'PHONE SCREEN', subject: 's', body: 'b' } });
    expect(dup.status).toBe(409);
    const put = await sim.call('PUT', `/message-templates-api/message-templates/${id}`, { json: { name: 'Phone screen', subject: 'Quick call', body: 'Hello', language: 'fr' } });
    expect(put.body).toMatchObject({ id, subject: 'Quick call', language: 'fr' });
    expect((await sim.call('GET', `/message-templates-api/message-templates/${id}`)).body.subject).toBe('Quick call');
    const missing = await sim.call('PUT', `/message-templates-api/message-templates/${id}`, { json: { name: 'x' } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { message: string }) => e.message.split(':')[0])).toEqual(['subject', 'body']);
    expect((await sim.call('POST', '/message-templates-api/message-templates', { json: { name: 'y', subject: 's', body: 'b', language: 'english' } })).status).toBe(400);
    expect((await sim.call('DELETE', `/message-templates-api/message-templates/${id}`)).status).toBe(204);
    expect((await sim.call('GET', `/message-templates-api/message-templates/${id}`)).status).toBe(404);
    for (const bad of HOSTILE) expect([400, 404, 414]).toContain((await sim.call('GET', `/message-templates-api/message-templates/${bad}`)).status);
  });

  it('notification preferences: types, own preferences upserted and patched by id, company defaults and locks', async () => {
    const types = (await sim.call('GET', '/notification-preferences/notification-types')).body;
    expect(types.totalFound).toBe(types.content.length);
    const ids = types.content.map((t: { id: string }) => t.id);
    const mine = (await sim.call('GET', '/notification-preferences/employee-preferences')).body;
    expect(mine.userId).toBe(sim.state.users.list[0]!.id);
    expect(mine.preferences.map((p: { notificationType: string }) => p.notificationType)).toEqual(ids);
    const up = await sim.call('PATCH', '/notification-preferences/employee-preferences', { json: { preferences: [{ notificationType: 'MENTION', email: false }] } });
    expect(up.body.preferences.find((p: { notificationType: string }) => p.notificationType === 'MENTION')).toMatchObject({ email: false, inApp: true });
    const mention = up.body.preferences.find((p: { notificationType: string }) => p.notificationType === 'MENTION');
    const one = await sim.call('PATCH', `/notification-preferences/employee-preferences/preferences/${mention.id}`, { json: { inApp: false } });
    expect(one.body).toMatchObject({ id: mention.id, email: false, inApp: false });
    expect((await sim.call('GET', '/notification-preferences/employee-preferences')).body.preferences.find((p: { id: string }) => p.id === mention.id)).toMatchObject({ email: false, inApp: false });
    // POST saves the whole set: MENTION, left out, goes back to the company default.
    const saved = await sim.call('POST', '/notification-preferences/employee-preferences', { json: { preferences: [{ notificationType: 'NEW_APPLICATION', email: false }] } });
    expect(saved.status).toBe(200);
    expect(saved.body.preferences.find((p: { id: string }) => p.id === mention.id)).toMatchObject({ email: true, inApp: true });
    const all = (await sim.call('GET', '/notification-preferences/employee-preferences/all')).body;
    expect(all.totalFound).toBe(sim.state.users.list.length);

    const locked = (await sim.call('GET', '/notification-preferences/global-preferences')).body.preferences.find((p: { locked: boolean }) => p.locked);
    const refused = await sim.call('PATCH', '/notification-preferences/employee-preferences', { json: { preferences: [{ notificationType: locked.notificationType, email: false }] } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].code).toBe('PREFERENCE_LOCKED');
    const g = await sim.call('PATCH', '/notification-preferences/global-preferences', { json: { preferences: [{ notificationType: locked.notificationType, locked: false }] } });
    expect(g.body.preferences.find((p: { notificationType: string }) => p.notificationType === locked.notificationType).locked).toBe(false);
    expect((await sim.call('PATCH', '/notification-preferences/employee-preferences', { json: { preferences: [{ notificationType: locked.notificationType, email: false }] } })).status).toBe(200);

    for (const body of [{}, { preferences: [{ notificationType: 'mention' }] }, { preferences: [{ notificationType: 'MENTION', email: 'no' }] }, { preferences: 'all' }]) {
      expect((await sim.call('PATCH', '/notification-preferences/employee-preferences', { json: body })).status, JSON.stringify(body)).toBe(400);
      expect((await sim.call('PATCH', '/notification-preferences/global-preferences', { json: body })).status, JSON.stringify(body)).toBe(400);
    }
    for (const bad of HOSTILE) expect([400, 404, 414]).toContain((await sim.call('PATCH', `/notification-preferences/employee-preferences/preferences/${bad}`, { json: { email: true } })).status);
  });

  it('audit log: the company history plus every change made through the API, oldest first, stable cursor pages', async () => {
    const first = await sim.call('GET', '/audit-api/v201910/audit-events?limit=100');
    expect(first.status).toBe(200);
    expect(first.body.content[0]).toMatchObject({ id: expect.any(String), eventType: expect.any(String), occurredOn: expect.any(String), actor: { type: expect.any(String), id: expect.any(String) }, entity: { type: expect.any(String), id: expect.any(String) } });
    const total = first.body.totalFound;
    const created = await sim.call('POST', '/candidates', { json: { firstName: 'Audit', lastName: 'Me', email: 'audit.me@example.org' } });
    expect(created.status).toBe(201);
    const events = [];
    for (let page: string | undefined = undefined; ; ) {
      const r = await sim.call('GET', `/audit-api/v201910/audit-events?limit=50${page ? `&nextPageId=${page}` : ''}`);
      events.push(...r.body.content);
      page = r.body.nextPageId;
      if (!page) break;
    }
    expect(events.length).toBeGreaterThan(total);
    const mine = events.find((e) => e.eventType === 'candidate.created' && e.entity.id === created.body.id);
    expect(mine).toMatchObject({ actor: { type: 'API' }, entity: { type: 'CANDIDATE' }, link: `/candidates/${created.body.id}` });
    const times = events.map((e) => Date.parse(e.occurredOn));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect((await sim.call('GET', '/audit-api/v201910/audit-events?nextPageId=bogus')).status).toBe(400);
  });
});
