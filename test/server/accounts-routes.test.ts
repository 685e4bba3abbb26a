import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { postgresTablesText, STORE_DIALECTS } from '../store/store-dialects.js';
import { simTotal, startSim, startTestbed, type ServerTestbed } from './server-testbed.js';

for (const dialect of STORE_DIALECTS) {
  describe.skipIf(dialect.skip)(`accounts over HTTP on ${dialect.title}`, () => {
    let sim: Simulator;
    let bed: ServerTestbed;
    beforeAll(async () => {
      sim = await startSim({ oauthClient: { clientId: 'client-one', clientSecret: 'oauth-secret-3f9b1c7e2d' } });
      bed = await startTestbed(dialect);
    });
    afterAll(async () => {
      await bed?.close();
      await sim?.close();
    });

    it('links, lists, shows, rotates and removes an account; no listing shows a secret', async () => {
      const created = await bed.call('POST', '/accounts', { json: { name: 'Acme', auth: { type: 'api_key', api_key: sim.apiKey }, base_url: sim.url } });
      expect(created.status).toBe(201);
      expect(created.headers.get('content-type')).toContain('application/json');
      const id = created.body.id as string;
      expect(created.headers.get('location')).toBe(`/accounts/${id}`);
      expect(created.body).toMatchObject({ name: 'Acme', base_url: sim.url, auth_type: 'api_key' });
      expect(created.body.health.last_success_at).toEqual(expect.any(String));

      const oauth = await bed.call('POST', '/accounts', {
        json: { name: 'Beta', auth: { type: 'oauth_client_credentials', client_id: 'client-one', client_secret: 'oauth-secret-3f9b1c7e2d' }, base_url: sim.url },
      });
      expect(oauth.status).toBe(201);
      expect(oauth.body).toMatchObject({ auth_type: 'oauth_client_credentials', client_id: 'client-one' });

      const list = await bed.call('GET', '/accounts');
      expect(list.status).toBe(200);
      expect(list.body.result.map((a: { id: string }) => a.id).sort()).toEqual([id, oauth.body.id].sort());
      const shown = await bed.call('GET', `/accounts/${id}`);
      expect(shown.status).toBe(200);
      expect(shown.body.id).toBe(id);
      for (const text of [created.text, oauth.text, list.text, shown.text]) {
        expect(text).not.toContain(sim.apiKey);
        expect(text).not.toContain('oauth-secret-3f9b1c7e2d');
      }

      // Rotation: the old key stops working upstream only when we say so; the account keeps its id.
      const renamed = await bed.call('PATCH', `/accounts/${id}`, { json: { name: 'Acme Corp' } });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ id, name: 'Acme Corp' });
      const rotated = await bed.call('PATCH', `/accounts/${id}`, { json: { auth: { type: 'oauth_client_credentials', client_id: 'client-one', client_secret: 'oauth-secret-3f9b1c7e2d' } } });
      expect(rotated.status).toBe(200);
      expect(rotated.body).toMatchObject({ id, auth_type: 'oauth_client_credentials', created_at: created.body.created_at });
      const viaProxy = await bed.call('GET', `/proxy/${id}/candidates?limit=1`);
      expect(viaProxy.status).toBe(200);
      // Health shows what the account's client saw, including the call just made through the proxy.
      await bed.call('GET', `/proxy/${id}/candidates/not-a-candidate`);
      const health = (await bed.call('GET', `/accounts/${id}`)).body.health;
      expect(health.last_success_at).toEqual(expect.any(String));
      expect(health.last_error).toMatchObject({ status: 404 });
      expect(JSON.stringify(health)).not.toContain(sim.apiKey);

      const removed = await bed.call('DELETE', `/accounts/${id}`);
      expect(removed.status).toBe(204);
      expect(removed.text).toBe('');
      const gone = await bed.call('GET', `/accounts/${id}`);
      expect(gone.status).toBe(404);
      expect(gone.headers.get('content-type')).toBe('application/problem+json');
      expect(gone.body).toMatchObject({ code: 'account_not_found', status: 404, request_id: gone.headers.get('x-request-id') });
      expect((await bed.call('DELETE', `/accounts/${id}`)).status).toBe(404);
      expect((await bed.call('GET', `/proxy/${id}/candidates`)).body.code).toBe('account_not_found');
    });

    it('a wrong key is a 4xx that says so, and nothing is stored', async () => {
      const before = (await bed.call('GET', '/accounts')).body.result.length;
      const res = await bed.call('POST', '/accounts', { json: { name: 'Bad', auth: { type: 'api_key', api_key: 'not-the-key-0000000' }, base_url: sim.url } });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body.code).toBe('invalid_credentials');
      expect(res.body.field).toMatch(/^auth/);
      expect(res.text).not.toContain('not-the-key-0000000');
      expect((await bed.call('GET', '/accounts')).body.result.length).toBe(before);
    });

    it('bad input is a 400 naming the field, before any call to SmartRecruiters', async () => {
      const start = await simTotal(sim);
      const cases: [unknown, string][] = [
        [{ name: 'x', auth: { type: 'api_key', api_key: 'k' }, base_url: 'ftp://example.com' }, 'base_url'],
        [{ name: 'x', auth: { type: 'api_key', api_key: 'k' }, base_url: 'javascript:alert(1)' }, 'base_url'],
        [{ name: 'x', auth: { type: 'api_key' } }, 'auth.api_key'],
        [{ name: 'x', auth: { type: 'password', api_key: 'k' } }, 'auth.type'],
        [{ name: '', auth: { type: 'api_key', api_key: 'k' } }, 'name'],
        [{ name: 42, auth: { type: 'api_key', api_key: 'k' } }, 'name'],
        [{ name: 'x', auth: { type: 'api_key', api_key: 'k' }, admin: true }, 'admin'],
        [{ name: 'x', auth: { type: 'api_key', api_key: 'k', extra: 1 } }, 'auth.extra'],
        [{ name: 'x', auth: { type: 'api_key', api_key: 'clé 😀' }, base_url: sim.url }, 'auth.api_key'],
        [{ name: 'x', auth: { type: 'oauth_client_credentials', client_id: 'id\n', client_secret: 's' }, base_url: sim.url }, 'auth.client_id'],
      ];
      for (const [json, field] of cases) {
        const res = await bed.call('POST', '/accounts', { json });
        expect(res.status, JSON.stringify(json)).toBe(400);
        expect(res.headers.get('content-type')).toBe('application/problem+json');
        expect(res.body.field, JSON.stringify(json)).toBe(field);
        expect(res.body).toMatchObject({ type: expect.stringContaining(res.body.code), title: 'Bad Request', detail: expect.any(String) });
      }
      const patch = await bed.call('PATCH', '/accounts/acc_nothing', { json: {} });
      expect(patch.status).toBe(400);
      const bad = await bed.call('POST', '/accounts', { body: '{"name":', headers: { 'content-type': 'application/json' } });
      expect(bad.body).toMatchObject({ status: 400, code: 'malformed_json', field: 'body' });
      const wrongType = await bed.call('POST', '/accounts', { body: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(wrongType.status).toBeGreaterThanOrEqual(400);
      expect(wrongType.status).toBeLessThan(500);
      expect(await simTotal(sim)).toBe(start);
    });

    it('stores no credential in clear', async () => {
      const id = await bed.link(sim, 'Scan');
      const text =
        dialect.dialect === 'sqlite'
          ? [bed.database.sqlitePath as string, `${bed.database.sqlitePath as string}-wal`]
              .filter((f) => existsSync(f))
              .map((f) => readFileSync(f).toString('latin1'))
              .join('\n')
          : await postgresTablesText(bed.database.url as string, bed.database.schema as string);
      expect(text.length).toBeGreaterThan(0);
      expect(text).toContain(id);
      expect(text).not.toContain(sim.apiKey);
      expect(text).not.toContain('oauth-secret-3f9b1c7e2d');
    });
  });
}
