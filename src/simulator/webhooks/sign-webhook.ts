import { createHmac } from 'node:crypto';
import { WEBHOOK_SIGNATURE } from '../../spec/index.js';

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

/** SmartRecruiters' `v1` signature: the recipe is `WEBHOOK_SIGNATURE` in src/spec (parts in its order). */
export function signWebhookV1(key: string, input: SignatureInput): string {
  const part = { timestamp: input.timestamp, body: input.rawBody, 'event-id': input.eventId, 'event-name': input.eventName, 'event-version': input.eventVersion, link: input.link };
  const payload = WEBHOOK_SIGNATURE.parts.map((p) => part[p]).join(WEBHOOK_SIGNATURE.partSeparator);
  return createHmac(WEBHOOK_SIGNATURE.algorithm, key).update(payload, 'utf8').digest('hex');
}

/** The `smartrecruiters-signature` header value: one `v1=<hex>` per key, joined by `;`. */
export function signatureHeader(keys: readonly string[], input: SignatureInput): string {
  return keys.map((key) => `${WEBHOOK_SIGNATURE.scheme}=${signWebhookV1(key, input)}`).join(WEBHOOK_SIGNATURE.keySeparator);
}
