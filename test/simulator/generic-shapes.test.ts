import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationSpec } from '../../src/spec/index.js';
import { responseObjects, responseShapes, type ResponseField, type ResponseItem } from '../../src/spec/generated/response-shapes.js';
import { createGenericHandler } from '../../src/simulator/areas/generic-handler.js';
import type { AreaFactory } from '../../src/simulator/index.js';
import { SAMPLE_SIM_OPTIONS, SampleSession } from '../../src/simulator/testing/sample-request.js';
import { startSim } from './sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

const shapeOf = (op: OperationSpec) => responseShapes[op.key]!;
// Other areas turn generic operations real over time; so that this test keeps covering every
// documented shape, an extra area mounts the generic handler for all of them (later areas win).
const generic: OperationSpec[] = operations.filter((o) => o.host === 'api' && !o.path.startsWith('/webhooks-api/') && ['object', 'list', 'array'].includes(shapeOf(o).kind));
const forceGeneric: AreaFactory = ({ state }) => {
  const handler = createGenericHandler(state);
  return { name: 'forced-generic', handlers: Object.fromEntries(generic.map((o) => [o.key, handler])) };
};

function fieldsOf(item: ResponseItem | undefined): readonly ResponseField[] {
  return (item?.of ? responseObjects[item.of] : item?.fields) ?? [];
}

/** Why a value does not fit its documented field, or null when it does. */
function misfit(f: ResponseItem, v: unknown): string | null {
  if (f.enum?.length) return f.enum.includes(v as string) ? null : `not one of ${f.enum.join('|')}: ${JSON.stringify(v)}`;
  switch (f.type) {
    case 'date-time':
      return typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(v) ? null : `not ISO date-time: ${JSON.stringify(v)}`;
    case 'string':
      return typeof v === 'string' ? null : `not a string: ${JSON.stringify(v)}`;
    case 'number':
    case 'integer':
      return typeof v === 'number' ? null : `not a number: ${JSON.stringify(v)}`;
    case 'boolean':
      return typeof v === 'boolean' ? null : `not a boolean: ${JSON.stringify(v)}`;
    case 'object':
      return v && typeof v === 'object' && !Array.isArray(v) ? null : `not an object: ${JSON.stringify(v)}`;
    case 'array':
      return Array.isArray(v) ? null : `not an array: ${JSON.stringify(v)}`;
    default:
      return null;
  }
}

function checkObject(fields: readonly ResponseField[], value: unknown, where: string, out: string[]): void {
  const obj = (value ?? {}) as Record<string, unknown>;
  for (const f of fields) {
    if (!(f.name in obj)) out.push(`${where}.${f.name}: missing`);
    else {
      const why = misfit(f, obj[f.name]);
      if (why) out.push(`${where}.${f.name}: ${why}`);
    }
  }
}

describe('generic answers carry the documented response fields', () => {
  let sim: Sim;
  let session: SampleSession;
  beforeAll(async () => {
    sim = await startSim({ ...SAMPLE_SIM_OPTIONS, seed: 11, areas: [forceGeneric] });
    session = await SampleSession.open(sim);
  });
  afterAll(async () => {
    await session.close();
    await sim.close();
  });

  it('objects, list envelopes and bare arrays have every documented field with its documented type', async () => {
    const checked = { object: 0, list: 0, array: 0 };
    expect(generic.length).toBeGreaterThan(60);
    const problems: string[] = [];
    for (const op of generic) {
      const shape = shapeOf(op);
      if (shape.kind !== 'object' && shape.kind !== 'list' && shape.kind !== 'array') continue;
      const r = await session.call(op);
      if (r.status === 204) continue;
      const body = JSON.parse(r.text) as unknown;
      checked[shape.kind]++;
      if (shape.kind === 'object') checkObject(shape.fields ?? [], body, op.key, problems);
      if (shape.kind === 'list') {
        checkObject((shape.fields ?? []).filter((f) => f.name !== 'nextPageId'), body, op.key, problems);
        const content = (body as { content: unknown[] }).content;
        expect(content.length, op.key).toBeGreaterThan(0);
        checkObject(fieldsOf(shape.item), content[0], `${op.key}.content[0]`, problems);
      }
      if (shape.kind === 'array') {
        expect(Array.isArray(body), op.key).toBe(true);
        const items = body as unknown[];
        if (fieldsOf(shape.item).length) checkObject(fieldsOf(shape.item), items[0], `${op.key}[0]`, problems);
        else for (const it of items) expect(misfit(shape.item!, it), op.key).toBeNull();
      }
    }
    expect(problems).toEqual([]);
    expect(checked.object).toBeGreaterThan(40);
    expect(checked.list).toBeGreaterThan(20);
    expect(checked.array).toBe(2);
  });

  it('lists keep the operation’s pagination envelope', async () => {
    const paged = generic.filter((o) => o.method === 'GET' && o.pagination && shapeOf(o).kind === 'list' && !o.queryParams.some((p) => p.required));
    expect(paged.length).toBeGreaterThan(0);
    for (const op of paged) {
      const r = await session.call(op);
      const body = JSON.parse(r.text);
      const pg = op.pagination!;
      if (pg.style === 'offset') expect(body, op.key).toMatchObject({ limit: expect.any(Number), offset: 0, totalFound: expect.any(Number) });
      if (pg.style === 'page') expect(body, op.key).toMatchObject({ totalElements: expect.any(Number), totalPages: expect.any(Number) });
      if (pg.style === 'cursor') expect(body, op.key).toMatchObject({ totalFound: expect.any(Number) });
      expect(Array.isArray(body.content), op.key).toBe(true);
    }
  });

  it('a list item and a GET of the same record agree on shared documented fields', async () => {
    // A collection whose item GET lives at `<list path>/{id}`, both generic and documented.
    const pairs = generic
      .filter((o) => o.method === 'GET' && shapeOf(o).kind === 'list' && !o.queryParams.some((p) => p.required) && !o.pathParams.length)
      .map((list) => [list, generic.find((g) => g.method === 'GET' && shapeOf(g).kind === 'object' && new RegExp(`^${list.path}/\\{[^}]+\\}$`).test(g.path))] as const)
      .filter((p): p is readonly [OperationSpec, OperationSpec] => p[1] !== undefined)
      // Jobs, candidates and users live in their own stores, so a generic list id is not one of them.
      .filter(([list]) => !/^\/(jobs|candidates|users|user-api)\b/.test(list.path));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [list, get] of pairs) {
      const page = await sim.call('GET', list.path);
      const first = page.body.content[0] as Record<string, unknown>;
      const one = await sim.call('GET', `${list.path}/${encodeURIComponent(String(first['id']))}`);
      expect(one.status, get.key).toBe(200);
      const shared = (shapeOf(get).fields ?? []).map((f) => f.name).filter((n) => n in first);
      expect(shared.length, get.key).toBeGreaterThan(0);
      for (const n of shared) expect(one.body[n], `${get.key}.${n}`).toEqual(first[n]);
    }
  });

  it('the same seed gives the same answers; another seed gives other values', async () => {
    const op = generic.find((o) => o.method === 'GET' && shapeOf(o).kind === 'object' && !o.pathParams.length && !o.queryParams.some((p) => p.required));
    expect(op).toBeDefined();
    const again = await startSim({ ...SAMPLE_SIM_OPTIONS, seed: 11, areas: [forceGeneric] });
    const other = await startSim({ ...SAMPLE_SIM_OPTIONS, seed: 12, areas: [forceGeneric] });
    try {
      const a = (await sim.call('GET', op!.path)).body;
      const b = (await again.call('GET', op!.path)).body;
      const c = (await other.call('GET', op!.path)).body;
      const strip = (x: Record<string, unknown>) => JSON.stringify(x).replaceAll(/127\.0\.0\.1:\d+/g, 'host');
      expect(strip(b)).toBe(strip(a));
      expect(strip(c)).not.toBe(strip(a));
    } finally {
      await again.close();
      await other.close();
    }
  });

  it('a created record echoes what the caller sent over the documented defaults, and GET returns the same', async () => {
    const op = generic.find((o) => o.method === 'POST' && o.bodyMode === 'json' && shapeOf(o).kind === 'object' && !o.pathParams.length && (shapeOf(o).fields ?? []).some((f) => f.type === 'string' && !f.enum && f.name !== 'id'));
    expect(op).toBeDefined();
    const field = shapeOf(op!).fields!.find((f) => f.type === 'string' && !f.enum && f.name !== 'id')!;
    const created = await sim.call('POST', op!.path, { json: { [field.name]: 'sent by the caller' } });
    expect(created.status).toBe(201);
    expect(created.body[field.name]).toBe('sent by the caller');
    for (const f of shapeOf(op!).fields!) expect(created.body, `${op!.key}.${f.name}`).toHaveProperty([f.name]);
    const read = await sim.call('GET', `${op!.path}/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body[field.name]).toBe('sent by the caller');
  });
});
