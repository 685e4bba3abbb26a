import { SimError } from '../../core/sim-error.js';
import { ATTENDEE_STATUSES, type AttendeeStatus } from '../../state/interview-store.js';

type Obj = Record<string, unknown>;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Collects problems of a nested JSON body under their full field path (`timeslots[0].endsOn`),
 * so one 400 names every bad field, as `BodyFields` does for flat bodies.
 */
export class FieldProblems {
  private readonly problems: { code: string; message: string }[] = [];

  missing(path: string): undefined {
    this.problems.push({ code: 'MISSING_FIELD', message: `${path}: is required` });
    return undefined;
  }

  invalid(path: string, problem: string): undefined {
    this.problems.push({ code: 'INVALID_FIELD', message: `${path}: ${problem}` });
    return undefined;
  }

  get count(): number {
    return this.problems.length;
  }

  string(o: Obj, key: string, path: string, required = false): string | undefined {
    const v = o[key];
    if (v === undefined || v === null) return required ? this.missing(path) : undefined;
    if (typeof v !== 'string') return this.invalid(path, 'must be a string');
    if (required && v.trim() === '') return this.invalid(path, 'must not be empty');
    return v;
  }

  object(v: unknown, path: string, required = false): Obj | undefined {
    if (v === undefined || v === null) return required ? this.missing(path) : undefined;
    if (typeof v !== 'object' || Array.isArray(v)) return this.invalid(path, 'must be an object');
    return v as Obj;
  }

  /** An ISO 8601 date-time with a zone (`Z` or an offset), as epoch milliseconds. */
  dateTime(o: Obj, key: string, path: string, required = false): number | undefined {
    const v = this.string(o, key, path, required);
    if (v === undefined) return undefined;
    if (!DATE_TIME.test(v) || Number.isNaN(Date.parse(v))) return this.invalid(path, `must be an ISO 8601 date-time with a zone, e.g. 2026-05-04T10:00:00Z, got "${v}"`);
    return Date.parse(v);
  }

  status(o: Obj, key: string, path: string, required = false): AttendeeStatus | undefined {
    const v = this.string(o, key, path, required);
    if (v === undefined) return undefined;
    if (!(ATTENDEE_STATUSES as readonly string[]).includes(v)) return this.invalid(path, `must be one of ${ATTENDEE_STATUSES.join(', ')}, got "${v}"`);
    return v as AttendeeStatus;
  }

  /** Throws one 400 listing every problem found so far. */
  done(): void {
    if (this.problems.length > 0) throw SimError.fields(400, this.problems.map((p) => p.message).join('; '), this.problems);
  }
}

/** The body as a JSON object, or a 400 saying it is missing or not an object. */
export function jsonObject(body: unknown): Obj {
  if (body === undefined) throw new SimError(400, 'INVALID_FIELD', 'body: is required');
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new SimError(400, 'INVALID_FIELD', 'body: must be a JSON object');
  return body as Obj;
}
