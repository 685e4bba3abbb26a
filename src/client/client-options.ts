import type { ClientHooks, ClientLogger } from './client-hooks.js';

export type ClientAuth =
  | { type: 'api_key'; apiKey: string }
  | { type: 'oauth_client_credentials'; clientId: string; clientSecret: string; tokenUrl?: string };

export interface RetryOptions {
  /** Default true. */
  enabled?: boolean;
  /** Retries after the first attempt. Default 4. */
  maxRetries?: number;
  /** Backoff base (full jitter: random in [0, min(max, base·2^n)]). Default 300 ms. */
  baseDelayMs?: number;
  /** Backoff cap. Default 20 000 ms. */
  maxDelayMs?: number;
}

export interface LimitOptions {
  /** Default true. */
  enabled?: boolean;
  /** Requests per second per endpoint for the `standard` class (slow endpoints keep the lower of this and theirs). Default 10. */
  perSecond?: number;
  /** Concurrent requests per credential (serial endpoints stay at 1). Default 8. */
  concurrency?: number;
  /** Extra gap added to the 1 s window to absorb network jitter (see SlidingWindow). Default 25 ms. */
  safetyMarginMs?: number;
}

export interface ClientOptions {
  /** Default `https://api.smartrecruiters.com`. */
  baseUrl?: string;
  auth: ClientAuth;
  /** Injectable transport; default the global fetch. */
  fetch?: typeof fetch;
  /** Per attempt, including reading the body. Default 30 000. */
  timeoutMs?: number;
  retry?: RetryOptions;
  limits?: LimitOptions;
  hooks?: ClientHooks;
  logger?: ClientLogger;
  userAgent?: string;
  /** Clock for token expiry (tests). Default Date.now. */
  now?: () => number;
}
