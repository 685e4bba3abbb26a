import type { AuthStrategy } from '../auth/auth-strategy.js';
import type { ClientHooks, ClientLogger } from '../client-hooks.js';
import type { CredentialLimiter } from '../limits/credential-limiter.js';
import type { Redactor } from '../redactor.js';

/** The parts one client is composed of, handed to the request pipeline. */
export interface ClientContext {
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly retry: { readonly enabled: boolean; readonly maxRetries: number; readonly baseDelayMs: number; readonly maxDelayMs: number };
  readonly limiter: CredentialLimiter | undefined;
  readonly auth: AuthStrategy;
  readonly redactor: Redactor;
  readonly hooks: ClientHooks;
  readonly logger: ClientLogger | undefined;
  readonly userAgent: string;
}

/**
 * What `executeRequest` runs on: a client's context, or the same pipeline without a credential
 * (the OAuth token exchange, which carries its client secret in the body and must not wait for
 * the token it is fetching).
 */
export type PipelineContext = Omit<ClientContext, 'auth'> & { readonly auth: AuthStrategy | undefined };
