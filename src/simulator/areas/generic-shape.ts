import type { OperationSpec } from '../../spec/index.js';
import { responseObjects, responseShapes, type ResponseField, type ResponseItem, type ResponseShape } from '../../spec/generated/response-shapes.js';
import { documentedObject, documentedValue, type ValueContext } from './generic-value.js';

const UNDOCUMENTED: ResponseShape = { kind: 'undocumented' };

/** The documented 2xx answer of an operation (generated from official-docs). */
export function responseShapeOf(op: OperationSpec): ResponseShape {
  return responseShapes[op.key] ?? UNDOCUMENTED;
}

/** The documented fields of one list/array item, or undefined when items are scalars or undocumented. */
export function itemFields(item: ResponseItem | undefined): readonly ResponseField[] | undefined {
  if (!item) return undefined;
  if (item.of) return responseObjects[item.of];
  return item.fields;
}

/**
 * A stored generic record with every documented field filled in: stored values (the request
 * body, id, dates) win, documented fields the caller never sent get deterministic values.
 */
export function dressRecord(fields: readonly ResponseField[] | undefined, record: Record<string, unknown>, ctx: ValueContext): Record<string, unknown> {
  if (!fields?.length) return record;
  return { ...documentedObject(fields, ctx), ...record };
}

/** Turns a stored record into a scalar list item (e.g. interview type names) when the docs list scalars. */
export function scalarItem(item: ResponseItem, record: Record<string, unknown>, ctx: ValueContext): unknown {
  if (item.type === 'string' && typeof record['name'] === 'string') return record['name'];
  return documentedValue('value', item, ctx, 'value', 0);
}

/**
 * Fills envelope fields the docs list but the pager does not write (e.g. `limit`/`offset` on a
 * list without paging); `nextPageId` stays absent on the last page, as on the real API.
 */
export function completeEnvelope(shape: ResponseShape, body: Record<string, unknown>, ctx: ValueContext): Record<string, unknown> {
  const out = { ...body };
  const content = Array.isArray(out['content']) ? (out['content'] as unknown[]) : [];
  for (const f of shape.fields ?? []) {
    if (f.name in out || f.name === 'nextPageId') continue;
    if (f.name === 'limit' || f.name === 'pageSize') out[f.name] = content.length;
    else if (f.name === 'offset' || f.name === 'page') out[f.name] = 0;
    else if (f.name === 'totalFound' || f.name === 'totalElements') out[f.name] = content.length;
    else out[f.name] = documentedValue(f.name, f, ctx, f.name, 0);
  }
  return out;
}
