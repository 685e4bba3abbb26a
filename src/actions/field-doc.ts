/**
 * What the action layer reads of the docs' bodies: fields as the docs *state* them (nothing
 * inferred), projected from the one field table in src/spec (`statedFieldOf`, `statedBodyOf`).
 * These names stay for the actions' public API; the vocabulary itself is src/spec/spec-field.ts.
 */
import type { StatedBody, StatedField, StatedFieldType } from '../spec/index.js';

export type FieldType = StatedFieldType;
export type FieldDoc = StatedField;
export type BodyDoc = StatedBody;

/** The documented fields of an answer, as stated. */
export interface ResponseDoc {
  readonly schema?: string;
  readonly fields: readonly FieldDoc[];
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
