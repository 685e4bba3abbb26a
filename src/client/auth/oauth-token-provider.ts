import type { AuthStrategy } from './auth-strategy.js';

/** What the token endpoint gave us. */
export interface IssuedToken {
  readonly accessToken: string;
  readonly expiresInSeconds: number;
}

export interface OAuthTokenProviderOptions {
  /** Performs the client-credentials exchange (composed by create-client: limiter, retries, redaction). */
  readonly fetchToken: () => Promise<IssuedToken>;
  readonly now: () => number;
  /** Called with each new token so it can be redacted everywhere. */
  readonly onToken?: (accessToken: string) => void;
}

/** Refresh lead time: 10% of the lifetime, at most 60 s (a 1 h token refreshes at 59 min). */
export function refreshLeadMs(lifetimeMs: number): number {
  return Math.min(60_000, lifetimeMs * 0.1);
}

/**
 * OAuth2 client credentials with a cached bearer token, refreshed ahead of expiry. However many
 * requests wait, only one token request is in flight; each caller may abort its own wait without
 * cancelling the shared refresh.
 */
export function oauthTokenProvider(options: OAuthTokenProviderOptions): AuthStrategy {
  let cached: { value: string; refreshAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  const refresh = (): Promise<string> => {
    inflight ??= options
      .fetchToken()
      .then((t) => {
        options.onToken?.(t.accessToken);
        const lifetimeMs = t.expiresInSeconds * 1000;
        cached = { value: t.accessToken, refreshAt: options.now() + lifetimeMs - refreshLeadMs(lifetimeMs) };
        return t.accessToken;
      })
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  };

  return {
    refreshable: true,
    async authorize(signal) {
      const token = cached && options.now() < cached.refreshAt ? cached.value : await raceAbort(refresh(), signal);
      return { headers: { authorization: `Bearer ${token}` }, token };
    },
    invalidate(token) {
      if (cached?.value === token) cached = undefined;
    },
  };
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
