import type { KeyObject } from 'node:crypto';
import { createClient, type SmartRecruitersClient } from '../client/index.js';
import { accountsRepository, type AccountRow, type Database, type HealthPatch } from '../store/index.js';
import { AccountError } from './account-error.js';
import { ACCOUNT_ID, newAccountId } from './account-id.js';
import type { AccountAuthInput, AccountView, LinkAccountInput, UpdateAccountInput } from './account-types.js';
import { derivedKeyFrom, encryptionKeyFrom, type EncryptionKey } from './encryption-key.js';
import { createHealthRecorder, rateBudgetFrom } from './health-recorder.js';
import { openCredentials, sealCredentials, type CredentialsBinding } from './seal-credentials.js';
import { toAccountView } from './to-account-view.js';
import { toClientAuth } from './to-client-auth.js';
import { validateLinkInput, validateUpdateInput } from './validate-account-input.js';
import { verifyCredentials, type Verified } from './verify-credentials.js';

/** Linked SmartRecruiters accounts: the only place that builds a client for one. */
export interface Accounts {
  /** Validates by a live call first; nothing is stored on failure. */
  link(input: LinkAccountInput): Promise<AccountView>;
  list(): Promise<AccountView[]>;
  get(id: string): Promise<AccountView>;
  /** Rotates credentials / renames / moves base_url; new credentials are validated live; id and data kept. */
  update(id: string, input: UpdateAccountInput): Promise<AccountView>;
  /** Deletes the credentials and every row the account owns. */
  remove(id: string): Promise<void>;
  /** The account's client (cached per credential version); records health from every response. */
  clientForAccount(id: string): Promise<SmartRecruitersClient>;
  /** A key for `purpose` derived from SRCONNECT_SECRET_KEY (HKDF, own `info`); throws 'invalid_secret_key' without one. */
  derivedKey(purpose: string): KeyObject;
}

export interface CreateAccountsOptions {
  readonly database: Database;
  /**
   * SRCONNECT_SECRET_KEY. An unusable one throws at once. Left out, the accounts can be listed,
   * shown and removed, but linking, rotating and building clients throw 'invalid_secret_key'.
   */
  readonly secretKey?: string | undefined;
  /** Transport for the account clients (tests); default global fetch. */
  readonly fetch?: typeof fetch;
  /** Clock (ms) for timestamps. Default Date.now. */
  readonly now?: () => number;
  /** Told about a failed health write (never fatal). Default: ignore. */
  readonly onError?: (err: unknown) => void;
}

interface CachedClient {
  readonly version: number;
  readonly baseUrl: string;
  readonly client: SmartRecruitersClient;
}

/** Throws AccountError 'invalid_secret_key' at once when a given secret is unusable. */
export function createAccounts(opts: CreateAccountsOptions): Accounts {
  const givenKey = opts.secretKey === undefined ? undefined : encryptionKeyFrom(opts.secretKey);
  // Derivation itself says what is missing: "SRCONNECT_SECRET_KEY is not set; run `srconnect keygen`".
  const keyOrThrow = (): EncryptionKey => givenKey ?? encryptionKeyFrom(undefined);
  const repo = accountsRepository(opts.database.db);
  const now = opts.now ?? Date.now;
  const nowIso = (): string => new Date(now()).toISOString();
  const baseFetch = opts.fetch ?? globalThis.fetch;
  const health = createHealthRecorder(repo, nowIso, opts.onError ?? (() => undefined));
  const clients = new Map<string, CachedClient>();

  const notFound = (id: string): AccountError =>
    new AccountError({ status: 404, code: 'account_not_found', field: 'id', message: `no account ${JSON.stringify(String(id).slice(0, 80))}` });

  /** The row, or 404. Malformed ids are simply not found: they can never match a row. */
  const load = async (id: string) => {
    if (typeof id !== 'string' || !ACCOUNT_ID.test(id)) throw notFound(id);
    const found = await repo.find(id);
    if (!found) {
      clients.delete(id);
      throw notFound(id);
    }
    return found;
  };

  const binding = (a: Pick<AccountRow, 'id' | 'base_url' | 'auth_type'>): CredentialsBinding => ({
    accountId: a.id,
    baseUrl: a.base_url,
    authType: a.auth_type,
  });
  const decrypt = (a: AccountRow): AccountAuthInput =>
    openCredentials(keyOrThrow(), binding(a), { ciphertext: a.credentials_ciphertext, nonce: a.credentials_nonce, keyId: a.credentials_key_id });

  const verify = (baseUrl: string, auth: AccountAuthInput) => verifyCredentials({ baseUrl, auth, fetch: baseFetch });

  const view = async (id: string): Promise<AccountView> => {
    await health.flush(id);
    return toAccountView(await load(id));
  };

  const derived = new Map<string, KeyObject>();
  return {
    derivedKey(purpose) {
      let key = derived.get(purpose);
      if (!key) {
        key = derivedKeyFrom(opts.secretKey, purpose);
        derived.set(purpose, key);
      }
      return key;
    },
    async link(input) {
      const { name, auth, base_url } = validateLinkInput(input);
      const key = keyOrThrow(); // before the live call: without a key nothing could be stored
      const verified = await verify(base_url, auth);
      const id = newAccountId();
      const sealed = sealCredentials(key, { accountId: id, baseUrl: base_url, authType: auth.type }, auth);
      const at = nowIso();
      await repo.insert({
        id,
        name,
        base_url,
        auth_type: auth.type,
        client_id: auth.type === 'oauth_client_credentials' ? auth.client_id : null,
        credentials_ciphertext: sealed.ciphertext,
        credentials_nonce: sealed.nonce,
        credentials_key_id: sealed.keyId,
        credentials_version: 1,
        created_at: at,
        updated_at: at,
      });
      health.record(id, healthFromVerified(verified, at));
      return view(id);
    },

    async list() {
      await health.flushAll();
      return (await repo.list()).map(toAccountView);
    },

    get: view,

    async update(id, input) {
      const { account } = await load(id);
      const patch = validateUpdateInput(input);
      const at = nowIso();
      const credentialsChange = patch.auth !== undefined || (patch.base_url !== undefined && patch.base_url !== account.base_url);
      let version = account.credentials_version;
      const row: Parameters<typeof repo.update>[2] = { updated_at: at };
      if (patch.name !== undefined) row.name = patch.name;
      let verified: Verified | undefined;
      if (credentialsChange) {
        const key = keyOrThrow();
        const auth = patch.auth ?? decrypt(account);
        const baseUrl = patch.base_url ?? account.base_url;
        verified = await verify(baseUrl, auth);
        const sealed = sealCredentials(key, { accountId: account.id, baseUrl, authType: auth.type }, auth);
        version += 1;
        Object.assign(row, {
          base_url: baseUrl,
          auth_type: auth.type,
          client_id: auth.type === 'oauth_client_credentials' ? auth.client_id : null,
          credentials_ciphertext: sealed.ciphertext,
          credentials_nonce: sealed.nonce,
          credentials_key_id: sealed.keyId,
          credentials_version: version,
        });
      }
      const updated = await repo.update(account.id, account.credentials_version, row);
      if (!updated) {
        // Removed or rotated by someone else while we verified: say so rather than overwrite.
        await load(account.id);
        throw new AccountError({ status: 409, code: 'concurrent_update', field: 'id', message: `account ${account.id} changed while this update was verified; retry` });
      }
      clients.delete(account.id);
      if (verified) health.record(account.id, healthFromVerified(verified, at));
      return view(account.id);
    },

    async remove(id) {
      if (typeof id !== 'string' || !ACCOUNT_ID.test(id)) throw notFound(id);
      await health.flush(id);
      clients.delete(id);
      if (!(await repo.remove(id))) throw notFound(id);
    },

    async clientForAccount(id) {
      const { account } = await load(id);
      const cached = clients.get(account.id);
      if (cached && cached.version === account.credentials_version && cached.baseUrl === account.base_url) return cached.client;
      const auth = decrypt(account);
      const instrumented = health.instrument(account.id, baseFetch);
      const client = createClient({ baseUrl: account.base_url, auth: toClientAuth(auth), fetch: instrumented.fetch, hooks: instrumented.hooks });
      clients.set(account.id, { version: account.credentials_version, baseUrl: account.base_url, client });
      return client;
    },
  };
}

/** The live check is the account's first observed call: a success with its rate budget, or the 403 it was let through with. */
function healthFromVerified(v: Verified, at: string): HealthPatch {
  if (v.warning) return { last_error_at: at, last_error_status: 403, last_error_code: 'http_403', last_error_message: v.warning, ...rateBudgetFrom(v.headers, at) };
  return { last_success_at: at, ...rateBudgetFrom(v.headers, at) };
}
