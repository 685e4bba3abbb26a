import { SimError } from '../../core/sim-error.js';

type Problem = { code: string; message: string };

/**
 * Collects field problems of a JSON body so one 400 names every bad field, as the real API's
 * `errors` array does.
 */
export class BodyFields {
  private readonly problems: Problem[] = [];
  readonly body: Record<string, unknown>;

  constructor(body: unknown, required = true) {
    if (body === undefined && !required) this.body = {};
    else if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw new SimError(400, 'INVALID_FIELD', body === undefined ? 'body: is required' : 'body: must be a JSON object');
    } else this.body = body as Record<string, unknown>;
  }

  string(name: string, opts: { required?: boolean; minLength?: number; email?: boolean; enum?: readonly string[] } = {}): string | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) {
      if (opts.required) this.problems.push({ code: 'MISSING_FIELD', message: `${name}: is required` });
      return undefined;
    }
    if (typeof v !== 'string') return this.bad(name, 'must be a string');
    if (opts.minLength !== undefined && v.trim().length < opts.minLength) return this.bad(name, `must have at least ${opts.minLength} character(s)`);
    if (opts.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return this.bad(name, `must be an e-mail address, got "${v}"`);
    if (opts.enum && !opts.enum.includes(v)) return this.bad(name, `must be one of ${opts.enum.join(', ')}, got "${v}"`);
    return v;
  }

  boolean(name: string): boolean | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') return this.bad(name, 'must be true or false');
    return v;
  }

  object(name: string, opts: { required?: boolean } = {}): Record<string, unknown> | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) {
      if (opts.required) this.problems.push({ code: 'MISSING_FIELD', message: `${name}: is required` });
      return undefined;
    }
    if (typeof v !== 'object' || Array.isArray(v)) return this.bad(name, 'must be an object');
    return v as Record<string, unknown>;
  }

  stringArray(name: string, opts: { required?: boolean } = {}): string[] | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) {
      if (opts.required) this.problems.push({ code: 'MISSING_FIELD', message: `${name}: is required` });
      return undefined;
    }
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return this.bad(name, 'must be an array of strings');
    return v as string[];
  }

  objectArray(name: string): Record<string, unknown>[] | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.some((x) => !x || typeof x !== 'object' || Array.isArray(x))) return this.bad(name, 'must be an array of objects');
    return v as Record<string, unknown>[];
  }

  /** Throws one 400 listing every problem found so far. */
  done(): void {
    if (this.problems.length > 0) throw SimError.fields(400, this.problems.map((p) => p.message).join('; '), this.problems);
  }

  private bad(name: string, problem: string): undefined {
    this.problems.push({ code: 'INVALID_FIELD', message: `${name}: ${problem}` });
    return undefined;
  }
}
