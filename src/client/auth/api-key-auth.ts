import type { AuthStrategy } from './auth-strategy.js';

/** `X-SmartToken: <key>` on every request. */
export function apiKeyAuth(apiKey: string): AuthStrategy {
  const headers = { 'x-smarttoken': apiKey };
  return {
    refreshable: false,
    authorize: async () => ({ headers, token: apiKey }),
    invalidate: () => undefined,
  };
}
