import { API_BASE_URL, MAX_CONCURRENT_PER_CREDENTIAL, RATE_LIMITS } from '../spec/index.js';
import type { ClientAuth, ClientOptions } from './client-options.js';
import type { ClientHooks, ClientLogger } from './client-hooks.js';
import { SrConfigurationError } from './errors/sr-errors.js';

/** ClientOptions with every default filled in and every value checked. */
export interface ResolvedClientOptions {
  readonly baseUrl: string;
  readonly auth: ClientAuth;
  readonly tokenUrl: string | undefined;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly retry: { enabled: boolean; maxRetries: number; baseDelayMs: number; maxDelayMs: number };
  readonly limits: { enabled: boolean; perSecond: number; concurrency: number; safetyMarginMs: number };
  readonly hooks: ClientHooks;
  readonly logger: ClientLogger | undefined;
  readonly userAgent: string;
  readonly now: () => number;
}

const fail = (field: string, problem: string): never => {
  throw new SrConfigurationError({ code: 'invalid_options', message: `createClient: ${field} ${problem}` });
};

/** A credential string: present, non-empty, no whitespace or control characters. Never echoes the value. */
function credential(value: unknown, field: string): string {
  if (value === undefined || value === null) return fail(field, 'is missing');
  if (typeof value !== 'string') return fail(field, `must be a string (got ${typeof value})`);
  if (value.trim() === '') return fail(field, 'is empty');
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return fail(field, 'contains whitespace or control characters');
  return value;
}

function httpUrl(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') return fail(field, 'must be a non-empty URL string');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(field, `is not a valid URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(field, `must use http or https (got ${url.protocol})`);
  if (url.username || url.password) fail(field, 'must not embed credentials');
  if (url.search || url.hash) fail(field, 'must not have a query or fragment');
  return url.toString().replace(/\/+$/, '');
}

function number(value: unknown, field: string, fallback: number, opts: { min: number; integer?: boolean }): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail(field, 'must be a finite number');
  if (opts.integer && !Number.isInteger(value)) fail(field, 'must be an integer');
  if (value < opts.min) fail(field, `must be ≥ ${opts.min}`);
  return value;
}

function object<T>(value: unknown, field: string): Partial<T> {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail(field, 'must be an object');
  return value as Partial<T>;
}

function bool(value: unknown, field: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') return fail(field, 'must be a boolean');
  return value;
}

/** Checks options at construction, so a bad credential fails loudly before any request. */
export function validateOptions(options: ClientOptions): ResolvedClientOptions {
  if (!options || typeof options !== 'object') fail('options', 'must be an object');
  const baseUrl = options.baseUrl === undefined ? API_BASE_URL : httpUrl(options.baseUrl, 'baseUrl');

  const rawAuth = options.auth as unknown;
  if (!rawAuth || typeof rawAuth !== 'object') fail('auth', 'is missing (give { type: "api_key", apiKey } or { type: "oauth_client_credentials", clientId, clientSecret })');
  const a = rawAuth as Record<string, unknown>;
  let auth: ClientAuth;
  let tokenUrl: string | undefined;
  if (a.type === 'api_key') {
    auth = { type: 'api_key', apiKey: credential(a.apiKey, 'auth.apiKey') };
  } else if (a.type === 'oauth_client_credentials') {
    auth = {
      type: 'oauth_client_credentials',
      clientId: credential(a.clientId, 'auth.clientId'),
      clientSecret: credential(a.clientSecret, 'auth.clientSecret'),
    };
    tokenUrl = a.tokenUrl === undefined ? `${baseUrl}/identity/oauth/token` : httpUrl(a.tokenUrl, 'auth.tokenUrl');
  } else {
    return fail('auth.type', `must be "api_key" or "oauth_client_credentials" (got ${JSON.stringify(String(a.type))})`);
  }

  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') fail('fetch', 'must be a function (no global fetch available)');

  const retry = object<NonNullable<ClientOptions['retry']>>(options.retry, 'retry');
  const limits = object<NonNullable<ClientOptions['limits']>>(options.limits, 'limits');
  const hooks = object<ClientHooks>(options.hooks, 'hooks');
  for (const [name, hook] of Object.entries(hooks)) {
    if (hook !== undefined && typeof hook !== 'function') fail(`hooks.${name}`, 'must be a function');
  }
  const logger = options.logger;
  if (logger !== undefined) {
    for (const level of ['debug', 'info', 'warn', 'error'] as const) {
      if (typeof (logger as unknown as Record<string, unknown>)?.[level] !== 'function') fail(`logger.${level}`, 'must be a function');
    }
  }
  if (options.userAgent !== undefined && (typeof options.userAgent !== 'string' || /[\r\n]/.test(options.userAgent))) {
    fail('userAgent', 'must be a single-line string');
  }
  if (options.now !== undefined && typeof options.now !== 'function') fail('now', 'must be a function');

  const baseDelayMs = number(retry.baseDelayMs, 'retry.baseDelayMs', 300, { min: 0 });
  return {
    baseUrl,
    auth,
    tokenUrl,
    fetch: fetchImpl,
    timeoutMs: number(options.timeoutMs, 'timeoutMs', 30_000, { min: 1 }),
    retry: {
      enabled: bool(retry.enabled, 'retry.enabled', true),
      maxRetries: number(retry.maxRetries, 'retry.maxRetries', 4, { min: 0, integer: true }),
      baseDelayMs,
      maxDelayMs: number(retry.maxDelayMs, 'retry.maxDelayMs', Math.max(20_000, baseDelayMs), { min: 0 }),
    },
    limits: {
      enabled: bool(limits.enabled, 'limits.enabled', true),
      perSecond: number(limits.perSecond, 'limits.perSecond', RATE_LIMITS.standard.perSecond, { min: 1, integer: true }),
      concurrency: number(limits.concurrency, 'limits.concurrency', MAX_CONCURRENT_PER_CREDENTIAL, { min: 1, integer: true }),
      safetyMarginMs: number(limits.safetyMarginMs, 'limits.safetyMarginMs', 25, { min: 0 }),
    },
    hooks,
    logger,
    userAgent: options.userAgent ?? 'srconnect-client/0.1 (+node)',
    now: options.now ?? Date.now,
  };
}
