import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultInjector, type RandomFaultKind } from '../core/fault-injector.js';
import type { RateLimitOptions } from '../core/rate-limiter.js';
import { readRawBody } from '../core/read-body.js';
import { RequestLog } from '../core/request-log.js';
import { SimClock } from '../core/sim-clock.js';
import { SimError } from '../core/sim-error.js';
import type { AreaFactory } from '../core/types.js';
import { DEFAULT_SEED, type SeedOptions, type SimState } from '../state/sim-state.js';
import type { WebhookEngine } from '../webhooks/index.js';
import { handleScimRequest, SCIM_PREFIX } from '../scim/handle-scim-request.js';
import { CompanyRegistry, MAX_COMPANIES } from './company-registry.js';
import { handleApiRequest } from './handle-api-request.js';
import { handleControl } from './control-api.js';
import { handleTokenRequest } from './handle-token-request.js';
import { sendResponse } from './send-response.js';
import type { CompanyCredentials, CompanyOptions, SimCompany } from './sim-company.js';
import type { SimulatorRuntime } from './simulator-runtime.js';

export interface SimulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  readonly host?: string;
  readonly seed?: number;
  readonly candidates?: number;
  readonly jobs?: number;
  readonly users?: number;
  /** The accepted `X-SmartToken`; random unless given. */
  readonly apiKey?: string;
  /** The accepted OAuth2 client; random unless given. */
  readonly oauthClient?: { readonly clientId: string; readonly clientSecret: string };
  /** The accepted SCIM 2.0 bearer token (`/scim/v2/`), separate from the API key; random unless given. */
  readonly scimToken?: string;
  /** Bearer token lifetime (default 1800 s). */
  readonly tokenTtlSeconds?: number;
  readonly latencyMs?: number;
  /** Latency jitter as a share of latencyMs (default 0.5). */
  readonly jitter?: number;
  /** Share of API requests answered with a fault: 500/502/503/504, connection reset, or slow. */
  readonly faultRate?: number;
  /** Which kinds `faultRate` draws from (default all six). */
  readonly faultKinds?: readonly RandomFaultKind[];
  readonly slowMs?: number;
  readonly rateLimits?: RateLimitOptions;
  /**
   * Base clock (ms), real time by default. `POST /__sim/clock` moves the simulated clock ahead of
   * it (token expiry, key rotation, retry schedules, timestamps); rate windows stay on this one.
   */
  readonly now?: () => number;
  /**
   * How many companies to start with (default 1). Each has its own credentials (random; the
   * options' `apiKey`/`oauthClient`/`scimToken` are the first company's), data seeded from
   * `seed + index`, rate budget and webhook subscriptions.
   */
  readonly companies?: number;
  /** Called for unexpected handler errors (answered 500). Default: stderr. */
  readonly onError?: (err: unknown, where: string) => void;
  /** Extra areas: they replace built-in handlers for the same operation key, a later one winning. */
  readonly areas?: readonly AreaFactory[];
  /** fetch used by webhook handshakes and deliveries. */
  readonly webhookFetch?: typeof fetch;
}

/** A running simulator. */
export interface Simulator {
  readonly url: string;
  readonly port: number;
  /** The default (first) company's credentials. */
  readonly apiKey: string;
  readonly oauthClient: { readonly clientId: string; readonly clientSecret: string };
  /** Bearer token for SCIM 2.0 at `${url}/scim/v2/` (Users, Groups). */
  readonly scimToken: string;
  /** The default company's state, for tests: candidates, jobs, users, generic records, `onEvent`. */
  readonly state: SimState;
  readonly runtime: SimulatorRuntime;
  /** The default company's webhook engine. */
  readonly webhooks: WebhookEngine;
  /** Every company, the default first. */
  readonly companies: readonly SimCompany[];
  /** Adds a company (as `POST /__sim/companies` does). */
  addCompany(options?: { seed?: Partial<SeedOptions>; credentials?: Partial<CompanyCredentials> }): SimCompany;
  close(): Promise<void>;
}

/** Starts a local SmartRecruiters on a real port with seeded data. */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = new SimClock(options.now ?? Date.now);
  const now = () => clock.now();
  const seed: SeedOptions = {
    seed: options.seed ?? DEFAULT_SEED.seed,
    candidates: options.candidates ?? DEFAULT_SEED.candidates,
    jobs: options.jobs ?? DEFAULT_SEED.jobs,
    users: options.users ?? DEFAULT_SEED.users,
  };
  const companyCount = options.companies ?? 1;
  if (!Number.isInteger(companyCount) || companyCount < 1 || companyCount > MAX_COMPANIES) throw new RangeError(`companies must be an integer between 1 and ${MAX_COMPANIES}`);
  let baseUrl = 'http://127.0.0.1';
  const companies: CompanyRegistry = new CompanyRegistry((_id, index): Omit<CompanyOptions, 'id'> => ({
    seed: { ...seed, seed: (seed.seed + index) % 2 ** 31 },
    tokenTtlSeconds: options.tokenTtlSeconds ?? 1800,
    clock,
    baseUrl: () => baseUrl,
    // A company added later takes the limits in force now (`POST /__sim/limits` changes them all).
    rateLimits: companies.all[0]?.limiter.options ?? options.rateLimits ?? {},
    ...(options.areas ? { areas: options.areas } : {}),
    ...(options.webhookFetch ? { webhookFetch: options.webhookFetch } : {}),
  }));
  const first = companies.add({
    credentials: {
      ...(options.apiKey !== undefined ? { apiKey: options.apiKey } : {}),
      ...(options.oauthClient !== undefined ? { oauthClient: options.oauthClient } : {}),
      ...(options.scimToken !== undefined ? { scimToken: options.scimToken } : {}),
    },
  });
  for (let i = 1; i < companyCount; i++) companies.add();
  const onError = options.onError ?? ((err, where) => process.stderr.write(`[simulator] 500 at ${where}: ${(err as Error)?.stack ?? String(err)}\n`));
  const faults = new FaultInjector(
    { latencyMs: options.latencyMs ?? 0, jitter: options.jitter ?? 0.5, faultRate: options.faultRate ?? 0, slowMs: options.slowMs ?? 3000, ...(options.faultKinds ? { kinds: options.faultKinds } : {}) },
    seed.seed,
  );
  const runtime: SimulatorRuntime = {
    companies,
    state: first.state,
    auth: first.auth,
    limiter: first.limiter,
    stats: first.stats,
    faults,
    log: new RequestLog(),
    clock,
    startedAt: new Date(clock.real()),
    now,
    realNow: () => clock.real(),
    advanceClock: (ms) => clock.advance(ms),
  };
  const shared = { faults, log: runtime.log, now, realNow: runtime.realNow, onError };

  const server = createServer((req, res) => {
    void serve(req, res).catch((err) => {
      onError(err, 'server');
      const e = new SimError(500, 'INTERNAL_ERROR', 'Internal server error');
      sendResponse(res, 500, e.body, first.limiter.nominalHeaders());
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? `127.0.0.1:${port}`;
    const reqBase = `http://${host}`;
    let url: URL;
    try {
      url = new URL(req.url ?? '/', reqBase);
    } catch {
      sendResponse(res, 400, new SimError(400, 'BAD_REQUEST', 'request target: not a valid URL').body, first.limiter.nominalHeaders());
      return;
    }
    let raw: Buffer;
    try {
      raw = await readRawBody(req);
    } catch (err) {
      const e = err instanceof SimError ? err : new SimError(400, 'BAD_REQUEST', 'body: could not be read');
      sendResponse(res, e.status, e.body, { ...first.limiter.nominalHeaders(), Connection: 'close' });
      return;
    }
    if (url.pathname.startsWith('/__sim/')) {
      try {
        let body: unknown;
        if (raw.length > 0) {
          try {
            body = JSON.parse(raw.toString('utf8'));
          } catch {
            throw new SimError(400, 'INVALID_JSON', 'body: malformed JSON');
          }
        }
        const out = handleControl(runtime, (req.method ?? 'GET').toUpperCase(), url.pathname, url.searchParams, body);
        sendResponse(res, out.status, out.body, out.headers ?? {});
      } catch (err) {
        const e = err instanceof SimError ? err : new SimError(500, 'INTERNAL_ERROR', String(err));
        sendResponse(res, e.status, e.body, {});
      }
      return;
    }
    if (url.pathname === SCIM_PREFIX || url.pathname.startsWith(`${SCIM_PREFIX}/`)) {
      const company = companies.forScimToken(req.headers.authorization);
      handleScimRequest({ state: company.state, token: company.credentials.scimToken, log: runtime.log, now, onError }, req, res, url, raw, reqBase);
      return;
    }
    if (url.pathname === '/identity/oauth/token' || url.pathname === '/identity/oauth/token/') {
      await handleTokenRequest({ ...shared, companies }, req, res, url, raw);
      return;
    }
    const company = companies.forApiRequest(flatHeaders(req), url.pathname);
    await handleApiRequest({ ...shared, company }, req, res, url, raw, reqBase);
  }

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  baseUrl = url;
  for (const c of companies.all) c.state.baseUrl = url;

  return {
    url,
    port,
    apiKey: first.credentials.apiKey,
    oauthClient: first.credentials.oauthClient,
    scimToken: first.credentials.scimToken,
    state: first.state,
    runtime,
    webhooks: first.webhooks,
    get companies() {
      return companies.all;
    },
    addCompany: (o = {}) => companies.add(o),
    close: async () => {
      await Promise.all(companies.all.map((c) => c.webhooks.close()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}
