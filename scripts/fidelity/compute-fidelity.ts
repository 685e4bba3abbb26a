/**
 * The fidelity computation behind `npm run fidelity`: calls every official API-host operation of a
 * running simulator with valid input and compares each answer with the documented 2xx response
 * fields (src/spec/generated/response-shapes.ts, generated from official-docs). Which operations
 * have real state behaviour is read from the simulator's area registry, never listed here.
 */
import { operations, type OperationSpec } from '../../src/spec/index.js';
import { responseObjects, responseShapes, type ResponseField, type ResponseShape } from '../../src/spec/generated/response-shapes.js';
import { listHandledOperations, type HandledOperation } from '../../src/simulator/areas/list-handled-operations.js';
import type { AreaFactory } from '../../src/simulator/core/types.js';
import type { Simulator } from '../../src/simulator/index.js';
import { SampleSession } from '../../src/simulator/testing/sample-request.js';

export type Behaviour = 'real' | 'generic';

/** One operation's answer, measured against its documented fields. */
export interface OperationFidelity {
  readonly key: string;
  readonly registry: string;
  readonly method: string;
  readonly path: string;
  readonly behaviour: Behaviour;
  /** Area whose handler answered (real operations only). */
  readonly area?: string;
  readonly status: number;
  readonly ok: boolean;
  readonly kind: ResponseShape['kind'];
  /** Documented field paths checked: `name` (object/envelope), `content[].name` / `[].name` (first item). */
  readonly documented: readonly string[];
  readonly present: readonly string[];
  readonly missing: readonly string[];
  /** Why fewer fields than documented were checked, e.g. an empty list. */
  readonly note?: string;
}

export interface FieldCount {
  readonly documented: number;
  readonly present: number;
}

/** Per API area (official registry). */
export interface AreaFidelity {
  readonly registry: string;
  readonly operations: number;
  readonly answered2xx: number;
  readonly real: number;
  readonly generic: number;
  /** Documented-field coverage of the real answers. */
  readonly realFields: FieldCount;
  /** Documented-field coverage of the generic answers (dressed from the same docs). */
  readonly genericFields: FieldCount;
}

export interface FidelityReport {
  readonly operations: readonly OperationFidelity[];
  readonly areas: readonly AreaFidelity[];
  readonly totals: Omit<AreaFidelity, 'registry'>;
  /** The registry's real operations (operation key → area). */
  readonly handled: readonly HandledOperation[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function itemFieldsOf(shape: ResponseShape): readonly ResponseField[] {
  const item = shape.item;
  if (!item) return [];
  return (item.of ? responseObjects[item.of] : item.fields) ?? [];
}

interface Check {
  documented: string[];
  present: string[];
  missing: string[];
  note?: string;
}

function check(names: readonly string[], value: unknown, prefix: string, out: Check): void {
  for (const name of names) {
    const path = `${prefix}${name}`;
    out.documented.push(path);
    (isObject(value) && value[name] !== undefined ? out.present : out.missing).push(path);
  }
}

/** Compares one parsed answer with the documented shape. */
export function checkDocumentedFields(shape: ResponseShape, body: unknown): Check {
  const out: Check = { documented: [], present: [], missing: [] };
  if (shape.kind === 'object') check((shape.fields ?? []).map((f) => f.name), body, '', out);
  if (shape.kind === 'list') {
    // `nextPageId` is only written when another page follows.
    const envelope = (shape.fields ?? []).map((f) => f.name).filter((n) => n !== 'nextPageId' || (isObject(body) && body['nextPageId'] !== undefined));
    check(envelope, body, '', out);
    const content = isObject(body) && Array.isArray(body['content']) ? body['content'] : [];
    const fields = itemFieldsOf(shape).map((f) => f.name);
    if (fields.length && content.length) check(fields, content[0], 'content[].', out);
    else if (fields.length) out.note = 'empty list: item fields not checked';
  }
  if (shape.kind === 'array') {
    const fields = itemFieldsOf(shape).map((f) => f.name);
    if (!Array.isArray(body)) {
      out.note = 'documented as a bare array, answered something else';
      check(fields, undefined, '[].', out);
    } else if (fields.length && body.length) check(fields, body[0], '[].', out);
    else if (fields.length) out.note = 'empty array: item fields not checked';
  }
  return out;
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function count(ops: readonly OperationFidelity[], behaviour: Behaviour): FieldCount {
  const mine = ops.filter((o) => o.behaviour === behaviour);
  return { documented: mine.reduce((n, o) => n + o.documented.length, 0), present: mine.reduce((n, o) => n + o.present.length, 0) };
}

function summarise(ops: readonly OperationFidelity[]): Omit<AreaFidelity, 'registry'> {
  return {
    operations: ops.length,
    answered2xx: ops.filter((o) => o.ok).length,
    real: ops.filter((o) => o.behaviour === 'real').length,
    generic: ops.filter((o) => o.behaviour === 'generic').length,
    realFields: count(ops, 'real'),
    genericFields: count(ops, 'generic'),
  };
}

export interface FidelityOptions {
  /** Extra areas the simulator was started with (`createSimulator({ areas })`). */
  readonly extraAreas?: readonly AreaFactory[];
  /** Only these operation keys (default: every API-host operation). */
  readonly only?: readonly string[];
}

/** Calls every API-host operation of `sim` once and reports real/generic and documented-field coverage. */
export async function computeFidelity(sim: Simulator, options: FidelityOptions = {}): Promise<FidelityReport> {
  const handled = listHandledOperations(options.extraAreas);
  const areaOf = new Map(handled.map((h) => [h.key, h.area]));
  const apiOps: OperationSpec[] = operations.filter((o) => o.host === 'api' && (!options.only || options.only.includes(o.key)));
  const session = await SampleSession.open(sim);
  const results: OperationFidelity[] = [];
  try {
    for (const op of apiOps) {
      const { status, text, path } = await session.call(op);
      const shape = responseShapes[op.key] ?? { kind: 'undocumented' };
      const ok = status >= 200 && status < 300;
      const fields = ok ? checkDocumentedFields(shape, parse(text)) : { documented: [], present: [], missing: [], note: `answered ${status}` };
      const area = areaOf.get(op.key);
      results.push({
        key: op.key,
        registry: op.registry,
        method: op.method,
        path,
        behaviour: area ? 'real' : 'generic',
        ...(area ? { area } : {}),
        status,
        ok,
        kind: shape.kind,
        ...fields,
      });
    }
  } finally {
    await session.close();
  }
  const registries = [...new Set(results.map((r) => r.registry))];
  const areas = registries.map((registry) => ({ registry, ...summarise(results.filter((r) => r.registry === registry)) }));
  return { operations: results, areas, totals: summarise(results), handled };
}
