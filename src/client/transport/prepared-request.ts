import type { EndpointLimits } from '../limits/credential-limiter.js';

/** A request ready to send (and to send again on retry): everything resolved, nothing secret yet. */
export interface PreparedRequest {
  readonly method: string;
  readonly url: URL;
  /** Redacted path + query, for errors, hooks and logs. */
  readonly displayPath: string;
  readonly operationKey: string;
  readonly limits: EndpointLimits;
  readonly headers: Record<string, string>;
  readonly body: string | FormData | Uint8Array | undefined;
  readonly responseType: 'json' | 'text' | 'bytes';
  readonly signal: AbortSignal | undefined;
  readonly idempotent: boolean;
}
