import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

describe('simulator users', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ users: 30, rateLimits: { enabled: false } });
  });
  afterAll(() => sim.close());

  it('pages users by cursor, filters by updatedAfter, creates, patches and deactivates', async () => {
    const first = await sim.call('GET', '/user-api/v201804/users?limit=20');
    expect(first.body).toMatchObject({ limit: 20, totalFound: 30, nextPageId: expect.any(String) });
    expect(first.headers.get('link')).toMatch(/rel="next"/);
    expect(first.body.content[0]).toMatchObject({ id: expect.any(String), email: expect.stringContaining('@'), firstName: expect.any(String), active: expect.any(Boolean), systemRole: { id: expect.any(String) } });
    const created = await sim.call('POST', '/user-api/v201804/users', { json: { email: 'grace@example.org', firstName: 'Grace', lastName: 'Hopper', systemRole: { id: 'ADMINISTRATOR' } } });
    expect(created.status).toBe(201);
    expect((await sim.call('POST', '/user-api/v201804/users', { json: { email: 'grace@example.org', firstName: 'G', lastName: 'H', systemRole: { id: 'EMPLOYEE' } } })).status).toBe(409);
    const cutoff = new Date(sim.state.now() - 1).toISOString();
    const patched = await sim.call('PATCH', `/user-api/v201804/users/${created.body.id}`, { json: [{ op: 'replace', path: '/lastName', value: 'Murray Hopper' }], contentType: 'application/json-patch+json' });
    expect(patched.body.lastName).toBe('Murray Hopper');
    expect((await sim.call('DELETE', `/user-api/v201804/users/${created.body.id}/activation`)).status).toBe(204);
    const changed = await sim.call('GET', `/user-api/v201804/users?updatedAfter=${cutoff}`);
    expect(changed.body.content.map((u: { id: string }) => u.id)).toEqual([created.body.id]);
    expect(changed.body.content[0].active).toBe(false);
    expect((await sim.call('GET', '/user-api/v201804/users/nobody')).status).toBe(404);
    expect((await sim.call('POST', '/user-api/v201804/users/nobody/reset-password', { json: {} })).status).toBe(404);
  });

  it('validates a new user as documented: names and a case-sensitive systemRole required, email optional', async () => {
    const lower = await sim.call('POST', '/user-api/v201804/users', { json: { firstName: 'Ada', lastName: 'L', systemRole: { id: 'employee' } } });
    expect(lower.status).toBe(400);
    expect(lower.body.message).toMatch(/systemRole\.id: .*case-sensitive.*"EMPLOYEE"/);
    const missing = await sim.call('POST', '/user-api/v201804/users', { json: { email: 'x@example.org' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toBe('firstName: is required; lastName: is required; systemRole: is required');
    const noEmail = await sim.call('POST', '/user-api/v201804/users', { json: { firstName: 'Sso', lastName: 'Only', systemRole: { id: 'EMPLOYEE' } } });
    expect(noEmail.status).toBe(201);
    expect(noEmail.body).toMatchObject({ firstName: 'Sso', systemRole: { id: 'EMPLOYEE' } });
    expect(noEmail.body).not.toHaveProperty('email');
  });
});

describe('simulator → webhook engine seam', () => {
  let sim: Sim;
  let receiver: Server;
  const deliveries: { headers: IncomingHttpHeaders; body: string }[] = [];
  beforeAll(async () => {
    sim = await startSim({ rateLimits: { enabled: false } });
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const secret = req.headers['x-hook-secret'];
        if (secret) {
          res.writeHead(200, { 'X-Hook-Secret': secret }).end();
          return;
        }
        deliveries.push({ headers: req.headers, body });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    await sim.close();
    await new Promise((r) => receiver.close(r));
  });

  it('delivers candidate.created to an active subscription with a link back to the simulator', async () => {
    const callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const sub = await sim.call('POST', '/webhooks-api/v201907/subscriptions', { json: { callbackUrl, events: ['candidate.created'] } });
    expect(sub.status).toBe(201);
    expect((await sim.call('PUT', `/webhooks-api/v201907/subscriptions/${sub.body.id}/activation`)).status).toBe(204);
    const created = await sim.call('POST', '/candidates', { json: { firstName: 'Hook', lastName: 'Test', email: 'hook@example.org' } });
    await sim.webhooks.idle();
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.headers['event-name']).toBe('candidate.created');
    expect(deliveries[0]!.headers['link']).toBe(`<${sim.url}/candidates/${created.body.id}>; rel=self`);
    expect(JSON.parse(deliveries[0]!.body)).toEqual({ id: created.body.id });
  });
});
