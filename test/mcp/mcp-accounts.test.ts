import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAccounts, generateSecretKey } from '../../src/accounts/index.js';
import { actions } from '../../src/actions/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { openDatabase } from '../../src/store/index.js';
import { invalidSchemas, startStdio, structured, text } from './mcp-harness.js';

// Each case starts the real CLI as a child process (tsx): slow on a loaded machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let sim: Simulator;
let dir: string;
let db: string;
let accountId: string;
const secretKey = generateSecretKey();
const store = (): Record<string, string> => ({ SRCONNECT_DB: db, SRCONNECT_SECRET_KEY: secretKey });

beforeAll(async () => {
  sim = await createSimulator({ seed: 15, candidates: 10, jobs: 2, users: 2, rateLimits: { enabled: false } });
  dir = await mkdtemp(join(tmpdir(), 'srconnect-mcp-'));
  db = join(dir, 'store.db');
  const database = await openDatabase({ sqlitePath: db });
  const view = await createAccounts({ database, secretKey }).link({ name: 'Acme', auth: { type: 'api_key', api_key: sim.apiKey }, base_url: sim.url });
  accountId = view.id;
  await database.close();
});

afterAll(async () => {
  await sim?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('srconnect mcp with linked accounts', () => {
  it('without --account or SMARTRECRUITERS_*: every tool takes account_id, and list_linked_accounts names them', async () => {
    const s = await startStdio([], store());
    try {
      const { tools } = await s.client.listTools();
      expect(tools.map((t) => t.name)).toEqual([...actions.map((a) => a.name), 'list_linked_accounts']);
      expect(invalidSchemas(tools)).toEqual([]);
      for (const t of tools.slice(0, 164)) expect(t.inputSchema.required, t.name).toContain('account_id');
      const listed = await s.client.callTool({ name: 'list_linked_accounts', arguments: {} });
      expect(structured(listed).accounts).toEqual([{ id: accountId, name: 'Acme', host: new URL(sim.url).host, auth_type: 'api_key' }]);
      expect(JSON.stringify(listed)).not.toContain(sim.apiKey);

      const id = sim.state.candidates.get(2).id;
      const ok = await s.client.callTool({ name: 'get_candidate', arguments: { account_id: accountId, id } });
      expect(structured(ok)).toMatchObject({ status: 200, data: { id } });

      const missing = await s.client.callTool({ name: 'get_candidate', arguments: { id } });
      expect(missing.isError).toBe(true);
      expect(text(missing)).toContain('account_id: required');
      const unknown = await s.client.callTool({ name: 'get_candidate', arguments: { account_id: 'acc_00000000000000000000000000000000', id } });
      expect(unknown.isError).toBe(true);
      expect(structured(unknown).error.code).toBe('account_not_found');
      const hostile = await s.client.callTool({ name: 'get_candidate', arguments: { account_id: '../../etc/passwd', id } });
      expect(hostile.isError).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('--account fixes the account: no account_id in the schemas, calls go to that account', async () => {
    const s = await startStdio(['--account', accountId, '--read-only'], store());
    try {
      const { tools } = await s.client.listTools();
      expect(tools.some((t) => t.name === 'list_linked_accounts')).toBe(false);
      for (const t of tools) expect(t.inputSchema.properties ?? {}, t.name).not.toHaveProperty('account_id');
      const r = await s.client.callTool({ name: 'search_candidates', arguments: { limit: 3 } });
      expect(structured(r).data.content).toHaveLength(3);
      expect(s.stderr()).toContain(`account ${accountId}`);
    } finally {
      await s.close();
    }
  });
});
