import { findOperation, matchOperation, type BodyMode, type OperationSpec, type PaginationSpec, type RateLimitClass } from '../spec/index.js';
import type { SrRequest } from './sr-request.js';

/** What the client needs to know about an operation, whether or not the spec table has it. */
export interface ResolvedOperation {
  readonly method: string;
  /** The path template requests are built from. */
  readonly path: string;
  /** Per-endpoint limiter key: method + the spec's template (so `/candidates/1` and `/candidates/2` share one). */
  readonly limitKey: string;
  readonly bodyMode: BodyMode | undefined;
  readonly pagination: PaginationSpec | null;
  readonly rateLimit: RateLimitClass;
  readonly spec: OperationSpec | undefined;
}

/**
 * Resolves `req.operation`: a full OperationSpec is used as is; a bare method + path is looked up
 * as a template, then matched as a concrete path, and otherwise gets defaults (standard limits,
 * no pagination, body mode inferred from the request).
 */
export function resolveOperation(operation: SrRequest['operation']): ResolvedOperation {
  const method = operation.method.toUpperCase();
  const spec: OperationSpec | undefined =
    'key' in operation && 'rateLimit' in operation
      ? operation
      : (findOperation(method, operation.path) ?? matchOperation(method, operation.path.split('?')[0] as string)?.op);
  return {
    method,
    path: operation.path,
    limitKey: `${method} ${spec?.path ?? operation.path}`,
    bodyMode: spec?.bodyMode,
    pagination: spec?.pagination ?? null,
    rateLimit: spec?.rateLimit ?? 'standard',
    spec,
  };
}
