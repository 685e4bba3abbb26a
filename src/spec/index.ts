export { operations, type OperationKey } from './generated/operations.js';
export * from './operation-spec.js';
export { findOperation, operationByKey, matchOperation } from './find-operation.js';
