import type { ActionClient } from '../../../actions/index.js';
import type { SrRequest } from '../../../client/index.js';
import { operationByKey, type OperationKey } from '../../../spec/index.js';

/** One write by operation key (the client sets the documented content type: JSON, JSON Patch). */
export async function writeOp<T = unknown>(client: ActionClient, key: OperationKey, parts: { pathParams?: Record<string, string>; body?: unknown; signal?: AbortSignal | undefined }): Promise<T> {
  const op = operationByKey(key);
  if (!op) throw new Error(`no operation ${key} in the spec table`);
  const req: SrRequest = { operation: op, ...(parts.pathParams ? { pathParams: parts.pathParams } : {}), ...(parts.body !== undefined ? { body: parts.body } : {}), ...(parts.signal ? { signal: parts.signal } : {}) };
  return (await client.request<T>(req)).data;
}
