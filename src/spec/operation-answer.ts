import { operationFields } from './generated/field-table.js';
import type { SpecAnswer } from './spec-field.js';

const UNDOCUMENTED: SpecAnswer = { kind: 'undocumented' };

/** The documented 2xx answer of the operation with this key; `undocumented` when the docs say nothing. */
export function operationAnswer(key: string): SpecAnswer {
  return operationFields[key]?.answer ?? UNDOCUMENTED;
}
