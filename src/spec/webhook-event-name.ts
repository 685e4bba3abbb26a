import { WEBHOOK_EVENT_NAMES, type WebhookEventName } from './generated/webhook-events.js';

const known: ReadonlySet<string> = new Set(WEBHOOK_EVENT_NAMES);

/** True when `name` is one of the documented event names (exact, case-sensitive). */
export function isWebhookEventName(name: string): name is WebhookEventName {
  return known.has(name);
}
