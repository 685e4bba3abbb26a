/**
 * What the official docs say about a request or response body, as data. The generator
 * (scripts/generators/action-catalogue.ts) writes these from specs/smartrecruiters/official-docs;
 * `fieldSchema` turns them into zod at load. Types the docs do not know stay `unknown` (lenient).
 */
export type FieldType =
  | 'string'
  | 'date-time'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'object'
  | 'array<string>'
  | 'array<object>'
  | 'unknown';

export interface FieldDoc {
  readonly name: string;
  readonly type: FieldType;
  readonly required?: boolean;
  readonly enum?: readonly string[];
  readonly minLength?: number;
  readonly description?: string;
}

export interface BodyDoc {
  /** The documented content type, reduced: `unknown` when the docs do not say. */
  readonly contentType: 'json' | 'json-patch' | 'multipart' | 'form' | 'unknown';
  /** The documented model name (`CandidateInput`), when known. */
  readonly schema?: string;
  /** True when the docs mark the body required or any of its fields required. */
  readonly required: boolean;
  /** `array` for bodies documented as `Array<…>`; `unknown` when no fields are known. */
  readonly shape: 'object' | 'array' | 'unknown';
  readonly fields: readonly FieldDoc[];
}

export interface ResponseDoc {
  readonly schema?: string;
  readonly fields: readonly FieldDoc[];
}

/** The documented body and response of one operation. */
export interface OperationDoc {
  readonly requestBody?: BodyDoc;
  readonly response?: ResponseDoc;
  readonly description?: string;
}

/** One row of the action table in specs/smartrecruiters/ACTIONS.md. */
export interface ActionRow {
  readonly number: number;
  readonly title: string;
  readonly method: string;
  readonly path: string;
  readonly registry: string;
  readonly operationId: string;
  readonly notes: string;
}
