import { randomBytes } from 'node:crypto';
import { WEBHOOK_HEADERS } from '../../spec/index.js';
import { callReceiver } from './call-receiver.js';
import type { CallbackAuthHeaders } from './callback-auth-headers.js';
import type { Subscription } from './subscription.js';

/** How the activation handshake went, as data. */
export type HandshakeResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'timeout' | 'network_error' | 'aborted' | 'auth_failed' | 'bad_status' | 'missing_secret' | 'wrong_secret';
      readonly message: string;
    };

/**
 * The documented handshake: `POST callbackUrl` with `X-Hook-Secret: <random>`; the receiver must
 * answer 200 with the same `X-Hook-Secret` (any header-name case) within the deadline.
 */
export async function runHandshake(
  sub: Subscription,
  deps: { fetch: typeof fetch; authHeaders: CallbackAuthHeaders; timeoutMs: number; signal: AbortSignal },
): Promise<HandshakeResult> {
  const secret = randomBytes(12).toString('hex');
  const auth = await deps.authHeaders(sub.callbackAuthentication);
  if (!auth.ok) return { ok: false, reason: 'auth_failed', message: `could not authenticate to the callback: ${auth.message}` };
  const answer = await callReceiver(deps.fetch, {
    url: sub.callbackUrl,
    method: 'POST',
    headers: { ...auth.headers, [WEBHOOK_HEADERS.hookSecret]: secret },
    timeoutMs: deps.timeoutMs,
    signal: deps.signal,
  });
  if (!answer.ok) {
    const what = answer.reason === 'timeout' ? `the callback did not answer within ${deps.timeoutMs} ms` : `the callback could not be reached (${answer.message})`;
    return { ok: false, reason: answer.reason, message: what };
  }
  if (answer.status !== 200) {
    return { ok: false, reason: 'bad_status', message: `the callback answered HTTP ${answer.status}; the handshake needs HTTP 200 echoing X-Hook-Secret` };
  }
  const echoed = answer.headers.get(WEBHOOK_HEADERS.hookSecret);
  if (echoed === null) return { ok: false, reason: 'missing_secret', message: 'the callback answered 200 without an X-Hook-Secret header' };
  if (echoed !== secret) return { ok: false, reason: 'wrong_secret', message: 'the callback answered an X-Hook-Secret that differs from the one sent' };
  return { ok: true };
}
