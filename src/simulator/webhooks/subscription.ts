import { randomBytes } from 'node:crypto';
import { publicCallbackAuthentication, type CallbackAuthentication } from './callback-authentication.js';
import { CallbacksLog } from './callbacks-log.js';
import { SecretKeyRing } from './secret-key-ring.js';
import { WEBHOOK_EVENT_VERSION } from '../../spec/index.js';

/** A webhook subscription held by the engine. */
export interface Subscription {
  readonly id: string;
  /** Creation order, for cursors. */
  readonly seq: number;
  /** The API user that made it; no other credential sees it. */
  readonly credential: string;
  readonly callbackUrl: string;
  readonly events: readonly string[];
  readonly callbackAuthentication: CallbackAuthentication | undefined;
  readonly alertingEmailAddress: string | undefined;
  readonly createdAt: number;
  status: 'inactive' | 'active';
  /** Set on DELETE so queued retries stop. */
  deleted: boolean;
  readonly keys: SecretKeyRing;
  readonly log: CallbacksLog;
}

export function newSubscription(fields: Omit<Subscription, 'id' | 'status' | 'deleted' | 'keys' | 'log'>): Subscription {
  return { ...fields, id: randomId(), status: 'inactive', deleted: false, keys: new SecretKeyRing(), log: new CallbacksLog() };
}

/**
 * The documented Subscription body (`id`, `callbackUrl`, `events[{name, version}]`, `status`),
 * plus `createdOn`, the alerting address when set, and the authentication type without secrets.
 */
export function subscriptionView(sub: Subscription): Record<string, unknown> {
  return {
    id: sub.id,
    callbackUrl: sub.callbackUrl,
    events: sub.events.map((name) => ({ name, version: WEBHOOK_EVENT_VERSION })),
    status: sub.status,
    createdOn: new Date(sub.createdAt).toISOString(),
    ...(sub.alertingEmailAddress ? { alertingEmailAddress: sub.alertingEmailAddress } : {}),
    ...(sub.callbackAuthentication ? { callbackAuthentication: publicCallbackAuthentication(sub.callbackAuthentication) } : {}),
  };
}

// Shaped like the help-center example id "u83it9o93y75j645".
function randomId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(16), (b) => alphabet[b % 36]).join('');
}
