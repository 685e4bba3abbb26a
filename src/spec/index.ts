export { operations, type OperationKey } from './generated/operations.js';
export * from './operation-spec.js';
export { findOperation, operationByKey, matchOperation } from './find-operation.js';
export type * from './generated/wire-types.js';
export { statedTypeOf, type OperationFields, type SpecAnswer, type SpecBody, type SpecField, type SpecFieldType, type SpecValue, type StatedFieldType } from './spec-field.js';
export type { SrListEnvelope } from './sr-list-envelope.js';
