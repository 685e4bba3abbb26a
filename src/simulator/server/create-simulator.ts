import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { areaFactories } from '../areas/index.js';
import { createGenericHandler } from '../areas/generic-handler.js';
import { webhooksArea } from '../areas/webhooks-area.js';
import { Authenticator } from '../core/auth.js';
import { FaultInjector } from '../core/fault-injector.js';
import { RateLimiter, type RateLimitOptions } from '../core/rate-limiter.js';
import { readRawBody } from '../core/read-body.js';
import { RequestLog } from '../core/request-log.js';
import { SimError } from '../core/sim-error.js';
import { Stats } from '../core/stats.js';
import type { AreaFactory, Handler } from '../core/types.js';
import { DEFAULT_SEED, SimState } from '../state/sim-state.js';
import { createWebhookEngine, type WebhookEngine } from '../webhooks/index.js';
import { handleScimRequest, SCIM_PREFIX } from '../scim/handle-scim-request.js';
import { handleApiRequest } from './handle-api-request.js';
import { handleControl } from './control-api.js';
import { sendResponse } from './send-response.js';
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
  readonly slowMs?: number;
  readonly rateLimits?: RateLimitOptions;
  /** Clock (ms); `POST /__sim/clock` advances it. Default Date.now. */
  readonly now?: () => number;
  /** Called for unexpected handler errors (answered 500). Default: stderr. */
  readonly onError?: (err: unknown, where: string) => void;
  /** Extra areas; later factories override earlier handlers for the same operation key. */
  readonly areas?: readonly AreaFactory[];
  /** fetch used by webhook handshakes and deliveries. */
  readonly webhookFetch?: typeof fetch;
}

/** A running simulator. */
export interface Simulator {
  readonly url: string;
  readonly port: number;
  readonly apiKey: string;
  readonly oauthClient: { readonly clientId: string; readonly clientSecret: string };
  /** Bearer token for SCIM 2.0 at `${url}/scim/v2/` (Users, Groups). */
  readonly scimToken: string;
  /** State, for tests: candidates, jobs, users, generic records, and the `onEvent` hook. */
  readonly state: SimState;
  readonly runtime: SimulatorRuntime;
  readonly webhooks: WebhookEngine;
  close(): Promise<void>;
}

/** Starts a local SmartRecruiters on a real port with seeded data. */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const baseNow = options.now ?? Date.now;
  let offset = 0;
  const now = () => baseNow() + offset;
  const seed = {
    seed: options.seed ?? DEFAULT_SEED.seed,
    candidates: options.candidates ?? DEFAULT_SEED.candidates,
    jobs: options.jobs ?? DEFAULT_SEED.jobs,
    users: options.users ?? DEFAULT_SEED.users,
  };
  const apiKey = options.apiKey ?? randomBytes(20).toString('hex');
  const oauthClient = options.oauthClient ?? { clientId: `sim-${randomBytes(6).toString('hex')}`, clientSecret: randomBytes(24).toString('base64url') };
  const scimToken = options.scimToken ?? `scim-${randomBytes(20).toString('hex')}`;
  const state = new SimState(seed, now);
  const onError = options.onError ?? ((err, where) => process.stderr.write(`[simulator] 500 at ${where}: ${(err as Error)?.stack ?? String(err)}\n`));
  const runtime: SimulatorRuntime = {
    state,
    auth: new Authenticator({ apiKeys: [apiKey], oauthClients: [oauthClient], tokenTtlSeconds: options.tokenTtlSeconds ?? 1800, now }),
    limiter: new RateLimiter(options.rateLimits),
    faults: new FaultInjector({ latencyMs: options.latencyMs ?? 0, jitter: options.jitter ?? 0.5, faultRate: options.faultRate ?? 0, slowMs: options.slowMs ?? 3000 }, seed.seed),
    stats: new Stats(),
    log: new RequestLog(),
    now,
    advanceClock: (ms) => {
      offset += ms;
    },
  };
  const webhooks = createWebhookEngine({ publicBaseUrl: () => state.baseUrl, now, ...(options.webhookFetch ? { fetch: options.webhookFetch } : {}) });
  state.onEvent((e) => webhooks.emit(e.name, e.body, e.link));

  const handlers = new Map<string, Handler>();
  for (const factory of [...areaFactories, ...(options.areas ?? [])]) {
    for (const [key, h] of Object.entries(factory({ state }).handlers)) handlers.set(key, h);
  }
  for (const [key, h] of Object.entries(webhooksArea(webhooks).handlers)) handlers.set(key, h);
  const fallback = createGenericHandler(state);
  const api = { ...runtime, handlers, fallback, onError };

  const server = createServer((req, res) => {
    void serve(req, res).catch((err) => {
      onError(err, 'server');
      const e = new SimError(500, 'INTERNAL_ERROR', 'Internal server error');
      sendResponse(res, 500, e.body, runtime.limiter.nominalHeaders());
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? `127.0.0.1:${port}`;
    const baseUrl = `http://${host}`;
    const url = new URL(req.url ?? '/', baseUrl);
    let raw: Buffer;
    try {
      raw = await readRawBody(req);
    } catch (err) {
      const e = err instanceof SimError ? err : new SimError(400, 'BAD_REQUEST', 'body: could not be read');
      sendResponse(res, e.status, e.body, { ...runtime.limiter.nominalHeaders(), Connection: 'close' });
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
      handleScimRequest({ state, token: scimToken, log: runtime.log, now, onError }, req, res, url, raw, baseUrl);
      return;
    }
    if (url.pathname === '/identity/oauth/token' || url.pathname === '/identity/oauth/token/') {
      const headers = runtime.limiter.nominalHeaders();
      if (req.method !== 'POST') {
        sendResponse(res, 405, { error: 'invalid_request', error_description: 'use POST' }, headers);
        return;
      }
      const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/x-www-form-urlencoded') {
        sendResponse(res, 400, { error: 'invalid_request', error_description: 'Content-Type must be application/x-www-form-urlencoded' }, headers);
        return;
      }
      const form = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
      runtime.log.add({ at: new Date(now()).toISOString(), method: 'POST', path: url.pathname, query: {}, headers: { ...req.headers } as Record<string, string>, body: form, operation: 'oauth.token' });
      const out = runtime.auth.issueToken(form, req.headers.authorization);
      sendResponse(res, out.ok ? 200 : out.status, out.body, { ...headers, 'Cache-Control': 'no-store' });
      return;
    }
    await handleApiRequest(api, req, res, url, raw, baseUrl);
  }

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  state.baseUrl = url;

  return {
    url,
    port,
    apiKey,
    oauthClient,
    scimToken,
    state,
    runtime,
    webhooks,
    close: async () => {
      await webhooks.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
