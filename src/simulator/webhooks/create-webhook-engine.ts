import { randomUUID } from 'node:crypto';
import { createCallbackAuthHeaders } from './callback-auth-headers.js';
import { createDeliveryQueue, type Schedule } from './delivery-queue.js';
import { resolveRetryPolicy, type RetryPolicy } from './delivery-retry-decision.js';
import { createSubscriptionHandlers, type WebhookHandler, type WebhookOperationKey } from './subscription-handlers.js';
import type { Subscription } from './subscription.js';
import { isWebhookEventName, WEBHOOK_HANDSHAKE_TIMEOUT_MS } from '../../spec/index.js';

export interface WebhookEngineOptions {
  /** Used for handshakes, deliveries and OAuth2 token calls. Default: global fetch. */
  readonly fetch?: typeof fetch;
  /** Clock in ms (timestamps, key expiry, log filters). Default: Date.now. */
  readonly now?: () => number;
  /** Timer on the same clock as `now` (retry waits). Default: setTimeout. */
  readonly schedule?: Schedule;
  /** The simulator's own base URL, for `Link: rel="next"` headers of the two lists. */
  readonly publicBaseUrl: () => string;
  /** Delivery retries. Defaults: 5 attempts, 1 s base, 60 s cap. */
  readonly retry?: Partial<RetryPolicy>;
  /** Deadline of the activation handshake. Default 20 000 (the documented 20 s). */
  readonly handshakeTimeoutMs?: number;
  /** Deadline of one delivery attempt (and of an OAuth2 token call). Default 10 000. */
  readonly deliveryTimeoutMs?: number;
  /** Documented: "individual user can register up to 20 subscriptions". Default 20. */
  readonly maxSubscriptionsPerCredential?: number;
  /** Requests in flight per subscription. Default 4. */
  readonly concurrencyPerSubscription?: number;
}

export interface WebhookEngineStats {
  /** Subscriptions that exist now, all credentials. */
  readonly subscriptions: number;
  /** Deliveries that got a 2xx (one per event and subscription, however many attempts). */
  readonly delivered: number;
  /** Deliveries that gave up after the last attempt. */
  readonly failed: number;
  /** Deliveries in flight or waiting for a retry. */
  readonly pending: number;
}

export interface WebhookEngine {
  /** Handlers of the 8 official operations, keyed by operation key (src/spec table). */
  readonly handlers: Record<WebhookOperationKey, WebhookHandler>;
  /**
   * Queues `body` to every ACTIVE subscription listing `eventName`; `link` is the URL of the
   * changed resource (sent as `link: <url>; rel=self`). Returns at once. Throws a TypeError for an
   * event name that is not one of the 47 documented ones (a bug in the caller).
   */
  emit(eventName: string, body: object, link: string): void;
  /** Resolves when no delivery is in flight or waiting for a retry. */
  idle(): Promise<void>;
  /** Cancels waiting retries and aborts in-flight calls; later emits are ignored. */
  close(): Promise<void>;
  stats(): WebhookEngineStats;
}

/** Builds the webhook part of the simulator: subscription API, handshake, signed deliveries. */
export function createWebhookEngine(options: WebhookEngineOptions): WebhookEngine {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const deliveryTimeoutMs = positive('deliveryTimeoutMs', options.deliveryTimeoutMs ?? 10_000);
  const handshakeTimeoutMs = positive('handshakeTimeoutMs', options.handshakeTimeoutMs ?? WEBHOOK_HANDSHAKE_TIMEOUT_MS);
  const closing = new AbortController();
  const subscriptions = new Map<string, Subscription>();
  let seq = 0;

  const authHeaders = createCallbackAuthHeaders({ fetch: fetchFn, now, timeoutMs: deliveryTimeoutMs, signal: closing.signal });
  const queue = createDeliveryQueue({
    fetch: fetchFn,
    now,
    retry: resolveRetryPolicy(options.retry),
    timeoutMs: deliveryTimeoutMs,
    authHeaders,
    signal: closing.signal,
    concurrencyPerSubscription: options.concurrencyPerSubscription,
    ...(options.schedule ? { schedule: options.schedule } : {}),
  });
  const handlers = createSubscriptionHandlers({
    subscriptions,
    now,
    publicBaseUrl: options.publicBaseUrl,
    fetch: fetchFn,
    authHeaders,
    handshakeTimeoutMs,
    maxSubscriptionsPerCredential: options.maxSubscriptionsPerCredential ?? 20,
    signal: closing.signal,
    nextSeq: () => ++seq,
  });

  return {
    handlers,
    emit(eventName, body, link) {
      if (!isWebhookEventName(eventName)) throw new TypeError(`unknown webhook event name: ${eventName}`);
      if (closing.signal.aborted) return;
      const rawBody = JSON.stringify(body);
      const linkHeader = `<${link}>; rel=self`;
      for (const sub of subscriptions.values()) {
        if (sub.status !== 'active' || !sub.events.includes(eventName)) continue;
        queue.enqueue(sub, { name: eventName, id: randomUUID(), rawBody, link: linkHeader });
      }
    },
    idle: () => queue.idle(),
    async close() {
      closing.abort();
      queue.close();
      await queue.idle();
    },
    stats: () => ({ subscriptions: subscriptions.size, ...queue.stats() }),
  };
}

function positive(name: string, value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`${name} must be a positive number of milliseconds`);
  return value;
}
