import { operationByKey } from '../../spec/index.js';
import type { CallbackAuthHeaders } from './callback-auth-headers.js';
import { encodePageId, nextLinkHeader, parsePageQuery } from './page-query.js';
import { parseSubscriptionRequest } from './parse-subscription-request.js';
import { runHandshake } from './run-handshake.js';
import { newSubscription, subscriptionView, type Subscription } from './subscription.js';
import { errorResponse, type WebhookHttpRequest, type WebhookHttpResponse } from './webhook-http.js';

/** The operation keys (src/spec table) of the 8 official webhook-subscription operations. */
export const WEBHOOK_OPERATION_KEYS = [
  'subscriptions.create',
  'subscriptions.getAll',
  'subscriptions.get',
  'subscriptions.delete',
  'subscriptions.activate',
  'subscriptions.generateSecretKey',
  'subscriptions.getSecretKey',
  'subscriptions.searchCallbackLog',
] as const;

export type WebhookOperationKey = (typeof WEBHOOK_OPERATION_KEYS)[number];
export type WebhookHandler = (req: WebhookHttpRequest) => Promise<WebhookHttpResponse>;

export interface HandlerContext {
  readonly subscriptions: Map<string, Subscription>;
  readonly now: () => number;
  readonly publicBaseUrl: () => string;
  readonly fetch: typeof fetch;
  readonly authHeaders: CallbackAuthHeaders;
  readonly handshakeTimeoutMs: number;
  readonly maxSubscriptionsPerCredential: number;
  readonly signal: AbortSignal;
  nextSeq(): number;
}

/** The 8 handlers; each answers every input with a response (unexpected faults become 500). */
export function createSubscriptionHandlers(ctx: HandlerContext): Record<WebhookOperationKey, WebhookHandler> {
  const owned = (req: WebhookHttpRequest): Subscription | undefined => {
    const sub = ctx.subscriptions.get(req.params.id ?? '');
    // Another credential's subscription is answered like a missing one, so ids do not leak.
    return sub && !sub.deleted && sub.credential === req.credential ? sub : undefined;
  };
  const notFound = (req: WebhookHttpRequest): WebhookHttpResponse =>
    errorResponse(404, 'Subscription not found', [{ code: 'NOT_FOUND', message: `no subscription with id "${(req.params.id ?? '').slice(0, 64)}"` }]);
  const withSubscription = (fn: (sub: Subscription, req: WebhookHttpRequest) => Promise<WebhookHttpResponse> | WebhookHttpResponse) => {
    return (req: WebhookHttpRequest) => {
      const sub = owned(req);
      return sub ? fn(sub, req) : notFound(req);
    };
  };

  const handlers: Record<WebhookOperationKey, (req: WebhookHttpRequest) => Promise<WebhookHttpResponse> | WebhookHttpResponse> = {
    'subscriptions.create': (req) => {
      const parsed = parseSubscriptionRequest(req.body);
      if (!parsed.ok) return errorResponse(400, 'Invalid subscription request', parsed.errors);
      const mine = [...ctx.subscriptions.values()].filter((s) => s.credential === req.credential).length;
      if (mine >= ctx.maxSubscriptionsPerCredential) {
        const message = `a user can register up to ${ctx.maxSubscriptionsPerCredential} subscriptions; delete one first`;
        return errorResponse(409, 'Subscription limit reached', [{ code: 'SUBSCRIPTION_LIMIT_REACHED', message }]);
      }
      const sub = newSubscription({ ...parsed.value, seq: ctx.nextSeq(), credential: req.credential, createdAt: ctx.now() });
      ctx.subscriptions.set(sub.id, sub);
      return { status: 201, body: subscriptionView(sub) };
    },

    'subscriptions.getAll': (req) => {
      const page = parsePageQuery(req.query);
      if (!page.ok) return errorResponse(400, 'Invalid query parameters', page.errors);
      const mine = [...ctx.subscriptions.values()]
        .filter((s) => s.credential === req.credential && (page.after === undefined || s.seq > page.after))
        .sort((a, b) => a.seq - b.seq);
      const slice = mine.slice(0, page.limit);
      const last = slice.at(-1);
      // The documented answer is a bare array, so the next cursor travels in `Link: rel="next"`.
      const headers = mine.length > page.limit && last ? nextLinkHeader(ctx.publicBaseUrl(), pathOf('subscriptions.getAll', {}), req.query, encodePageId(last.seq)) : undefined;
      return { status: 200, body: slice.map(subscriptionView), ...(headers ? { headers } : {}) };
    },

    'subscriptions.get': withSubscription((sub) => ({ status: 200, body: subscriptionView(sub) })),

    'subscriptions.delete': withSubscription((sub) => {
      sub.deleted = true;
      ctx.subscriptions.delete(sub.id);
      return { status: 204 };
    }),

    'subscriptions.activate': withSubscription(async (sub, req) => {
      const result = await runHandshake(sub, {
        fetch: ctx.fetch,
        authHeaders: ctx.authHeaders,
        timeoutMs: ctx.handshakeTimeoutMs,
        signal: ctx.signal,
      });
      if (sub.deleted) return notFound(req);
      if (!result.ok) {
        return errorResponse(400, `Subscription activation failed: ${result.message}`, [
          { code: `HANDSHAKE_${result.reason.toUpperCase()}`, message: result.message },
        ]);
      }
      sub.status = 'active';
      return { status: 204 };
    }),

    'subscriptions.generateSecretKey': withSubscription((sub) => {
      const key = sub.keys.generate(ctx.now());
      if (!key.ok) return errorResponse(409, 'Too many secret keys', [{ code: 'TOO_MANY_SECRET_KEYS', message: key.message }]);
      return { status: 201, body: { secretKey: key.value } };
    }),

    'subscriptions.getSecretKey': withSubscription((sub) => {
      const key = sub.keys.current(ctx.now());
      if (!key) {
        return errorResponse(404, 'Secret key not found', [
          { code: 'SECRET_KEY_NOT_FOUND', message: 'this subscription has no secret key; create one with POST /subscriptions/{id}/secret-key' },
        ]);
      }
      return { status: 200, body: { secretKey: key } };
    }),

    'subscriptions.searchCallbackLog': withSubscription((sub, req) => {
      const result = sub.log.search(req.query, ctx.now());
      if (!result.ok) return errorResponse(400, 'Invalid query parameters', result.errors);
      const headers = result.nextPageId
        ? nextLinkHeader(ctx.publicBaseUrl(), pathOf('subscriptions.searchCallbackLog', { id: sub.id }), req.query, result.nextPageId)
        : undefined;
      return { status: 200, body: result.entries, ...(headers ? { headers } : {}) };
    }),
  };

  return Object.fromEntries(
    Object.entries(handlers).map(([key, handler]) => [key, guard(handler)]),
  ) as Record<WebhookOperationKey, WebhookHandler>;
}

function guard(handler: (req: WebhookHttpRequest) => Promise<WebhookHttpResponse> | WebhookHttpResponse): WebhookHandler {
  return async (req) => {
    if (typeof req?.credential !== 'string' || req.credential === '') {
      return errorResponse(401, 'Unauthorized', [{ code: 'UNAUTHORIZED', message: 'no valid API credential provided' }]);
    }
    try {
      return await handler({ ...req, params: req.params ?? {}, query: req.query ?? new URLSearchParams() });
    } catch {
      return errorResponse(500, 'Internal simulator error in the webhooks API');
    }
  };
}

function pathOf(key: WebhookOperationKey, params: Record<string, string>): string {
  const template = operationByKey(key)?.path ?? '';
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
