import { randomBytes } from 'node:crypto';
import { builtInAreas } from '../areas/index.js';
import { mountAreas } from '../areas/mount-areas.js';
import { webhooksArea } from '../areas/webhooks/webhooks-area.js';
import { Authenticator } from '../core/auth.js';
import { SimError } from '../core/sim-error.js';
import { RateLimiter, type RateLimitOptions } from '../core/rate-limiter.js';
import type { SimClock } from '../core/sim-clock.js';
import { Stats } from '../core/stats.js';
import type { AreaFactory, Handler } from '../core/types.js';
import { SimState, type SeedOptions } from '../state/sim-state.js';
import { createWebhookEngine, type WebhookEngine } from '../webhooks/index.js';

export interface CompanyCredentials {
  readonly apiKey: string;
  readonly oauthClient: { readonly clientId: string; readonly clientSecret: string };
  readonly scimToken: string;
}

/**
 * One SmartRecruiters company inside the simulator: its own credentials, seeded data, rate
 * budget, request counts and webhook subscriptions. Requests reach it by its credential only.
 */
export interface SimCompany {
  /** Stable handle for the control API (`c1`, `c2`, …); `c1` is the default company. */
  readonly id: string;
  readonly credentials: CompanyCredentials;
  readonly state: SimState;
  readonly auth: Authenticator;
  readonly limiter: RateLimiter;
  readonly stats: Stats;
  readonly webhooks: WebhookEngine;
  readonly handlers: ReadonlyMap<string, Handler>;
  readonly fallback: Handler;
}

export interface CompanyOptions {
  readonly id: string;
  readonly seed: SeedOptions;
  readonly credentials?: Partial<CompanyCredentials>;
  readonly tokenTtlSeconds: number;
  readonly rateLimits?: RateLimitOptions;
  readonly areas?: readonly AreaFactory[];
  readonly webhookFetch?: typeof fetch;
  readonly clock: SimClock;
  readonly baseUrl: () => string;
}

/** Fresh random credentials; parts given in `given` are kept. */
export function companyCredentials(given: Partial<CompanyCredentials> = {}): CompanyCredentials {
  return {
    apiKey: given.apiKey ?? randomBytes(20).toString('hex'),
    oauthClient: given.oauthClient ?? { clientId: `sim-${randomBytes(6).toString('hex')}`, clientSecret: randomBytes(24).toString('base64url') },
    scimToken: given.scimToken ?? `scim-${randomBytes(20).toString('hex')}`,
  };
}

/**
 * Every API-host operation has an area (fidelity.test.ts checks it); an operation without one is a
 * simulator gap, said plainly rather than answered with invented data.
 */
const noHandler: Handler = (req) => {
  throw new SimError(501, 'NOT_IMPLEMENTED', `${req.method} ${req.path}: the simulator has no behaviour for this operation`);
};

/** Builds a company: seeds its state, mounts every area and its own webhook engine on it. */
export function createCompany(o: CompanyOptions): SimCompany {
  const credentials = companyCredentials(o.credentials);
  const now = () => o.clock.now();
  const state = new SimState(o.seed, now);
  const webhooks = createWebhookEngine({
    publicBaseUrl: o.baseUrl,
    now,
    schedule: (fn, ms) => o.clock.schedule(fn, ms),
    ...(o.webhookFetch ? { fetch: o.webhookFetch } : {}),
  });
  state.onEvent((e) => webhooks.emit(e.name, e.body, e.link));
  // Throws at startup if two built-in areas claim one operation key; `o.areas` override on purpose.
  const mounted = mountAreas([...builtInAreas.map((make) => make({ state })), webhooksArea(webhooks)], (o.areas ?? []).map((make) => make({ state })));
  const handlers = new Map<string, Handler>([...mounted].map(([key, m]) => [key, m.handler]));
  return {
    id: o.id,
    credentials,
    state,
    auth: new Authenticator({ apiKeys: [credentials.apiKey], oauthClients: [credentials.oauthClient], tokenTtlSeconds: o.tokenTtlSeconds, now }),
    limiter: new RateLimiter(o.rateLimits),
    stats: new Stats(),
    webhooks,
    handlers,
    fallback: noHandler,
  };
}
