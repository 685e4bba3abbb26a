/** What a request needs from the credential. */
export interface AuthStrategy {
  /** Headers for one attempt. `token` identifies what was sent, for `invalidate`. */
  authorize(signal?: AbortSignal): Promise<{ headers: Record<string, string>; token: string }>;
  /** Whether a 401 can be cured by a fresh credential (OAuth: yes; API key: no). */
  readonly refreshable: boolean;
  /** Drops `token` if it is still the cached one, so the next `authorize` fetches a new one. */
  invalidate(token: string): void;
}
