/**
 * The simulator's SmartRecruiters webhooks: the Webhook Subscription API (`/webhooks-api/v201907`),
 * the activation handshake, and signed, retried event deliveries.
 *
 * Mounting (for the simulator core):
 *   const engine = createWebhookEngine({ publicBaseUrl: () => baseUrl });
 *   // for a request matched to operation `op` (src/spec) whose key is in WEBHOOK_OPERATION_KEYS:
 *   const res = await engine.handlers[op.key]({ params, query, body, credential });
 *   // answer res.status, res.headers (may hold `link`), and JSON of res.body unless undefined (204).
 *   engine.emit('candidate.created', { id }, `${baseUrl}/candidates/${id}`);
 *   await engine.close(); // on shutdown
 *
 * WebhookHttpRequest (what the core passes in):
 *   params      decoded path parameters, e.g. { id } (operation table pathParams)
 *   query       URLSearchParams of the query string
 *   body        parsed JSON body (a raw JSON string is parsed too); ignored where none is documented
 *   credential  opaque id of the authenticated API user; subscriptions are visible only to it.
 *               Authentication itself (401 for a bad key/token) is the core's job; an empty
 *               credential is answered 401 here as a safety net.
 * WebhookHttpResponse: { status, body?, headers? }.
 *
 * Answers: create 201 Subscription; getAll 200 bare array (docs' example) with `Link: <…>; rel="next"`
 * when more pages exist; get 200; delete 204; activate 204 or 400 {message, errors:[{code:"HANDSHAKE_…"}]};
 * generateSecretKey 201 {secretKey}; getSecretKey 200 {secretKey} or 404; searchCallbackLog 200 bare
 * array, newest first, with the same `Link` paging. Errors use {message, errors:[{code, message}]}.
 */
export { createWebhookEngine, type WebhookEngine, type WebhookEngineOptions, type WebhookEngineStats } from './create-webhook-engine.js';
export { WEBHOOK_OPERATION_KEYS, type WebhookHandler, type WebhookOperationKey } from './subscription-handlers.js';
export type { WebhookErrorDetail, WebhookHttpRequest, WebhookHttpResponse } from './webhook-http.js';
export { signatureHeader, signWebhookV1, type SignatureInput } from './sign-webhook.js';
export { isWebhookEventName, WEBHOOK_EVENT_NAMES, WEBHOOK_EVENT_VERSION, type WebhookEventName } from '../../spec/index.js';
export type { CallbackLogEntry } from './callbacks-log.js';
export type { RetryPolicy } from './delivery-retry-decision.js';
