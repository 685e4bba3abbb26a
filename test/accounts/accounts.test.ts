import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AccountError, createAccounts, generateSecretKey, type Accounts, type AccountView } from '../../src/accounts/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { STORE_DIALECTS, type TestDatabase } from '../store/store-dialects.js';
import { accountsOn, notSmartRecruiters, refusedPort, simRequests, startSimulator } from './accounts-testbed.js';

/** The AccountError a promise rejects with (fails the test if it resolves or throws something else). */
async function accountError(p: Promise<unknown>): Promise<AccountError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'expected an AccountError').toBeInstanceOf(AccountError);
  return err as AccountError;
}

async function rowCounts(t: TestDatabase): Promise<{ accounts: number; health: number }> {
  const a = await t.db.selectFrom('accounts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const h = await t.db.selectFrom('account_health').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return { accounts: Number(a.n), health: Number(h.n) };
}

const COMPANY = { method: 'GET', path: '/configuration/company' } as const;

for (const d of STORE_DIALECTS) {
  describe.skipIf(d.skip)(`accounts on ${d.title}`, () => {
    let simA: Simulator;
    let simB: Simulator;
    let t: TestDatabase;
    let accounts: Accounts;

    beforeAll(async () => {
      [simA, simB] = await Promise.all([startSimulator(1), startSimulator(2)]);
    });
    afterAll(async () => {
      await Promise.all([simA?.close(), simB?.close()]);
    });
    beforeEach(async () => {
      t = await d.open();
      accounts = accountsOn(t);
    });
    afterEach(async () => {
      await t.dispose();
    });

    const linkKey = (sim: Simulator, name = 'Acme') => accounts.link({ name, auth: { type: 'api_key', api_key: sim.apiKey }, base_url: sim.url });
    const linkOauth = (sim: Simulator, name = 'Acme OAuth') =>
      accounts.link({ name, auth: { type: 'oauth_client_credentials', client_id: sim.oauthClient.clientId, client_secret: sim.oauthClient.clientSecret }, base_url: sim.url });

    it('links an API-key account after a live call, and shows it without a secret', async () => {
      const before = (await simRequests(simA)).total;
      const view = await linkKey(simA);
      expect((await simRequests(simA)).total).toBe(before + 1);
      expect(view).toMatchObject({ name: 'Acme', base_url: simA.url, auth_type: 'api_key' });
      expect(view.id).toMatch(/^acc_[0-9a-f]{32}$/);
      expect(view.client_id).toBeUndefined();
      expect(view.health.last_success_at).toBe(view.created_at);
      expect(view.health.last_error).toBeNull();
      expect(view.health.rate_budget).toMatchObject({ limit: 10, remaining: expect.any(Number) });
      expect(JSON.stringify(view)).not.toContain(simA.apiKey);
      expect(await accounts.list()).toEqual([view]);
      expect(await accounts.get(view.id)).toEqual(view);
    });

    it('links an OAuth client-credentials account; the client id shows, the secret never does', async () => {
      const view = await linkOauth(simA);
      expect(view).toMatchObject({ auth_type: 'oauth_client_credentials', client_id: simA.oauthClient.clientId });
      const listed = JSON.stringify(await accounts.list());
      expect(listed).not.toContain(simA.oauthClient.clientSecret);
      const client = await accounts.clientForAccount(view.id);
      const res = await client.request<{ name: string }>({ operation: COMPANY });
      expect(res.data.name).toBe(simA.state.companyName);
    });

    it('a bad API key is 422 invalid_credentials naming auth, and nothing is stored', async () => {
      const before = await simRequests(simA);
      const err = await accountError(accounts.link({ name: 'x', auth: { type: 'api_key', api_key: 'wrong-key-123' }, base_url: simA.url }));
      expect(err).toMatchObject({ status: 422, code: 'invalid_credentials', field: 'auth' });
      expect(err.message).toMatch(/API key/);
      expect(err.message).not.toContain('wrong-key-123');
      expect((await simRequests(simA)).byStatus['401']).toBe((before.byStatus['401'] ?? 0) + 1);
      expect(await rowCounts(t)).toEqual({ accounts: 0, health: 0 });
      expect(await accounts.list()).toEqual([]);
    });

    it('a bad OAuth secret, or an unknown client id, is 422 invalid_credentials, and nothing is stored', async () => {
      for (const [client_id, client_secret] of [
        [simA.oauthClient.clientId, 'not-the-secret'],
        ['no-such-client', simA.oauthClient.clientSecret],
      ] as const) {
        const err = await accountError(accounts.link({ name: 'x', auth: { type: 'oauth_client_credentials', client_id, client_secret }, base_url: simA.url }));
        expect(err).toMatchObject({ status: 422, code: 'invalid_credentials', field: 'auth' });
        expect(err.message).not.toContain(client_secret);
      }
      expect(await rowCounts(t)).toEqual({ accounts: 0, health: 0 });
    });

    it('an unreachable host is 502 upstream_unreachable naming base_url, and nothing is stored', async () => {
      const port = await refusedPort();
      const err = await accountError(accounts.link({ name: 'x', auth: { type: 'api_key', api_key: 'k' }, base_url: `http://127.0.0.1:${port}` }));
      expect(err).toMatchObject({ status: 502, code: 'upstream_unreachable', field: 'base_url' });
      expect(await rowCounts(t)).toEqual({ accounts: 0, health: 0 });
    });

    it('a host that is not SmartRecruiters (404, or 200 HTML) is 422 invalid_base_url, and nothing is stored', async () => {
      for (const [status, body] of [
        [404, 'not here'],
        [200, '<html>hello</html>'],
      ] as const) {
        const other = await notSmartRecruiters(status, body);
        try {
          const err = await accountError(accounts.link({ name: 'x', auth: { type: 'api_key', api_key: 'k' }, base_url: other.url }));
          expect(err, `${status}`).toMatchObject({ status: 422, code: 'invalid_base_url', field: 'base_url' });
          expect(other.hits()).toBe(1);
        } finally {
          await other.close();
        }
      }
      expect(await rowCounts(t)).toEqual({ accounts: 0, health: 0 });
    });

    it('a credential that authenticates but may not read the company (403) is linked, with the 403 as its last error', async () => {
      const scoped = await notSmartRecruiters(403, '{"message":"Access denied"}', 'application/json');
      try {
        const view = await accounts.link({ name: 'scoped', auth: { type: 'api_key', api_key: 'scoped-key' }, base_url: scoped.url });
        expect(view.health.last_success_at).toBeNull();
        expect(view.health.last_error).toMatchObject({ status: 403, code: 'http_403' });
        expect(view.health.last_error?.message).toMatch(/authenticated but may not read/);
        expect(await rowCounts(t)).toEqual({ accounts: 1, health: 1 });
      } finally {
        await scoped.close();
      }
    });

    it('a base_url that is not plain http(s) is refused before any call', async () => {
      const before = (await simRequests(simA)).total;
      const host = simA.url.replace(/^http:\/\//, '');
      const hostile: unknown[] = [
        '',
        ' ',
        'not a url',
        `ftp://${host}`,
        'file:///etc/passwd',
        'javascript:alert(1)',
        `http://user:pass@${host}`,
        `http://${simA.apiKey}@${host}`,
        `${simA.url}/?x=1`,
        `${simA.url}?`,
        `${simA.url}#frag`,
        `${simA.url}#`,
        ` ${simA.url}`,
        `${simA.url}\n`,
        `${simA.url}/a b`,
        `http://${'a'.repeat(2100)}.com`,
        42,
        null,
        {},
      ];
      for (const base_url of hostile) {
        const err = await accountError(accounts.link({ name: 'x', auth: { type: 'api_key', api_key: simA.apiKey }, base_url } as never));
        expect(err, JSON.stringify(base_url)).toMatchObject({ status: 400, code: 'invalid_base_url', field: 'base_url' });
        expect(err.message).not.toContain(simA.apiKey);
      }
      expect((await simRequests(simA)).total).toBe(before);
      expect(await rowCounts(t)).toEqual({ accounts: 0, health: 0 });
    });

    it('bad names and credentials are 400 naming the field, before any call', async () => {
      const before = (await simRequests(simA)).total;
      const cases: [unknown, string][] = [
        [{ name: '', auth: { type: 'api_key', api_key: 'k' } }, 'name'],
        [{ name: '   ', auth: { type: 'api_key', api_key: 'k' } }, 'name'],
        [{ name: 'a'.repeat(201), auth: { type: 'api_key', api_key: 'k' } }, 'name'],
        [{ name: 'line\nbreak', auth: { type: 'api_key', api_key: 'k' } }, 'name'],
        [{ name: 7, auth: { type: 'api_key', api_key: 'k' } }, 'name'],
        [{ name: 'x' }, 'auth'],
        [{ name: 'x', auth: 'k' }, 'auth'],
        [{ name: 'x', auth: [] }, 'auth'],
        [{ name: 'x', auth: { type: 'API_KEY', api_key: 'k' } }, 'auth.type'],
        [{ name: 'x', auth: { type: 'basic', api_key: 'k' } }, 'auth.type'],
        [{ name: 'x', auth: { type: 'api_key' } }, 'auth.api_key'],
        [{ name: 'x', auth: { type: 'api_key', api_key: '' } }, 'auth.api_key'],
        [{ name: 'x', auth: { type: 'api_key', api_key: 'a b' } }, 'auth.api_key'],
        [{ name: 'x', auth: { type: 'api_key', api_key: 12345 } }, 'auth.api_key'],
        [{ name: 'x', auth: { type: 'api_key', api_key: 'clé-ümlaut' } }, 'auth.api_key'],
        [{ name: 'x', auth: { type: 'oauth_client_credentials', client_id: 'id', client_secret: 'sécret' } }, 'auth.client_secret'],
        [{ name: 'x', auth: { type: 'api_key', api_key: 'k'.repeat(5000) } }, 'auth.api_key'],
        [{ name: 'x', auth: { type: 'oauth_client_credentials', client_id: 'id' } }, 'auth.client_secret'],
        [{ name: 'x', auth: { type: 'oauth_client_credentials', client_secret: 's' } }, 'auth.client_id'],
        [null, 'body'],
        ['text', 'body'],
      ];
      for (const [input, field] of cases) {
        const body = input !== null && typeof input === 'object' ? { base_url: simA.url, ...input } : input;
        const err = await accountError(accounts.link(body as never));
        expect(err, JSON.stringify(input).slice(0, 80)).toMatchObject({ status: 400, code: 'invalid_input', field });
      }
      expect((await simRequests(simA)).total).toBe(before);
    });

    it('rotates credentials (API key to OAuth) keeping the id, creation time and health row', async () => {
      const linked = await linkKey(simA);
      const oldClient = await accounts.clientForAccount(linked.id);
      expect(await accounts.clientForAccount(linked.id)).toBe(oldClient);
      const rotated = await accounts.update(linked.id, {
        auth: { type: 'oauth_client_credentials', client_id: simA.oauthClient.clientId, client_secret: simA.oauthClient.clientSecret },
      });
      expect(rotated).toMatchObject({ id: linked.id, created_at: linked.created_at, auth_type: 'oauth_client_credentials', client_id: simA.oauthClient.clientId });
      const row = await t.db.selectFrom('accounts').selectAll().where('id', '=', linked.id).executeTakeFirstOrThrow();
      expect(row.credentials_version).toBe(2);
      const newClient = await accounts.clientForAccount(linked.id);
      expect(newClient).not.toBe(oldClient);
      expect((await newClient.request<{ name: string }>({ operation: COMPANY })).data.name).toBe(simA.state.companyName);
      expect(await rowCounts(t)).toEqual({ accounts: 1, health: 1 });
    });

    it('a rotation to a bad key is refused and the working credentials stay', async () => {
      const linked = await linkKey(simA);
      const err = await accountError(accounts.update(linked.id, { auth: { type: 'api_key', api_key: 'revoked-key' } }));
      expect(err).toMatchObject({ status: 422, code: 'invalid_credentials' });
      const row = await t.db.selectFrom('accounts').select('credentials_version').where('id', '=', linked.id).executeTakeFirstOrThrow();
      expect(row.credentials_version).toBe(1);
      const client = await accounts.clientForAccount(linked.id);
      expect((await client.request({ operation: COMPANY })).status).toBe(200);
    });

    it('renaming makes no call to SmartRecruiters; moving base_url re-verifies against the new host', async () => {
      const linked = await linkKey(simA);
      const before = (await simRequests(simA)).total;
      const renamed = await accounts.update(linked.id, { name: '  Renamed  ' });
      expect(renamed.name).toBe('Renamed');
      expect((await simRequests(simA)).total).toBe(before);

      // simB does not know simA's key: moving there alone fails and changes nothing.
      const err = await accountError(accounts.update(linked.id, { base_url: simB.url }));
      expect(err).toMatchObject({ status: 422, code: 'invalid_credentials' });
      expect((await accounts.get(linked.id)).base_url).toBe(simA.url);

      const moved = await accounts.update(linked.id, { base_url: simB.url, auth: { type: 'api_key', api_key: simB.apiKey } });
      expect(moved.base_url).toBe(simB.url);
      const client = await accounts.clientForAccount(linked.id);
      expect(client.baseUrl).toBe(simB.url);
      expect((await client.request<{ name: string }>({ operation: COMPANY })).data.name).toBe(simB.state.companyName);

      const empty = await accountError(accounts.update(linked.id, {}));
      expect(empty).toMatchObject({ status: 400, code: 'invalid_input', field: 'body' });
    });

    it('remove deletes the credentials and every row of the account; then it is not found anywhere', async () => {
      const a = await linkKey(simA, 'A');
      const b = await linkOauth(simA, 'B');
      await accounts.clientForAccount(a.id);
      await accounts.remove(a.id);
      expect((await accounts.list()).map((v) => v.id)).toEqual([b.id]);
      expect(await rowCounts(t)).toEqual({ accounts: 1, health: 1 });
      for (const call of [() => accounts.get(a.id), () => accounts.clientForAccount(a.id), () => accounts.remove(a.id), () => accounts.update(a.id, { name: 'x' })]) {
        expect(await accountError(call())).toMatchObject({ status: 404, code: 'account_not_found', field: 'id' });
      }
    });

    it('hostile ids are 404 account_not_found, never another account', async () => {
      const a = await linkKey(simA);
      const hostile = ['', ' ', '..', '../' + a.id, a.id.toUpperCase(), `${a.id} `, ` ${a.id}`, `${a.id}/`, a.id.slice(0, -1), `${a.id}0`, "acc_' or '1'='1", '%', 'acc_*', null, 42];
      for (const id of hostile) {
        for (const call of [() => accounts.get(id as string), () => accounts.clientForAccount(id as string), () => accounts.remove(id as string)]) {
          expect(await accountError(call()), JSON.stringify(id)).toMatchObject({ status: 404, code: 'account_not_found' });
        }
      }
      expect((await accounts.list()).map((v) => v.id)).toEqual([a.id]);
    });

    it("one account's id only ever yields that account's client, host and data", async () => {
      const a = await linkKey(simA, 'A');
      const b = await linkKey(simB, 'B');
      const [ca, cb] = await Promise.all([accounts.clientForAccount(a.id), accounts.clientForAccount(b.id)]);
      expect(ca).not.toBe(cb);
      expect([ca.baseUrl, cb.baseUrl]).toEqual([simA.url, simB.url]);
      const beforeB = (await simRequests(simB)).total;
      const company = await ca.request<{ name: string }>({ operation: COMPANY });
      expect(company.data.name).toBe(simA.state.companyName);
      expect(simA.state.companyName).not.toBe(simB.state.companyName);
      expect((await simRequests(simB)).total).toBe(beforeB);
      expect((await cb.request<{ name: string }>({ operation: COMPANY })).data.name).toBe(simB.state.companyName);
    });

    it('records health from every call: last success, last error, rate budget', async () => {
      const a = await linkKey(simA);
      const client = await accounts.clientForAccount(a.id);
      await expect(client.request({ operation: { method: 'GET', path: '/candidates/{id}' }, pathParams: { id: 'no-such-candidate' } })).rejects.toMatchObject({ status: 404 });
      let view: AccountView = await accounts.get(a.id);
      expect(view.health.last_error).toMatchObject({ status: 404, code: 'http_404' });
      expect(view.health.last_error?.message).toMatch(/404/);
      expect(view.health.rate_budget).toMatchObject({ limit: 10 });
      const errorAt = view.health.last_error?.at as string;
      await client.request({ operation: COMPANY });
      view = await accounts.get(a.id);
      expect(view.health.last_success_at! >= errorAt).toBe(true);
      expect(view.health.last_error?.at).toBe(errorAt);
      expect(JSON.stringify(view)).not.toContain(simA.apiKey);
    });

    it('a wrong SRCONNECT_SECRET_KEY cannot decrypt: a clear error naming both key ids, no crash', async () => {
      const a = await linkKey(simA);
      const other = createAccounts({ database: t, secretKey: generateSecretKey() });
      expect((await other.list()).map((v) => v.id)).toEqual([a.id]);
      const err = await accountError(other.clientForAccount(a.id));
      expect(err).toMatchObject({ status: 500, code: 'credentials_undecryptable' });
      expect(err.message).toMatch(/encrypted with key k1_[0-9a-f]{16} but SRCONNECT_SECRET_KEY gives key k1_[0-9a-f]{16}/);
      expect(err.message).not.toContain(simA.apiKey);
      // Moving base_url without new credentials needs the old ones: same clear error.
      expect(await accountError(other.update(a.id, { base_url: simB.url }))).toMatchObject({ code: 'credentials_undecryptable' });
      // The right key still works.
      expect((await (await accounts.clientForAccount(a.id)).request({ operation: COMPANY })).status).toBe(200);
    });

    it('a blob moved to another account row, or a row pointed at another host, fails to decrypt', async () => {
      const a = await linkKey(simA, 'A');
      const b = await linkOauth(simA, 'B');
      const c = await linkKey(simA, 'C');
      const rowB = await t.db.selectFrom('accounts').selectAll().where('id', '=', b.id).executeTakeFirstOrThrow();
      const rowC = await t.db.selectFrom('accounts').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
      // C's blob (same auth type as A) into A's row.
      await t.db
        .updateTable('accounts')
        .set({ credentials_ciphertext: rowC.credentials_ciphertext, credentials_nonce: rowC.credentials_nonce })
        .where('id', '=', a.id)
        .execute();
      const swapped = await accountError(accounts.clientForAccount(a.id));
      expect(swapped).toMatchObject({ status: 500, code: 'credentials_undecryptable' });
      expect(swapped.message).toMatch(/integrity check failed/);
      // B's OAuth blob into C's row, auth type relabelled to match.
      await t.db
        .updateTable('accounts')
        .set({ credentials_ciphertext: rowB.credentials_ciphertext, credentials_nonce: rowB.credentials_nonce, auth_type: 'oauth_client_credentials' })
        .where('id', '=', c.id)
        .execute();
      expect(await accountError(accounts.clientForAccount(c.id))).toMatchObject({ code: 'credentials_undecryptable' });
      // B's own row pointed at another host: its secret must not be sent there.
      await t.db.updateTable('accounts').set({ base_url: simB.url }).where('id', '=', b.id).execute();
      const beforeB = (await simRequests(simB)).total;
      expect(await accountError(accounts.clientForAccount(b.id))).toMatchObject({ code: 'credentials_undecryptable' });
      expect((await simRequests(simB)).total).toBe(beforeB);
      // A truncated blob is an error too, not a crash.
      await t.db.updateTable('accounts').set({ base_url: simA.url, credentials_ciphertext: Buffer.alloc(3) }).where('id', '=', b.id).execute();
      expect(await accountError(accounts.clientForAccount(b.id))).toMatchObject({ code: 'credentials_undecryptable' });
    });
  });
}

describe.skipIf(STORE_DIALECTS[0]!.skip)('accounts: a rotation that races another change', () => {
  it('is refused with 409 concurrent_update instead of overwriting what changed meanwhile', async () => {
    const sim = await startSimulator(5);
    const t = await STORE_DIALECTS[0]!.open();
    try {
      let armed = false;
      // While the rotation's live check is in flight, another process rotates the same account.
      const racingFetch: typeof fetch = async (input, init) => {
        if (armed) {
          armed = false;
          await t.db.updateTable('accounts').set({ credentials_version: 7 }).execute();
        }
        return fetch(input, init);
      };
      const accounts = createAccounts({ database: t, secretKey: generateSecretKey(), fetch: racingFetch });
      const a = await accounts.link({ name: 'A', auth: { type: 'api_key', api_key: sim.apiKey }, base_url: sim.url });
      armed = true;
      const err = await accountError(accounts.update(a.id, { auth: { type: 'api_key', api_key: sim.apiKey } }));
      expect(err).toMatchObject({ status: 409, code: 'concurrent_update', field: 'id' });
      const row = await t.db.selectFrom('accounts').select('credentials_version').where('id', '=', a.id).executeTakeFirstOrThrow();
      expect(row.credentials_version).toBe(7);
    } finally {
      await t.dispose();
      await sim.close();
    }
  });
});
