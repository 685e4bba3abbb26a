import { operationByKey } from '../spec/index.js';
import { SrInvalidRequestError } from './errors/sr-errors.js';
import type { AnyOperationRequest } from './operation-request.js';
import type { SrRequest } from './sr-request.js';

/**
 * A request by operation key, with the key replaced by its table entry: the pipeline below works
 * on specs only. An unknown key (possible from JavaScript, or a cast) fails before any I/O.
 */
export function specRequest(req: SrRequest | AnyOperationRequest): SrRequest {
  if (!req || typeof req !== 'object' || typeof req.operation !== 'string') return req as SrRequest;
  const operation = operationByKey(req.operation);
  if (!operation) {
    throw new SrInvalidRequestError({ code: 'unknown_operation', message: `no operation has the key ${JSON.stringify(req.operation.slice(0, 100))} (see srconnect/spec operations)` });
  }
  return { ...req, operation } as SrRequest;
}
