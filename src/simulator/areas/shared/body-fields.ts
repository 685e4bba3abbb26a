import { SimError } from '../../core/sim-error.js';

type Problem = { code: string; message: string };
type Obj = Record<string, unknown>;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The one body validator of the simulator: collects field problems of a JSON body so one 400
 * names every bad field, as the real API's `errors` array does. Flat fields are read by name
 * (`string('title')`); nested ones with the `…At` readers, which take the object and the full
 * field path to name (`stringAt(slot, 'id', 'interviewers[0].id')`).
 */
export class BodyFields {
  private readonly problems: Problem[] = [];
  readonly body: Obj;

  /** The body must be a JSON object; with `required` false an absent body reads as `{}`. */
  constructor(body: unknown, required = true) {
    if (body === undefined && !required) this.body = {};
    else this.body = jsonObject(body);
  }

  /** A collector for a body that is not one JSON object (a bare array, a part of another body). */
  static problems(): BodyFields {
    return new BodyFields(undefined, false);
  }

  string(name: string, opts: { required?: boolean; minLength?: number; email?: boolean; enum?: readonly string[] } = {}): string | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) {
      if (opts.required) this.missing(name);
      return undefined;
    }
    if (typeof v !== 'string') return this.invalid(name, 'must be a string');
    if (opts.minLength !== undefined && v.trim().length < opts.minLength) return this.invalid(name, `must have at least ${opts.minLength} character(s)`);
    if (opts.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return this.invalid(name, `must be an e-mail address, got "${v}"`);
    if (opts.enum && !opts.enum.includes(v)) return this.invalid(name, oneOfProblem(opts.enum, v));
    return v;
  }

  boolean(name: string): boolean | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') return this.invalid(name, 'must be true or false');
    return v;
  }

  object(name: string, opts: { required?: boolean } = {}): Obj | undefined {
    return this.objectAt(this.body[name], name, opts.required);
  }

  stringArray(name: string, opts: { required?: boolean } = {}): string[] | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) {
      if (opts.required) this.missing(name);
      return undefined;
    }
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return this.invalid(name, 'must be an array of strings');
    return v as string[];
  }

  objectArray(name: string): Obj[] | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.some((x) => !x || typeof x !== 'object' || Array.isArray(x))) return this.invalid(name, 'must be an array of objects');
    return v as Obj[];
  }

  /** `o[key]` as a string; a required one must not be blank. */
  stringAt(o: Obj, key: string, path: string, required = false): string | undefined {
    const v = o[key];
    if (v === undefined || v === null) return required ? this.missing(path) : undefined;
    if (typeof v !== 'string') return this.invalid(path, 'must be a string');
    if (required && v.trim() === '') return this.invalid(path, 'must not be empty');
    return v;
  }

  objectAt(v: unknown, path: string, required = false): Obj | undefined {
    if (v === undefined || v === null) return required ? this.missing(path) : undefined;
    if (typeof v !== 'object' || Array.isArray(v)) return this.invalid(path, 'must be an object');
    return v as Obj;
  }

  /** An ISO 8601 date-time with a zone (`Z` or an offset), as epoch milliseconds. */
  dateTimeAt(o: Obj, key: string, path: string, required = false): number | undefined {
    const v = this.stringAt(o, key, path, required);
    if (v === undefined) return undefined;
    if (!DATE_TIME.test(v) || Number.isNaN(Date.parse(v))) return this.invalid(path, `must be an ISO 8601 date-time with a zone, e.g. 2026-05-04T10:00:00Z, got "${v}"`);
    return Date.parse(v);
  }

  /** `o[key]` as one of `values`. */
  oneOfAt<T extends string>(o: Obj, key: string, path: string, values: readonly T[], required = false): T | undefined {
    const v = this.stringAt(o, key, path, required);
    if (v === undefined) return undefined;
    if (!(values as readonly string[]).includes(v)) return this.invalid(path, oneOfProblem(values, v));
    return v as T;
  }

  missing(path: string): undefined {
    this.problems.push({ code: 'MISSING_FIELD', message: `${path}: is required` });
    return undefined;
  }

  invalid(path: string, problem: string): undefined {
    this.problems.push({ code: 'INVALID_FIELD', message: `${path}: ${problem}` });
    return undefined;
  }

  /** Problems found so far. */
  get count(): number {
    return this.problems.length;
  }

  /** Throws one 400 listing every problem found so far. */
  done(): void {
    if (this.problems.length > 0) throw SimError.fields(400, this.problems.map((p) => p.message).join('; '), this.problems);
  }
}

const oneOfProblem = (values: readonly string[], v: string): string => `must be one of ${values.join(', ')}, got "${v}"`;

/** The body as a JSON object, or a 400 saying it is missing or not an object. */
function jsonObject(body: unknown): Obj {
  if (body === undefined) throw new SimError(400, 'INVALID_FIELD', 'body: is required');
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new SimError(400, 'INVALID_FIELD', 'body: must be a JSON object');
  return body as Obj;
}
