import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../src/actions/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { STORE_DIALECTS } from '../store/store-dialects.js';
import { simTotal, startSim, startTestbed, type ServerTestbed } from './server-testbed.js';

for (const dialect of STORE_DIALECTS) {
  describe.skipIf(dialect.skip)(`the Actions API on ${dialect.title}`, () => {
    let sim: Simulator;
    let bed: ServerTestbed;
    let id: string;
    beforeAll(async () => {
      sim = await startSim();
      bed = await startTestbed(dialect);
      id = await bed.link(sim);
    });
    afterAll(async () => {
      await bed?.close();
      await sim?.close();
    });

    it('GET /actions lists every action with its method, path, input JSON Schema and read/write', async () => {
      const res = await bed.call('GET', '/actions');
      expect(res.status).toBe(200);
      expect(res.body.result).toHaveLength(actions.length);
      const search = res.body.result.find((a: { name: string }) => a.name === 'search_candidates');
      expect(search).toMatchObject({ method: 'GET', path: '/candidates', kind: 'read', reads: true, writes: false, pagination: expect.any(String) });
      expect(search.input_schema).toMatchObject({ type: 'object', properties: { limit: expect.any(Object) } });
      const create = res.body.result.find((a: { name: string }) => a.name === 'create_candidate');
      expect(create).toMatchObject({ method: 'POST', reads: false, writes: true });
      for (const a of res.body.result) expect(a.reads).toBe(!a.writes);
    });

    it('runs a read and a write', async () => {
      const read = await bed.call('POST', '/actions/search_candidates', { json: { account_id: id, input: { limit: 3 } } });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ action: 'search_candidates', status: 200 });
      expect(read.body.data.content.length).toBe(3);

      const email = `grace.${Date.now()}@example.com`;
      const write = await bed.call('POST', '/actions/create_candidate', { json: { account_id: id, input: { body: { firstName: 'Grace', lastName: 'Hopper', email } } } });
      expect(write.status).toBe(200);
      expect(write.body).toMatchObject({ action: 'create_candidate', status: 201, data: { email } });
      const back = await bed.call('POST', '/actions/get_candidate', { json: { account_id: id, input: { id: write.body.data.id } } });
      expect(back.body.data.email).toBe(email);

      const all = await bed.call('POST', '/actions/search_candidates', { json: { account_id: id, input: { limit: 5 }, all: true, max_items: 12 } });
      expect(all.status).toBe(200);
      expect(all.body.data).toHaveLength(12);
      expect(all.body.pages).toBeGreaterThanOrEqual(1);
    });

    it('bad input is a 4xx naming the field, before any call to SmartRecruiters', async () => {
      const before = await simTotal(sim);
      const cases: [string, unknown, number, string][] = [
        ['search_candidates', { account_id: id, input: { limit: 'ten' } }, 400, 'input.limit'],
        ['search_candidates', { account_id: id, input: { limit: 101 } }, 400, 'input.limit'],
        ['search_candidates', { account_id: id, input: { nope: 1 } }, 400, 'input.nope'],
        ['create_candidate', { account_id: id, input: { body: { firstName: 'A' } } }, 400, 'input.body.lastName'],
        ['get_candidate', { account_id: id, input: {} }, 400, 'input.id'],
        ['search_candidates', { input: {} }, 400, 'account_id'],
        ['search_candidates', { account_id: 42 }, 400, 'account_id'],
        ['search_candidates', { account_id: id, extra: true }, 400, 'extra'],
        ['search_candidates', { account_id: id, input: [] }, 400, 'input'],
        ['no_such_action', { account_id: id }, 404, 'name'],
        ['search candidates; drop', { account_id: id }, 404, 'name'],
        ['search_candidates', { account_id: 'acc_doesnotexist' }, 404, 'id'],
      ];
      for (const [name, json, status, field] of cases) {
        const res = await bed.call('POST', `/actions/${encodeURIComponent(name)}`, { json });
        expect(res.status, `${name} ${JSON.stringify(json)}`).toBe(status);
        expect(res.headers.get('content-type')).toBe('application/problem+json');
        expect(res.body.field, `${name} ${JSON.stringify(json)}: ${res.text}`).toBe(field);
      }
      // fetch resolves `..` away: the request lands on POST /actions, which is no route.
      expect((await bed.call('POST', '/actions/..', { json: { account_id: id } })).body.code).toBe('not_found');
      const unknown = await bed.call('POST', '/actions/search_candidate', { json: { account_id: id } });
      expect(unknown.body.detail).toContain('search_candidates');
      expect(await simTotal(sim)).toBe(before);
    });
  });
}
