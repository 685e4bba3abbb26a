import { isHttpUrl, parseCallbackAuthentication, type CallbackAuthentication } from './callback-authentication.js';
import { isWebhookEventName } from '../../spec/index.js';
import type { WebhookErrorDetail } from './webhook-http.js';

/** A valid `POST /subscriptions` body. */
export interface SubscriptionRequest {
  readonly callbackUrl: string;
  readonly events: readonly string[];
  readonly callbackAuthentication: CallbackAuthentication | undefined;
  readonly alertingEmailAddress: string | undefined;
}

/**
 * Validates the SDK's SubscriptionRequest: `callbackUrl` and `events` required, `alertingEmailAddress`
 * and `callbackAuthentication` optional. Every problem is reported, each naming its field.
 */
export function parseSubscriptionRequest(body: unknown): { ok: true; value: SubscriptionRequest } | { ok: false; errors: WebhookErrorDetail[] } {
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return { ok: false, errors: [{ code: 'INVALID_JSON', message: 'request body is not valid JSON' }] };
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: [{ code: 'INVALID_BODY', message: 'request body must be a JSON object with callbackUrl and events' }] };
  }
  const b = body as Record<string, unknown>;
  const errors: WebhookErrorDetail[] = [];

  const callbackUrl = b.callbackUrl;
  if (callbackUrl === undefined || callbackUrl === null || callbackUrl === '') {
    errors.push({ code: 'MISSING_CALLBACK_URL', message: 'callbackUrl is required' });
  } else if (typeof callbackUrl !== 'string' || !isHttpUrl(callbackUrl)) {
    errors.push({ code: 'INVALID_CALLBACK_URL', message: 'callbackUrl must be an absolute http or https URL' });
  } else if (/^[a-z]+:\/\/[^/?#]*@/i.test(callbackUrl)) {
    // Credentials in the URL would be shown back in the subscription and the log; callbackAuthentication exists for them.
    errors.push({ code: 'INVALID_CALLBACK_URL', message: 'callbackUrl must not contain user credentials; use callbackAuthentication' });
  }

  const events: string[] = [];
  if (b.events === undefined || b.events === null) {
    errors.push({ code: 'MISSING_EVENTS', message: 'events is required: a non-empty array of event names' });
  } else if (!Array.isArray(b.events) || b.events.length === 0) {
    errors.push({ code: 'INVALID_EVENTS', message: 'events must be a non-empty array of event names' });
  } else {
    b.events.forEach((name: unknown, i) => {
      if (typeof name !== 'string') {
        errors.push({ code: 'INVALID_EVENTS', message: `events[${i}] must be an event name string` });
      } else if (!isWebhookEventName(name)) {
        errors.push({ code: 'UNKNOWN_EVENT', message: `events[${i}] "${truncate(name)}" is not a known event name` });
      } else if (!events.includes(name)) {
        events.push(name);
      }
    });
  }

  const email = b.alertingEmailAddress;
  if (email !== undefined && email !== null && (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(email))) {
    errors.push({ code: 'INVALID_ALERTING_EMAIL_ADDRESS', message: 'alertingEmailAddress must be an email address' });
  }

  const auth = parseCallbackAuthentication(b.callbackAuthentication);
  if (!auth.ok) errors.push(...auth.errors);

  if (errors.length || !auth.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      callbackUrl: callbackUrl as string,
      events,
      callbackAuthentication: auth.value,
      alertingEmailAddress: typeof email === 'string' ? email : undefined,
    },
  };
}

function truncate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 80)}…` : value;
}
