import { describe, expect, it } from 'vitest';
import { actions, describeAction, executeAction, getAction, type ActionClient, type ActionDefinition, type OutputCheck } from '../../src/actions/index.js';
import { operationAnswer, type SpecField } from '../../src/spec/index.js';

/** A client double that answers every request with this body. */
function answering(data: unknown): ActionClient {
  const response = { status: 200, headers: new Headers(), data, requestId: 'r-1' };
  return {
    request: async () => response as never,
    async *paginate() {},
    async *paginateItems() {},
  };
}

const check = (action: ActionDefinition, body: unknown): OutputCheck => {
  const r = action.outputSchema?.safeParse(body);
  if (!r) throw new Error(`${action.name} has no output schema`);
  return r.success ? { ok: true, reason: 'matched' } : { ok: false, reason: 'schema_mismatch', issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
};
const pathsOf = (c: OutputCheck) => (c.ok ? [] : c.issues.map((i) => i.path));

/** A value of the wrong JSON type for a documented field. */
function wrongValue(f: SpecField): unknown {
  switch (f.type) {
    case 'string':
    case 'date-time':
      return 42;
    case 'number':
    case 'integer':
      return 'forty-two';
    case 'boolean':
      return 'yes';
    case 'object':
      return 'an object';
    case 'array':
      return { not: 'an array' };
    default:
      return undefined;
  }
}

const json = actions.filter((a) => a.output.kind === 'json');
const documented = json.filter((a) => a.output.kind === 'json' && a.output.documented);

describe('every action says what it returns', () => {
  it('JSON actions have an output schema; files and empty answers say so and have none', () => {
    for (const a of actions) {
      expect(['json', 'file', 'none'], a.name).toContain(a.output.kind);
      expect(a.output.basis, a.name).toMatch(/\S/);
      if (a.output.kind === 'json') expect(a.outputSchema, a.name).toBeDefined();
      else expect(a.outputSchema, a.name).toBeUndefined();
    }
    expect(actions.filter((a) => a.output.kind === 'file').map((a) => a.name).sort()).toEqual(['get_candidate_attachment', 'get_offer_document']);
    expect(documented.length).toBeGreaterThanOrEqual(94);
    expect(getAction('update_candidate_status').output).toEqual({ kind: 'none', basis: 'the docs answer without a body' });
    expect(getAction('delete_candidate').output.kind).toBe('none');
  });

  it('actions describe shows the kind and the schema', () => {
    const d = describeAction(getAction('search_candidates'));
    expect(d.returns).toBe('json');
    expect(d.outputSpec).toMatchObject({ kind: 'json', documented: true, model: 'Candidates' });
    expect(d.output).toMatchObject({ type: 'object', required: expect.arrayContaining(['content']) });
    const file = describeAction(getAction('get_offer_document'));
    expect(file.returns).toBe('file');
    expect(file.output).toBeNull();
  });
});

describe('documented output schemas check something', () => {
  it('search_candidates refuses {} and {"content":[{"id":42}]}, naming the paths', () => {
    const a = getAction('search_candidates');
    expect(pathsOf(check(a, {}))).toEqual(expect.arrayContaining(['content', 'totalFound']));
    const candidate = { id: 'c1', internal: false, firstName: 'Ada', lastName: 'Lovelace', createdOn: '2024-01-15T10:00:00.000Z', actions: {} };
    const page = (content: unknown[]) => ({ totalFound: content.length, limit: 10, offset: 0, content });
    expect(pathsOf(check(a, page([{ ...candidate, id: 42 }])))).toEqual(['content.0.id']);
    // Fields the SDK marks required must be there: a bare {"id":…} item is not a Candidate.
    expect(pathsOf(check(a, page([{ id: 42 }])))).toEqual(expect.arrayContaining(['content.0.id', 'content.0.firstName', 'content.0.createdOn']));
    // Unknown extra fields pass, at every level.
    expect(check(a, { ...page([{ ...candidate, somethingNew: [1, 2] }]), extra: true })).toEqual({ ok: true, reason: 'matched' });
  });

  it('nested models, arrays, dates and enums are typed', () => {
    const candidate = getAction('get_candidate');
    expect(pathsOf(check(candidate, { id: 'c1', location: { city: 7 } }))).toEqual(['location.city']);
    expect(pathsOf(check(candidate, { id: 'c1', tags: ['a', 3] }))).toEqual(['tags.1']);
    expect(pathsOf(check(candidate, { id: 'c1', createdOn: 'yesterday' }))).toEqual(['createdOn']);
    expect(pathsOf(check(candidate, { id: 'c1', internal: 'false' }))).toEqual(['internal']);
    expect(pathsOf(check(candidate, { id: null }))).toEqual(['id']);
    const offers = getAction('list_candidate_offers');
    expect(offers.output.kind).toBe('json');
    const offerShape = operationAnswer(getAction('get_candidate_offer').operationKey);
    expect(offerShape?.fields?.find((f) => f.name === 'status')?.enum).toContain('ACCEPTED');
    expect(pathsOf(check(getAction('get_candidate_offer'), { id: 'o1', status: 'MAYBE' }))).toContain('status');
    expect(pathsOf(check(getAction('get_candidate_offer'), { id: 'o1', status: 'ACCEPTED' }))).not.toContain('status');
  });

  it(`every documented JSON action (${documented.length}) refuses a wrong-typed field and, for lists, a body without content`, () => {
    const failures: string[] = [];
    let typedFields = 0;
    let untypedFields = 0;
    for (const a of documented) {
      const shape = operationAnswer(a.operationKey);
      if (!shape) {
        failures.push(`${a.name}: no response shape`);
        continue;
      }
      if (shape.kind === 'array') {
        if (check(a, {}).ok) failures.push(`${a.name}: accepts an object where the docs say array`);
        continue;
      }
      if (shape.kind === 'list' && !pathsOf(check(a, {})).includes('content')) failures.push(`${a.name}: accepts a list answer without content`);
      for (const f of shape.fields ?? []) {
        const bad = wrongValue(f);
        if (bad === undefined) {
          untypedFields++;
          continue;
        }
        typedFields++;
        if (!pathsOf(check(a, { [f.name]: bad })).includes(f.name)) failures.push(`${a.name}: accepts ${JSON.stringify(bad)} for ${f.name} (${f.type})`);
      }
      for (const f of shape.fields ?? []) if (f.required && !pathsOf(check(a, {})).includes(f.name)) failures.push(`${a.name}: accepts {} without required ${f.name}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
    expect(typedFields).toBeGreaterThan(300);
    // The docs name some top-level fields without any type: they can only be checked for presence.
    expect(untypedFields).toBeLessThan(typedFields);
  });
});

describe('a mismatch is a warning in the result, never a throw', () => {
  it('executeAction returns the data and the paths that mismatch', async () => {
    const body = { totalFound: 'many', content: [{ id: 42 }] };
    const res = await executeAction(answering(body), 'search_candidates', {});
    expect(res.data).toEqual(body);
    expect(res.output.ok).toBe(false);
    expect(pathsOf(res.output)).toEqual(expect.arrayContaining(['totalFound', 'content.0.id']));
  });

  it('an action documented without a body warns when one arrives; an empty answer to a JSON action warns', async () => {
    const none = await executeAction(answering({ surprise: true }), 'update_candidate_status', { id: 'c', jobId: 'j', body: { status: 'NEW' } });
    expect(none.output).toEqual({ ok: false, reason: 'schema_mismatch', issues: [{ path: '(body)', message: 'expected no body, got object' }] });
    const quiet = await executeAction(answering(undefined), 'update_candidate_status', { id: 'c', jobId: 'j', body: { status: 'NEW' } });
    expect(quiet.output).toEqual({ ok: true, reason: 'no_body' });
    const missing = await executeAction(answering(undefined), 'get_candidate', { id: 'c' });
    expect(missing.output).toEqual({ ok: false, reason: 'schema_mismatch', issues: [{ path: '(body)', message: 'expected a JSON body, got none' }] });
  });

  it('an undocumented JSON answer is checked to be JSON and says it is undocumented', async () => {
    const a = json.find((x) => x.output.kind === 'json' && !x.output.documented && x.operation.method === 'GET' && x.operation.pathParams.length === 0) as ActionDefinition;
    expect(a).toBeDefined();
    expect((await executeAction(answering({ anything: 1 }), a, sampleFor(a))).output).toEqual({ ok: true, reason: 'undocumented' });
    expect((await executeAction(answering('<html>'), a, sampleFor(a))).output.ok).toBe(false);
  });
});

function sampleFor(a: ActionDefinition): Record<string, unknown> {
  return Object.fromEntries(a.operation.queryParams.filter((p) => p.required).map((p) => [p.name, p.enum?.[0] ?? 'x']));
}
