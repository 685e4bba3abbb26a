import { describe, expect, it } from 'vitest';
import { SimError } from '../../core/sim-error.js';
import { BodyFields } from './body-fields.js';

/** The 400 a check throws, as `{status, errors}`; fails the test when nothing is thrown. */
function thrown(check: () => unknown): { status: number; message: string; errors: readonly { code: string; message: string }[] } {
  try {
    check();
  } catch (err) {
    if (!(err instanceof SimError)) throw err;
    return { status: err.status, message: err.body.message, errors: err.body.errors };
  }
  throw new Error('expected a SimError, nothing was thrown');
}

describe('BodyFields: the body itself', () => {
  it('refuses a missing body, null, an array, a string or a number, naming the body', () => {
    expect(thrown(() => new BodyFields(undefined)).errors).toEqual([{ code: 'INVALID_FIELD', message: 'body: is required' }]);
    for (const body of [null, [], [{}], 'x', 3, true]) {
      expect(thrown(() => new BodyFields(body))).toMatchObject({ status: 400, errors: [{ code: 'INVALID_FIELD', message: 'body: must be a JSON object' }] });
    }
  });

  it('reads an absent optional body as {}, but still refuses a wrong one', () => {
    expect(new BodyFields(undefined, false).body).toEqual({});
    expect(thrown(() => new BodyFields([], false)).errors[0]!.message).toBe('body: must be a JSON object');
  });

  it('a collector without a body has no problems until told one', () => {
    const p = BodyFields.problems();
    expect(p.body).toEqual({});
    expect(p.count).toBe(0);
    expect(() => p.done()).not.toThrow();
  });
});

describe('BodyFields: flat fields by name (the former BodyFields users)', () => {
  it('collects every bad field into one 400, in the order checked', () => {
    const f = new BodyFields({ title: 3, email: 'not-mail', kind: 'NOPE', on: 'yes', tags: ['a', 1], parts: [{}, 'x'], meta: [] });
    expect(f.string('title')).toBeUndefined();
    expect(f.string('email', { email: true })).toBeUndefined();
    expect(f.string('kind', { enum: ['A', 'B'] })).toBeUndefined();
    expect(f.boolean('on')).toBeUndefined();
    expect(f.stringArray('tags')).toBeUndefined();
    expect(f.objectArray('parts')).toBeUndefined();
    expect(f.object('meta')).toBeUndefined();
    expect(f.string('name', { required: true })).toBeUndefined();
    expect(f.object('owner', { required: true })).toBeUndefined();
    expect(f.stringArray('ids', { required: true })).toBeUndefined();
    expect(f.count).toBe(10);
    const e = thrown(() => f.done());
    expect(e.status).toBe(400);
    expect(e.errors).toEqual([
      { code: 'INVALID_FIELD', message: 'title: must be a string' },
      { code: 'INVALID_FIELD', message: 'email: must be an e-mail address, got "not-mail"' },
      { code: 'INVALID_FIELD', message: 'kind: must be one of A, B, got "NOPE"' },
      { code: 'INVALID_FIELD', message: 'on: must be true or false' },
      { code: 'INVALID_FIELD', message: 'tags: must be an array of strings' },
      { code: 'INVALID_FIELD', message: 'parts: must be an array of objects' },
      { code: 'INVALID_FIELD', message: 'meta: must be an object' },
      { code: 'MISSING_FIELD', message: 'name: is required' },
      { code: 'MISSING_FIELD', message: 'owner: is required' },
      { code: 'MISSING_FIELD', message: 'ids: is required' },
    ]);
    expect(e.message).toBe(e.errors.map((x) => x.message).join('; '));
  });

  it('treats null as absent and a whitespace-only string as too short', () => {
    const f = new BodyFields({ name: null, title: '   ' });
    expect(f.string('name')).toBeUndefined();
    expect(f.string('title', { minLength: 1 })).toBeUndefined();
    expect(thrown(() => f.done()).errors).toEqual([{ code: 'INVALID_FIELD', message: 'title: must have at least 1 character(s)' }]);
  });

  it('answers good values unchanged and does not throw', () => {
    const f = new BodyFields({ title: ' T ', email: 'a@b.co', kind: 'B', on: false, tags: [], parts: [{ x: 1 }], meta: { k: 'v' } });
    expect([f.string('title', { minLength: 1 }), f.string('email', { email: true }), f.string('kind', { enum: ['A', 'B'] }), f.boolean('on'), f.stringArray('tags'), f.objectArray('parts'), f.object('meta')]).toEqual([' T ', 'a@b.co', 'B', false, [], [{ x: 1 }], { k: 'v' }]);
    expect(() => f.done()).not.toThrow();
  });
});

describe('BodyFields: nested fields by path (the former FieldProblems users)', () => {
  it('names nested problems by their full path', () => {
    const p = new BodyFields({ candidate: { id: '  ', status: 'MAYBE' }, slots: [{ startsOn: '2026-05-04 10:00', endsOn: '2026-13-45T10:00:00Z' }, 'x'] });
    const candidate = p.objectAt(p.body['candidate'], 'candidate', true)!;
    expect(p.stringAt(candidate, 'id', 'candidate.id', true)).toBeUndefined();
    expect(p.oneOfAt(candidate, 'status', 'candidate.status', ['ACCEPTED', 'DECLINED'] as const)).toBeUndefined();
    const slots = p.body['slots'] as unknown[];
    const first = p.objectAt(slots[0], 'slots[0]', true)!;
    expect(p.dateTimeAt(first, 'startsOn', 'slots[0].startsOn', true)).toBeUndefined();
    expect(p.dateTimeAt(first, 'endsOn', 'slots[0].endsOn', true)).toBeUndefined();
    expect(p.objectAt(slots[1], 'slots[1]', true)).toBeUndefined();
    expect(p.dateTimeAt({}, 'createdOn', 'slots[2].createdOn', true)).toBeUndefined();
    expect(thrown(() => p.done()).errors).toEqual([
      { code: 'INVALID_FIELD', message: 'candidate.id: must not be empty' },
      { code: 'INVALID_FIELD', message: 'candidate.status: must be one of ACCEPTED, DECLINED, got "MAYBE"' },
      { code: 'INVALID_FIELD', message: 'slots[0].startsOn: must be an ISO 8601 date-time with a zone, e.g. 2026-05-04T10:00:00Z, got "2026-05-04 10:00"' },
      { code: 'INVALID_FIELD', message: 'slots[0].endsOn: must be an ISO 8601 date-time with a zone, e.g. 2026-05-04T10:00:00Z, got "2026-13-45T10:00:00Z"' },
      { code: 'INVALID_FIELD', message: 'slots[1]: must be an object' },
      { code: 'MISSING_FIELD', message: 'slots[2].createdOn: is required' },
    ]);
  });

  it('a date-time without a zone is refused; with Z or an offset it is epoch milliseconds', () => {
    const p = BodyFields.problems();
    expect(p.dateTimeAt({ t: '2026-05-04T10:00:00' }, 't', 't')).toBeUndefined();
    expect(p.dateTimeAt({ t: '2026-05-04T10:00:00Z' }, 't', 't')).toBe(Date.UTC(2026, 4, 4, 10));
    expect(p.dateTimeAt({ t: '2026-05-04T12:00:00.5+02:00' }, 't', 't')).toBe(Date.UTC(2026, 4, 4, 10, 0, 0, 500));
    expect(p.count).toBe(1);
  });

  it('an optional nested field may be absent or blank; invalid and missing add problems by hand', () => {
    const p = BodyFields.problems();
    expect(p.stringAt({ c: '' }, 'c', 'c')).toBe('');
    expect(p.oneOfAt({}, 's', 's', ['A'])).toBeUndefined();
    expect(p.objectAt(undefined, 'o')).toBeUndefined();
    expect(p.count).toBe(0);
    p.invalid('[3]', 'must be a non-empty string');
    p.missing('timeslots');
    expect(thrown(() => p.done()).errors).toEqual([
      { code: 'INVALID_FIELD', message: '[3]: must be a non-empty string' },
      { code: 'MISSING_FIELD', message: 'timeslots: is required' },
    ]);
  });

  it('flat and nested checks share one collector, so one 400 names both kinds', () => {
    const f = new BodyFields({ name: 1, window: { from: 'soon' } });
    f.string('name');
    f.dateTimeAt(f.objectAt(f.body['window'], 'window')!, 'from', 'window.from');
    expect(thrown(() => f.done()).errors.map((e) => e.message)).toEqual(['name: must be a string', 'window.from: must be an ISO 8601 date-time with a zone, e.g. 2026-05-04T10:00:00Z, got "soon"']);
  });
});
