import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { STORE_DIALECTS } from '../store/store-dialects.js';
import { startBrokenUpstream, startSim, startTestbed, type ServerTestbed } from './server-testbed.js';

interface Logged {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  operation: string | null;
}

async function lastReceived(sim: Simulator): Promise<Logged> {
  const entries = (await (await fetch(`${sim.url}/__sim/requests?limit=1`)).json()) as Logged[];
  return entries[0] as Logged;
}

for (const dialect of STORE_DIALECTS) {
  describe.skipIf(dialect.skip)(`the proxy on ${dialect.title}`, () => {
    let sim: Simulator;
    let bed: ServerTestbed;
    let id: string;
    beforeAll(async () => {
      sim = await startSim();
      bed = await startTestbed(dialect, { limits: { proxyBytes: 2 * 1024 * 1024 } });
      id = await bed.link(sim);
    });
    afterAll(async () => {
      await bed?.close();
      await sim?.close();
    });

    it('GET passes path and query 1:1 with the account key injected, never our token', async () => {
      const res = await bed.call('GET', `/proxy/${id}/candidates?limit=2&status=NEW&status=HIRED&q=Mart%C3%ADnez`, { headers: { accept: 'application/json', cookie: 'session=abc' } });
      expect(res.status).toBe(200);
      expect(res.body.content.length).toBeLessThanOrEqual(2);
      expect(res.headers.get('x-request-id')).toMatch(/^req_/);
      const got = await lastReceived(sim);
      expect(got).toMatchObject({ method: 'GET', path: '/candidates', query: { limit: '2', status: ['NEW', 'HIRED'], q: 'Martínez' } });
      expect(got.headers['x-smarttoken']).toMatch(/redacted/); // the simulator logs the key it checked, redacted
      expect(JSON.stringify(got.headers)).not.toContain(bed.token);
      expect(got.headers.cookie).toBeUndefined();
      expect(got.headers.authorization).toBeUndefined();
    });

    it('POST relays a JSON body and the created status', async () => {
      const body = { firstName: 'Ada', lastName: 'Lovelace', email: `ada.${Date.now()}@example.com` };
      const res = await bed.call('POST', `/proxy/${id}/candidates`, { json: body });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject(body);
      const fetched = await bed.call('GET', `/proxy/${id}/candidates/${res.body.id as string}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body.email).toBe(body.email);
    });

    it('a multipart attachment upload and its download round-trip byte for byte', async () => {
      const candidate = sim.state.candidates.get(3);
      const job = candidate.applications[0]!.jobId;
      const bytes = randomBytes(700_000);
      const form = new FormData();
      form.append('attachmentType', 'COVER_LETTER');
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'lettre – é.pdf');
      const up = await bed.call('POST', `/proxy/${id}/candidates/${candidate.id}/jobs/${job}/attachments`, { body: form });
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({ name: 'lettre – é.pdf', contentType: 'application/pdf', size: bytes.length });

      const res = await fetch(`${bed.url}/proxy/${id}/candidates/attachments/${up.body.id as string}`, { headers: { authorization: `Bearer ${bed.token}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('lettre – é.pdf'));
      const got = Buffer.from(await res.arrayBuffer());
      expect(got.length).toBe(bytes.length);
      expect(got.equals(bytes)).toBe(true);
    });

    it('a body over the proxy limit is a 413 problem and never reaches SmartRecruiters', async () => {
      const before = (await lastReceived(sim)).path;
      const res = await bed.call('POST', `/proxy/${id}/candidates`, { body: new Uint8Array(2 * 1024 * 1024 + 1), headers: { 'content-type': 'application/octet-stream' } });
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 'body_too_large', field: 'body' });
      expect((await lastReceived(sim)).path).toBe(before);
    });

    it('upstream errors keep their status class and message', async () => {
      const missing = await bed.call('GET', `/proxy/${id}/candidates/00000000-0000-0000-0000-000000000000`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('application/problem+json');
      expect(missing.body).toMatchObject({ code: 'upstream_not_found', status: 404 });
      expect(missing.body.detail).toContain('SmartRecruiters 404');
      const invalid = await bed.call('POST', `/proxy/${id}/candidates`, { json: { firstName: 42 } });
      expect(invalid.status).toBeGreaterThanOrEqual(400);
      expect(invalid.status).toBeLessThan(500);
      expect(invalid.body.code).toMatch(/^upstream_/);
      const notAllowed = await bed.call('OPTIONS', `/proxy/${id}/candidates`);
      expect(notAllowed.status).toBe(405);
      expect(notAllowed.body.code).toBe('method_not_allowed');
    });

    it('a 5xx upstream is a 502 problem; a dead upstream is a 502 that says unreachable', async () => {
      const broken = await startBrokenUpstream('key-for-broken-upstream');
      try {
        const res = await bed.call('POST', '/accounts', { json: { name: 'Broken', auth: { type: 'api_key', api_key: 'key-for-broken-upstream' }, base_url: broken.url } });
        expect(res.status).toBe(201);
        const brokenId = res.body.id as string;
        const failed = await bed.call('GET', `/proxy/${brokenId}/candidates`);
        expect(failed.status).toBe(502);
        expect(failed.body).toMatchObject({ code: 'upstream_server_error', status: 502 });
        expect(failed.body.detail).toContain('SmartRecruiters 500');
        await broken.close();
        const dead = await bed.call('GET', `/proxy/${brokenId}/candidates`);
        expect(dead.status).toBe(502);
        expect(dead.body.code).toBe('upstream_unreachable');
      } finally {
        await broken.close();
      }
    });
  });
}
