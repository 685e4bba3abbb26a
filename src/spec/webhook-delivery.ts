/**
 * How SmartRecruiters calls a webhook receiver: the header names, the event version, the
 * handshake deadline and the `v1` signature recipe. Hand-kept: the sources are prose, not data —
 * specs/smartrecruiters/ACTIONS.md ("Webhook subscription API"), derived/webhook-events.json
 * (`deliveryHeaders`, `subscriptionApi.activate`) and official-docs/webhooks.json (`handshake`,
 * `delivery`). Header names are lower-case, as Node and fetch give them; HTTP compares them
 * case-insensitively (the docs write `X-Hook-Secret`).
 */
export const WEBHOOK_HEADERS = {
  /** Sent with the activation handshake; the receiver echoes it in a 200 answer. */
  hookSecret: 'x-hook-secret',
  /** e.g. `application.created`. */
  eventName: 'event-name',
  eventVersion: 'event-version',
  /** Unique id of the notification; a retry resends the same one. */
  eventId: 'event-id',
  /** `<url of the changed resource>; rel=self`: GET it with your credentials to read current state. */
  link: 'link',
  /** Unix seconds; only once the subscription has a secret key. */
  timestamp: 'smartrecruiters-timestamp',
  /** `v1=<hex>` per active key, joined by `;`; only once the subscription has a secret key. */
  signature: 'smartrecruiters-signature',
} as const;

/** The version every subscribed event carries (ACTIONS.md: `{"name":"job.created","version":"1.0.0"}`). */
export const WEBHOOK_EVENT_VERSION = '1.0.0';

/** The receiver must answer the activation handshake within this many milliseconds (docs: 20 s). */
export const WEBHOOK_HANDSHAKE_TIMEOUT_MS = 20_000;

/** The status a receiver answers a delivery with (docs: "we expect your service to respond with HTTP 202"). */
export const WEBHOOK_RECEIVER_STATUS = 202;

/**
 * The `v1` signature (official page subscriptionsgeneratesecretkey-1): hex HMAC-SHA256 with the
 * secret key over these parts joined by `.` (a missing header counts as an empty string); one
 * `v1=<hex>` per key in the signature header, joined by `;`.
 */
export const WEBHOOK_SIGNATURE = {
  scheme: 'v1',
  algorithm: 'sha256',
  parts: ['timestamp', 'body', 'event-id', 'event-name', 'event-version', 'link'],
  partSeparator: '.',
  keySeparator: ';',
} as const;
