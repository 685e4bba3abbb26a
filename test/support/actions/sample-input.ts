import type { ActionDefinition, FieldDoc } from '../../../src/actions/index.js';
import type { ParamSpec } from '../../../src/spec/index.js';
import { actionExample } from './action-example.js';

export interface SampleInputOptions {
  /** Fill optional query parameters and body fields too (default: required ones only). */
  readonly full?: boolean;
  /**
   * Values for named path/query parameters (real ids from the system under test). Names that are
   * not parameters of the action (`userId` for a hiring-team body) feed the examples.
   */
  readonly params?: Readonly<Record<string, string | number>>;
  /** Use the generated values only, not the request examples of src/spec/examples. */
  readonly generatedOnly?: boolean;
}

function paramValue(p: ParamSpec): unknown {
  if (p.enum?.length) return p.enum[0];
  switch (p.type) {
    case 'integer':
    case 'number':
      return typeof p.min === 'number' ? Math.max(p.min, Math.min(10, p.max ?? 10)) : Math.min(10, p.max ?? 10);
    case 'boolean':
      return true;
    case 'date-time':
      return '2024-01-15T10:00:00.000Z';
    case 'object':
      return { sampleKey: 'sample-value' };
    default:
      return `sample-${p.name}`;
  }
}

function fieldValue(f: FieldDoc): unknown {
  if (f.enum?.length) return f.enum[0];
  switch (f.type) {
    case 'string':
      if (/email/i.test(f.name)) return 'sample@example.com';
      return `sample ${f.name}`.padEnd(f.minLength ?? 0, 'x');
    case 'date-time':
      return '2024-01-15T10:00:00.000Z';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'object':
      return { id: `sample-${f.name}` };
    case 'array<string>':
      return [`sample-${f.name}`];
    case 'array<object>':
      return [{ id: `sample-${f.name}` }];
    default:
      return `sample-${f.name}`;
  }
}

/** "Hello, srconnect!" — a tiny text file, base64. */
export const SAMPLE_FILE_BASE64 = 'SGVsbG8sIHNyY29ubmVjdCE=';

/**
 * A valid input for an action, built from the same data as its schema: path parameters, the
 * required query parameters (all of them with `full`), and a body with the documented fields.
 * Where its operation has a request example (src/spec/examples), the example replaces the
 * generated body (and file), so a careful server accepts the input, not just the schema.
 * Test and docs support: not part of the published package.
 */
export function sampleInput(action: ActionDefinition, opts: SampleInputOptions = {}): Record<string, unknown> {
  const op = action.operation;
  const input: Record<string, unknown> = {};
  for (const p of op.pathParams) input[p.name] = opts.params?.[p.name] ?? (p.type === 'string' ? `sample-${p.name}` : paramValue(p));
  for (const p of op.queryParams) {
    // Deprecated paging (`offset` on /jobs) and cursors stay out: a sample starts at page one.
    const cursor = action.pagination?.style === 'cursor' && action.pagination.cursorParam === p.name;
    const given = opts.params?.[p.name];
    if (given !== undefined) input[p.name] = given;
    else if (p.required || (opts.full && !p.deprecated && !cursor)) input[p.name] = paramValue(p);
  }
  const body = action.body;
  if (op.bodyMode === 'json-patch') {
    input.body = [{ op: 'replace', path: '/title', value: 'sample title' }];
  } else if (op.bodyMode === 'multipart') {
    input.file = { filename: 'sample.txt', content_base64: SAMPLE_FILE_BASE64, content_type: 'text/plain' };
    const formFields = (body?.fields ?? []).filter((f) => f.name !== (action.file?.partName ?? 'file'));
    if (formFields.length) {
      input.body = Object.fromEntries(
        formFields.filter((f) => f.required || opts.full).map((f) => [f.name, String(fieldValue(f))]),
      );
    }
  } else if (op.bodyMode === 'json') {
    if (body?.shape === 'object') {
      input.body = Object.fromEntries(body.fields.filter((f) => f.required || opts.full).map((f) => [f.name, fieldValue(f)]));
    } else if (body?.shape === 'array') {
      input.body = ['sample-item'];
    } else if (op.method !== 'GET' && op.method !== 'DELETE') {
      input.body = { sample: true };
    }
  } else if (op.bodyMode === 'form') {
    input.body = { sample: 'value' };
  }
  if (!opts.generatedOnly) {
    const example = actionExample(action, (name) => String(opts.params?.[name] ?? `sample-${name}`));
    if (example) Object.assign(input, example);
  }
  return input;
}
