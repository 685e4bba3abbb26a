import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { AuthMode } from '../../spec/index.js';
import { SimError } from './sim-error.js';

export interface AuthOptions {
  readonly apiKeys: readonly string[];
  readonly oauthClients: readonly { readonly clientId: string; readonly clientSecret: string }[];
  /** Lifetime of issued bearer tokens. */
  readonly tokenTtlSeconds: number;
  readonly now: () => number;
}

export type AuthDecision = { readonly ok: true; readonly credential: string | null } | { readonly ok: false; readonly error: SimError };

export type TokenDecision =
  | { readonly ok: true; readonly body: { access_token: string; token_type: 'bearer'; expires_in: number } }
  | { readonly ok: false; readonly status: number; readonly body: { error: string; error_description: string } };

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A stable, non-reversible label for a credential, safe to show in stats and logs. */
export function credentialLabel(kind: 'key' | 'oauth', secret: string): string {
  return `${kind}:${createHash('sha256').update(secret).digest('hex').slice(0, 10)}`;
}

function clientIdOf(form: Record<string, string>, basicAuth: string | undefined): string | undefined {
  if (basicAuth && /^Basic\s+/i.test(basicAuth)) {
    const decoded = Buffer.from(basicAuth.replace(/^Basic\s+/i, ''), 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i > 0) {
      try {
        return decodeURIComponent(decoded.slice(0, i));
      } catch {
        return undefined;
      }
    }
  }
  return form['client_id'];
}

function unauthorized(message: string): SimError {
  return new SimError(401, 'UNAUTHORIZED', message, { 'WWW-Authenticate': 'Bearer realm="smartrecruiters"' });
}

/** API keys (`X-SmartToken`) and OAuth2 client-credentials tokens that expire. */
export class Authenticator {
  private readonly tokens = new Map<string, { clientId: string; expiresAt: number }>();

  constructor(private readonly opts: AuthOptions) {}

  /**
   * Whether these request headers carry one of this company's credentials (an issued bearer token
   * or an API key), right or wrong mode aside: the simulator routes a request to the company whose
   * credential it carries, as SmartRecruiters knows the company from the credential alone.
   */
  recognizes(headers: Record<string, string>): boolean {
    const authz = headers['authorization'];
    if (authz !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(authz);
      return m !== null && this.tokens.has(m[1] as string);
    }
    const key = headers['x-smarttoken'];
    return key !== undefined && this.opts.apiKeys.some((k) => same(k, key));
  }

  /** Whether a token request names this company's OAuth client id (secret not checked here). */
  ownsClient(form: Record<string, string>, basicAuth: string | undefined): boolean {
    const id = clientIdOf(form, basicAuth);
    return id !== undefined && this.opts.oauthClients.some((c) => same(c.clientId, id));
  }

  check(mode: AuthMode, headers: Record<string, string>): AuthDecision {
    if (mode === 'public') return { ok: true, credential: null };
    const key = headers['x-smarttoken'];
    const authz = headers['authorization'];
    if (authz !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(authz);
      if (!m) return { ok: false, error: unauthorized('Authorization header must be "Bearer <access_token>"') };
      const token = this.tokens.get(m[1] as string);
      if (!token) return { ok: false, error: unauthorized('Invalid access token') };
      if (token.expiresAt <= this.opts.now()) return { ok: false, error: unauthorized('Access token expired') };
      return { ok: true, credential: credentialLabel('oauth', token.clientId) };
    }
    if (key !== undefined) {
      if (mode === 'bearer') return { ok: false, error: unauthorized('This operation requires an OAuth2 bearer token') };
      if (!this.opts.apiKeys.some((k) => same(k, key))) return { ok: false, error: unauthorized('Invalid API key') };
      return { ok: true, credential: credentialLabel('key', key) };
    }
    return { ok: false, error: unauthorized('Missing credentials: send X-SmartToken or Authorization: Bearer') };
  }

  /** `POST /identity/oauth/token` with grant_type=client_credentials (form fields or HTTP Basic). */
  issueToken(form: Record<string, string>, basicAuth: string | undefined): TokenDecision {
    let clientId = form['client_id'];
    let clientSecret = form['client_secret'];
    if (basicAuth && /^Basic\s+/i.test(basicAuth)) {
      const decoded = Buffer.from(basicAuth.replace(/^Basic\s+/i, ''), 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i > 0) {
        try {
          clientId = decodeURIComponent(decoded.slice(0, i));
          clientSecret = decodeURIComponent(decoded.slice(i + 1));
        } catch {
          return { ok: false, status: 400, body: { error: 'invalid_request', error_description: 'Authorization: Basic credentials are not valid percent-encoding' } };
        }
      }
    }
    const grant = form['grant_type'];
    if (!grant) return { ok: false, status: 400, body: { error: 'invalid_request', error_description: 'grant_type: is required' } };
    if (grant !== 'client_credentials') {
      return { ok: false, status: 400, body: { error: 'unsupported_grant_type', error_description: `grant_type: "${grant}" is not supported` } };
    }
    if (!clientId || !clientSecret) {
      return { ok: false, status: 400, body: { error: 'invalid_request', error_description: 'client_id and client_secret are required' } };
    }
    const client = this.opts.oauthClients.find((c) => same(c.clientId, clientId) && same(c.clientSecret, clientSecret));
    if (!client) return { ok: false, status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed' } };
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { clientId: client.clientId, expiresAt: this.opts.now() + this.opts.tokenTtlSeconds * 1000 });
    this.sweep();
    return { ok: true, body: { access_token: token, token_type: 'bearer', expires_in: this.opts.tokenTtlSeconds } };
  }

  private sweep(): void {
    if (this.tokens.size < 10_000) return;
    const now = this.opts.now();
    for (const [t, v] of this.tokens) if (v.expiresAt <= now) this.tokens.delete(t);
  }
}
