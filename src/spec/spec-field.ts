/**
 * The one vocabulary for what the official docs say about SmartRecruiters' bodies and answers.
 * The generator (scripts/generators/read-field-table.ts) writes `generated/field-table.ts` in it;
 * the actions' input and output schemas, the typed action outputs, the fidelity check and the wire
 * types (`generated/wire-types.ts`) all read that one table.
 */

/** The shape of a value: stated by the docs, or inferred from a model reference, an example or a hint. */
export type SpecFieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date-time' | 'object' | 'array' | 'unknown';

/**
 * What the docs state outright, before any inference. Input schemas use only this: they must never
 * refuse what the real API might accept because an example suggested a type.
 */
export type StatedFieldType =
  | 'string'
  | 'date-time'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'object'
  | 'array<string>'
  | 'array<object>'
  | 'unknown';

/** One documented value (a field without its name, or an array's item). */
export interface SpecValue {
  readonly type: SpecFieldType;
  /** The docs (SDK required flags) say the field is always present. */
  readonly required?: true;
  readonly enum?: readonly string[];
  /** Name of a documented model in `specModels`. */
  readonly of?: string;
  /** Inline nested fields (from an example shape). */
  readonly fields?: readonly SpecField[];
  /** For arrays: the item. */
  readonly items?: SpecValue;
}

export interface SpecField extends SpecValue {
  readonly name: string;
  /** What the docs state, where it is not what `type` implies (see `statedTypeOf`). */
  readonly stated?: StatedFieldType;
  readonly minLength?: number;
  /** The docs' notes, the model they name and any borrowed type hint, shortened. */
  readonly description?: string;
}

/** The type the docs state for a field: `stated` where the shape was inferred, else what `type` says. */
export function statedTypeOf(field: SpecField): StatedFieldType {
  if (field.stated) return field.stated;
  if (field.type !== 'array') return field.type;
  if (field.items?.type === 'string') return 'array<string>';
  if (field.items?.type === 'object') return 'array<object>';
  return 'unknown';
}

/** A documented request body. */
export interface SpecBody {
  /** The documented content type, reduced: `unknown` when the docs do not say. */
  readonly contentType: 'json' | 'json-patch' | 'multipart' | 'form' | 'unknown';
  /** The documented model name (`CandidateInput`), when known. */
  readonly schema?: string;
  /** True when the docs mark the body required or any of its fields required. */
  readonly required: boolean;
  /** `array` for bodies documented as `Array<…>`; `unknown` when no fields are known. */
  readonly shape: 'object' | 'array' | 'unknown';
  readonly fields: readonly SpecField[];
}

/**
 * The documented 2xx answer of one operation: `object` (fields), `list` (envelope fields, items in
 * `content`), `array` (bare array of `item`), `none` (no body) or `undocumented`. `status` only where
 * the docs state the exact code.
 */
export interface SpecAnswer {
  readonly kind: 'object' | 'list' | 'array' | 'none' | 'undocumented';
  /** For `none`: stated by the docs (`documented`), or only that the SDK declares no body (`sdk`). */
  readonly noBody?: 'documented' | 'sdk';
  readonly status?: number;
  readonly schema?: string;
  readonly fields?: readonly SpecField[];
  readonly item?: SpecValue;
}

/** Everything the docs say about one operation's bodies. */
export interface OperationFields {
  readonly description?: string;
  readonly requestBody?: SpecBody;
  readonly answer: SpecAnswer;
}
