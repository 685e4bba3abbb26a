import { createHmac } from 'node:crypto';

/** The headers that enter a `v1` signature; a missing header counts as an empty string. */
export interface SignatureInput {
  /** `smartrecruiters-timestamp` header value (unix seconds, as sent). */
  readonly timestamp: string;
  /** The request body exactly as sent. */
  readonly rawBody: string;
  readonly eventId: string;
  readonly eventName: string;
  readonly eventVersion: string;
  /** `link` header value exactly as sent, e.g. `<https://…>; rel=self`. */
  readonly link: string;
}

/**
 * SmartRecruiters' `v1` signature (official page subscriptionsgeneratesecretkey-1):
 * `hex(HMAC-SHA256(key, timestamp.body.event-id.event-name.event-version.link))`.
 */
export function signWebhookV1(key: string, input: SignatureInput): string {
  const payload = [input.timestamp, input.rawBody, input.eventId, input.eventName, input.eventVersion, input.link].join('.');
  return createHmac('sha256', key).update(payload, 'utf8').digest('hex');
}

/** The `smartrecruiters-signature` header value: one `v1=<hex>` per key, joined by `;`. */
export function signatureHeader(keys: readonly string[], input: SignatureInput): string {
  return keys.map((key) => `v1=${signWebhookV1(key, input)}`).join(';');
}
