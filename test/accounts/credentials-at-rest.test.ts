import { existsSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Accounts } from '../../src/accounts/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { postgresTablesText, STORE_DIALECTS, type TestDatabase } from '../store/store-dialects.js';
import { accountsOn, startSimulator } from './accounts-testbed.js';

/** Every spelling a careless store might leave a secret in. */
function spellings(secret: string): Record<string, string> {
  const b = Buffer.from(secret, 'utf8');
  return { utf8: secret, hex: b.toString('hex'), base64: b.toString('base64'), base64url: b.toString('base64url'), utf16le: Buffer.from(secret, 'utf16le').toString('latin1') };
}

function findings(haystack: string, secrets: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [label, secret] of Object.entries(secrets)) {
    for (const [how, s] of Object.entries(spellings(secret))) if (haystack.includes(s)) out.push(`${label} as ${how}`);
  }
  return out;
}

const CANARY = 'scan-canary-account-name';

for (const d of STORE_DIALECTS) {
  describe.skipIf(d.skip)(`credentials at rest on ${d.title}`, () => {
    let sim: Simulator;
    let t: TestDatabase;
    let accounts: Accounts;

    beforeAll(async () => {
      sim = await startSimulator(3);
    });
    afterAll(async () => {
      await sim?.close();
    });
    beforeEach(async () => {
      t = await d.open();
      accounts = accountsOn(t);
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('after linking an API key and an OAuth client, no table holds either secret in any spelling', async () => {
      await accounts.link({ name: CANARY, auth: { type: 'api_key', api_key: sim.apiKey }, base_url: sim.url });
      await accounts.link({
        name: `${CANARY}-oauth`,
        auth: { type: 'oauth_client_credentials', client_id: sim.oauthClient.clientId, client_secret: sim.oauthClient.clientSecret },
        base_url: sim.url,
      });
      // Use both clients too, so any health or token bookkeeping has been written.
      for (const v of await accounts.list()) await (await accounts.clientForAccount(v.id)).request({ operation: { method: 'GET', path: '/configuration/company' } });
      for (const v of await accounts.list()) await accounts.get(v.id);
      const secrets = { api_key: sim.apiKey, client_secret: sim.oauthClient.clientSecret };

      if (t.dialect === 'sqlite') {
        const path = t.sqlitePath as string;
        const files = () => [path, `${path}-wal`, `${path}-shm`].filter(existsSync);
        // While open (data may sit in the WAL) and after close (checkpointed into the main file).
        const openBytes = files().map((f) => readFileSync(f).toString('latin1')).join('\n');
        expect(openBytes).toContain(CANARY); // the scan sees the data it is meant to see
        expect(findings(openBytes, secrets)).toEqual([]);
        await t.close();
        const closedBytes = files().map((f) => readFileSync(f).toString('latin1')).join('\n');
        expect(closedBytes).toContain(CANARY);
        expect(findings(closedBytes, secrets)).toEqual([]);
      } else {
        const text = await postgresTablesText(t.url as string, t.schema as string);
        expect(text).toContain(CANARY);
        expect(text).toContain('accounts:');
        expect(text).toContain('account_health:');
        expect(findings(text, secrets)).toEqual([]);
      }
    });
  });
}
