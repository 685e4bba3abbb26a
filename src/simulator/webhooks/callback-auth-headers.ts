import { callReceiver } from './call-receiver.js';
import type { CallbackAuthentication } from './callback-authentication.js';

/** The auth headers for one callback, or why they could not be made. */
export type AuthHeaders =
  | { readonly ok: true; readonly headers: Record<string, string>; readonly secretHeaderNames: readonly string[] }
  | { readonly ok: false; readonly message: string };

interface CachedToken {
  readonly token: string;
  readonly expiresAt: number;
}

/**
 * Builds the headers `callbackAuthentication` asks for. OAuth2 tokens come from the subscriber's
 * token service (form-encoded client credentials, answer `{access_token, expires_in}` with
 * `expires_in` in milliseconds as the SDK model documents) and are reused until they expire.
 */
export function createCallbackAuthHeaders(options: { fetch: typeof fetch; now: () => number; timeoutMs: number; signal: AbortSignal }) {
  const tokens = new Map<string, CachedToken>();

  async function oauthToken(auth: Extract<CallbackAuthentication, { type: 'oauth2' }>): Promise<{ ok: true; token: string } | { ok: false; message: string }> {
    const cacheKey = JSON.stringify([auth.tokenServiceUrl, auth.clientId, auth.clientSecret]);
    const cached = tokens.get(cacheKey);
    if (cached && cached.expiresAt > options.now()) return { ok: true, token: cached.token };
    const answer = await callReceiver(options.fetch, {
      url: auth.tokenServiceUrl,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ client_id: auth.clientId, client_secret: auth.clientSecret, grant_type: 'client_credentials' }).toString(),
      timeoutMs: options.timeoutMs,
      readBodyLimit: 64 * 1024,
      signal: options.signal,
    });
    if (!answer.ok) return { ok: false, message: `token service: ${answer.message}` };
    if (answer.status < 200 || answer.status > 299) return { ok: false, message: `token service answered HTTP ${answer.status}` };
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.bodyText);
    } catch {
      return { ok: false, message: 'token service answered a body that is not JSON' };
    }
    const token = (parsed as { access_token?: unknown } | null)?.access_token;
    if (typeof token !== 'string' || token === '') return { ok: false, message: 'token service answer has no access_token' };
    const lifetime = Number((parsed as { expires_in?: unknown }).expires_in);
    if (Number.isFinite(lifetime) && lifetime > 0) tokens.set(cacheKey, { token, expiresAt: options.now() + lifetime });
    return { ok: true, token };
  }

  return async function authHeaders(auth: CallbackAuthentication | undefined): Promise<AuthHeaders> {
    if (!auth) return { ok: true, headers: {}, secretHeaderNames: [] };
    switch (auth.type) {
      case 'basic': {
        const encoded = Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64');
        return { ok: true, headers: { authorization: `Basic ${encoded}` }, secretHeaderNames: ['authorization'] };
      }
      case 'header':
        return { ok: true, headers: { [auth.headerName.toLowerCase()]: auth.headerValue }, secretHeaderNames: [auth.headerName.toLowerCase()] };
      case 'oauth2': {
        const token = await oauthToken(auth);
        if (!token.ok) return token;
        return { ok: true, headers: { authorization: `Bearer ${token.token}` }, secretHeaderNames: ['authorization'] };
      }
    }
  };
}

export type CallbackAuthHeaders = ReturnType<typeof createCallbackAuthHeaders>;
