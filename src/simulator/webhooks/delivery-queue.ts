import { callReceiver } from './call-receiver.js';
import type { CallbackAuthHeaders } from './callback-auth-headers.js';
import { retryDecision, type AttemptOutcome, type RetryPolicy } from './delivery-retry-decision.js';
import { signatureHeader } from './sign-webhook.js';
import type { Subscription } from './subscription.js';
import { WEBHOOK_EVENT_VERSION, WEBHOOK_HEADERS } from '../../spec/index.js';

/** One notification for one subscription; retries resend the same event id and body. */
export interface OutboundEvent {
  readonly name: string;
  readonly id: string;
  readonly rawBody: string;
  /** The `link` header value exactly as sent: `<url>; rel=self`. */
  readonly link: string;
}

export interface DeliveryQueueDeps {
  readonly fetch: typeof fetch;
  readonly now: () => number;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly authHeaders: CallbackAuthHeaders;
  readonly signal: AbortSignal;
  /** Requests in flight per subscription, so a burst of events does not open hundreds of sockets. */
  readonly concurrencyPerSubscription?: number;
  readonly random?: () => number;
  /** Timer on the simulator's clock, so moving the clock sends due retries at once. Default: setTimeout. */
  readonly schedule?: Schedule;
}

/** Runs `fn` after `ms`; answers how to cancel it. */
export type Schedule = (fn: () => void, ms: number) => { cancel(): void };

const realTimer: Schedule = (fn, ms) => {
  const t = setTimeout(fn, ms);
  return { cancel: () => clearTimeout(t) };
};

const REDACTED = '[redacted]';

/** Sends events, retries failures with backoff, records each attempt in the subscription's log. */
export function createDeliveryQueue(deps: DeliveryQueueDeps) {
  const limit = deps.concurrencyPerSubscription ?? 4;
  const schedule = deps.schedule ?? realTimer;
  const timers = new Set<{ cancel(): void }>();
  const running = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  const idleWaiters: (() => void)[] = [];
  let pending = 0;
  let delivered = 0;
  let failed = 0;
  let closed = false;

  function later(fn: () => void, ms: number): void {
    const timer = schedule(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  }

  function settle(result: 'delivered' | 'failed' | 'dropped'): void {
    if (result === 'delivered') delivered++;
    if (result === 'failed') failed++;
    pending--;
    if (pending === 0) for (const resolve of idleWaiters.splice(0)) resolve();
  }

  async function acquire(id: string): Promise<void> {
    const n = running.get(id) ?? 0;
    if (n < limit) {
      running.set(id, n + 1);
      return;
    }
    await new Promise<void>((resolve) => {
      const queue = waiting.get(id) ?? [];
      queue.push(resolve);
      waiting.set(id, queue);
    });
  }

  function release(id: string): void {
    const next = waiting.get(id)?.shift();
    if (next) return next(); // the slot passes straight on
    const n = (running.get(id) ?? 1) - 1;
    if (n <= 0) running.delete(id);
    else running.set(id, n);
    if (waiting.get(id)?.length === 0) waiting.delete(id);
  }

  async function attempt(sub: Subscription, event: OutboundEvent, n: number): Promise<void> {
    if (closed || sub.deleted) return settle('dropped');
    await acquire(sub.id);
    if (closed || sub.deleted) {
      release(sub.id);
      return settle('dropped');
    }
    let outcome: AttemptOutcome;
    try {
      outcome = await send(sub, event, n);
    } finally {
      release(sub.id);
    }
    if (closed) return settle('dropped');
    const decision = retryDecision(outcome, n, deps.retry, deps.random);
    if (decision.retry) return later(() => void attempt(sub, event, n + 1), decision.waitMs);
    settle(decision.reason === 'delivered' ? 'delivered' : decision.reason === 'engine_closed' ? 'dropped' : 'failed');
  }

  async function send(sub: Subscription, event: OutboundEvent, n: number): Promise<AttemptOutcome> {
    const sentAt = deps.now();
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [WEBHOOK_HEADERS.eventName]: event.name,
      [WEBHOOK_HEADERS.eventVersion]: WEBHOOK_EVENT_VERSION,
      [WEBHOOK_HEADERS.eventId]: event.id,
      [WEBHOOK_HEADERS.link]: event.link,
    };
    const keys = sub.keys.live(sentAt);
    if (keys.length) {
      const timestamp = String(Math.floor(sentAt / 1000));
      headers[WEBHOOK_HEADERS.timestamp] = timestamp;
      headers[WEBHOOK_HEADERS.signature] = signatureHeader(keys, {
        timestamp,
        rawBody: event.rawBody,
        eventId: event.id,
        eventName: event.name,
        eventVersion: WEBHOOK_EVENT_VERSION,
        link: event.link,
      });
    }
    const auth = await deps.authHeaders(sub.callbackAuthentication);
    const logged = { ...headers };
    let outcome: AttemptOutcome;
    let error: string | undefined;
    if (!auth.ok) {
      outcome = { kind: 'no_answer', reason: 'auth_failed' };
      error = auth.message;
    } else {
      Object.assign(headers, auth.headers);
      for (const name of Object.keys(auth.headers)) logged[name] = auth.secretHeaderNames.includes(name) ? REDACTED : (auth.headers[name] as string);
      const answer = await callReceiver(deps.fetch, {
        url: sub.callbackUrl,
        method: 'POST',
        headers,
        body: event.rawBody,
        timeoutMs: deps.timeoutMs,
        signal: deps.signal,
      });
      if (answer.ok) outcome = { kind: 'answered', status: answer.status };
      else {
        outcome = { kind: 'no_answer', reason: answer.reason };
        error = answer.message;
      }
    }
    if (deps.signal.aborted) return { kind: 'no_answer', reason: 'aborted' };
    const success = outcome.kind === 'answered' && outcome.status >= 200 && outcome.status <= 299;
    sub.log.append(sentAt, {
      status: success ? 'successful' : 'failed',
      timestamp: new Date(sentAt).toISOString(),
      requestDetails: { url: sub.callbackUrl, body: event.rawBody, headers: logged },
      eventName: event.name,
      eventId: event.id,
      attempt: n,
      responseStatus: outcome.kind === 'answered' ? outcome.status : null,
      ...(error === undefined ? {} : { error }),
    });
    return outcome;
  }

  return {
    /** Queues the first attempt; returns at once. */
    enqueue(sub: Subscription, event: OutboundEvent): void {
      if (closed) return;
      pending++;
      later(() => void attempt(sub, event, 1), 0);
    },
    idle(): Promise<void> {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
    /** Cancels waiting retries; in-flight calls are aborted through `deps.signal` by the caller. */
    close(): void {
      closed = true;
      for (const timer of timers) {
        timer.cancel();
        settle('dropped');
      }
      timers.clear();
    },
    stats() {
      return { delivered, failed, pending };
    },
  };
}

export type DeliveryQueue = ReturnType<typeof createDeliveryQueue>;
