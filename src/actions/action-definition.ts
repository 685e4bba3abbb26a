import type { z } from 'zod';
import type { OperationSpec, PaginationSpec } from '../spec/index.js';
import type { BodyDoc } from './field-doc.js';
import type { ActionOutput } from './output-schema.js';

export type ActionKind = 'read' | 'write' | 'delete';

/** One action of the catalogue: everything needed to validate, call, list and document it. */
export interface ActionDefinition {
  /** Stable public id from the hand-kept ACTION_NAMES (action-names.ts), e.g. `search_candidates`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** Row number in specs/smartrecruiters/ACTIONS.md. */
  readonly number: number;
  readonly operationKey: string;
  readonly operation: OperationSpec;
  readonly kind: ActionKind;
  readonly pagination: PaginationSpec | null;
  /** Resource group and method of the typed client (`sr.candidates.search`). */
  readonly group: string;
  readonly method: string;
  /** Flat input: path + query params top-level, the request body under `body`, a file under `file`. */
  readonly inputSchema: z.ZodType<Record<string, unknown>>;
  /** What the action returns: JSON (with its documented model), a file, or nothing. */
  readonly output: ActionOutput;
  /**
   * For JSON outputs: the documented fields with their types (required where the docs say always
   * present; unknown extra fields allowed). Undefined for files and empty answers.
   */
  readonly outputSchema: z.ZodType | undefined;
  /** For multipart actions: the form part that carries the file. */
  readonly file: { readonly partName: string } | undefined;
  readonly body: BodyDoc | undefined;
  /** The notes column of ACTIONS.md (e.g. "requires ?applicationId="). */
  readonly notes: string;
}
