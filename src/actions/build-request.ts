import type { SrRequest } from '../client/index.js';
import type { ActionDefinition } from './action-definition.js';
import { PAGING_QUERY } from './action-overrides.js';
import { contentTypeOf, decodeBase64, type FileInput } from './file-input.js';
import { OBJECT_QUERY_PREFIX } from './param-schema.js';

type QueryValue = string | number | boolean;
type MultipartPart = NonNullable<SrRequest['multipart']>[number];

function queryOf(action: ActionDefinition, input: Record<string, unknown>): NonNullable<SrRequest['query']> {
  const query: Record<string, QueryValue | readonly QueryValue[]> = {};
  for (const p of action.operation.queryParams) {
    const v = input[p.name];
    if (v === undefined || v === null) continue;
    if (p.type === 'object') {
      const prefix = OBJECT_QUERY_PREFIX[p.name] ?? p.name;
      for (const [k, val] of Object.entries(v as Record<string, string | string[]>)) {
        query[`${prefix}.${k}`] = Array.isArray(val) ? val.join(',') : val;
      }
    } else {
      query[p.name] = v as QueryValue | QueryValue[];
    }
  }
  return query;
}

function multipartOf(action: ActionDefinition, input: Record<string, unknown>): MultipartPart[] {
  const parts: MultipartPart[] = [];
  for (const [name, value] of Object.entries((input.body ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) parts.push({ name, value: String(value) });
  }
  const file = input.file as FileInput;
  parts.push({
    name: action.file?.partName ?? 'file',
    filename: file.filename,
    contentType: contentTypeOf(file),
    data: decodeBase64(file.content_base64),
  });
  return parts;
}

/** The request of a page walk: the query values the action's paging requires, where the input left them out. */
export function pagingRequest(action: ActionDefinition, req: SrRequest): SrRequest {
  const required = PAGING_QUERY[action.name];
  if (!required) return req;
  return { ...req, query: { ...required, ...req.query } };
}

/** The SrRequest for an already validated input (see validateActionInput). */
export function buildActionRequest(action: ActionDefinition, input: Record<string, unknown>): SrRequest {
  const op = action.operation;
  const pathParams: Record<string, string | number> = {};
  for (const p of op.pathParams) pathParams[p.name] = input[p.name] as string | number;
  let req: SrRequest = { operation: op, pathParams, query: queryOf(action, input) };
  // A single page asked by cursor is part of a walk too.
  const cursor = action.pagination?.style === 'cursor' ? action.pagination.cursorParam : undefined;
  if (cursor && input[cursor] !== undefined) req = pagingRequest(action, req);
  if (op.bodyMode === 'multipart') req.multipart = multipartOf(action, input);
  else if (op.bodyMode !== 'none' && input.body !== undefined) req.body = input.body;
  return req;
}
