export { operations, type OperationKey } from './generated/operations.js';
export * from './operation-spec.js';
export { findOperation, operationByKey, matchOperation } from './find-operation.js';
export type * from './generated/wire-types.js';
export { operationFields, specModels } from './generated/field-table.js';
export { operationAnswer } from './operation-answer.js';
export {
  statedBodyOf,
  statedFieldOf,
  statedTypeOf,
  type StatedBody,
  type StatedField,
  type OperationFields, type SpecAnswer, type SpecBody, type SpecField, type SpecFieldType, type SpecValue, type StatedFieldType } from './spec-field.js';
export type { SrListEnvelope } from './sr-list-envelope.js';
export { WEBHOOK_EVENT_NAMES, WEBHOOK_EVENT_PAYLOADS, type WebhookEventName, type WebhookPayloads } from './generated/webhook-events.js';
export { isWebhookEventName } from './webhook-event-name.js';
export {
  WEBHOOK_EVENT_VERSION,
  WEBHOOK_HANDSHAKE_TIMEOUT_MS,
  WEBHOOK_HEADERS,
  WEBHOOK_RECEIVER_STATUS,
  WEBHOOK_SIGNATURE,
} from './webhook-delivery.js';
