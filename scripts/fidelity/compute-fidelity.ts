/**
 * The fidelity computation behind `npm run fidelity`: calls every official API-host operation of a
 * running simulator with valid input and compares each answer with the documented 2xx response
 * fields (the answers of src/spec/generated/field-table.ts, generated from official-docs). Which operations
 * have real state behaviour is read from the simulator's area registry, never listed here.
 */
import { operationAnswer, operations, specModels, type OperationSpec, type SpecAnswer, type SpecField, type SpecValue } from '../../src/spec/index.js';
import { listHandledOperations, type HandledOperation } from '../../src/simulator/areas/list-handled-operations.js';
import type { AreaFactory } from '../../src/simulator/core/types.js';
import type { Simulator } from '../../src/simulator/index.js';
import { SampleSession } from '../../test/support/simulator/sample-request.js';
import { absentReason, type AbsenceKind } from './absent-reasons.js';

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
  readonly kind: SpecAnswer['kind'];
  /** Documented field paths checked: `name` (object/envelope), `content[].name` / `[].name` (first item). */
  readonly documented: readonly string[];
  readonly present: readonly string[];
  readonly missing: readonly string[];
  /** Documented fields whose declared condition does not hold for this answer (not counted). */
  readonly notApplicable: readonly string[];
  /** The missing fields' top paths with the declared reason for each. */
  readonly absent: readonly AbsentField[];
  /** Why fewer fields than documented were checked, e.g. an empty list. */
  readonly note?: string;
}

export interface FieldCount {
  readonly documented: number;
  readonly present: number;
  /** Documented but not applicable to the answered records (a rejection reason on a hired candidate). */
  readonly notApplicable: number;
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

function itemFieldsOf(shape: SpecAnswer): readonly SpecField[] {
  const item = shape.item;
  if (!item) return [];
  return (item.of ? specModels[item.of] : item.fields) ?? [];
}

/** A documented field the answer lacks, with the declared reason (or none recorded). */
export interface AbsentField {
  readonly field: string;
  readonly kind: AbsenceKind | 'no reason recorded';
  readonly reason: string;
}

interface Check {
  documented: string[];
  present: string[];
  missing: string[];
  /** Documented fields whose condition does not hold for this answer (see absent-reasons.ts). */
  notApplicable: string[];
  absent: AbsentField[];
  note?: string;
}

/** Swagger's placeholder keys for a free-form map (`actions.additionalProp1`): any key is fine. */
const MAP_PLACEHOLDER = /^additionalProp\d+$/;
const MAX_DEPTH = 4;

function nestedFields(f: SpecField | SpecValue): readonly SpecField[] {
  return f.of ? (specModels[f.of] ?? []) : (f.fields ?? []);
}

function subFieldsOf(field: SpecField): readonly SpecField[] {
  const sub = field.type === 'array' && field.items ? nestedFields(field.items) : nestedFields(field);
  return sub.filter((s) => !MAP_PLACEHOLDER.test(s.name));
}

function subPath(field: SpecField, path: string): string {
  return field.type === 'array' ? `${path}[].` : `${path}.`;
}

/** Every documented path under `field` (for a field that is not there to look into). */
function allPaths(field: SpecField, path: string, depth: number): string[] {
  if (depth >= MAX_DEPTH) return [path];
  return [path, ...subFieldsOf(field).flatMap((s) => allPaths(s, `${subPath(field, path)}${s.name}`, depth + 1))];
}

/**
 * Checks `fields` on `value` and, where a documented field is an object (or an array of objects),
 * its own documented fields on the answered value (first item of an array). A documented object
 * the answer leaves out counts each of its documented sub-fields as missing too, so leaving a
 * parent out never scores better than filling it in, unless its declared condition does not hold.
 */
function checkFields(op: string, answer: unknown, fields: readonly SpecField[], value: unknown, prefix: string, out: Check, depth = 0): void {
  const holder = isObject(value) ? value : {};
  for (const field of fields.filter((f) => !MAP_PLACEHOLDER.test(f.name))) {
    const path = `${prefix}${field.name}`;
    const v = holder[field.name];
    if (v === undefined) {
      const why = absentReason(op, path);
      const paths = allPaths(field, path, depth);
      out.documented.push(...paths);
      if (why?.kind === 'conditional' && why.notApplicable?.(holder, op, answer)) {
        out.notApplicable.push(...paths);
        continue;
      }
      out.missing.push(...paths);
      out.absent.push({ field: path, kind: why?.kind ?? 'no reason recorded', reason: why?.reason ?? (isObject(value) ? 'not produced by the simulator' : 'its parent is missing') });
      continue;
    }
    out.documented.push(path);
    out.present.push(path);
    if (depth >= MAX_DEPTH) continue;
    const sub = subFieldsOf(field);
    if (!sub.length) continue;
    if (field.type === 'array') {
      // An empty array answers the field; its items are not checked (nothing to look at).
      if (Array.isArray(v) && v.length === 0) continue;
      checkFields(op, answer, sub, Array.isArray(v) ? v[0] : undefined, subPath(field, path), out, depth + 1);
    } else if (Array.isArray(v)) {
      // Some docs render a list as one object (`PublicationList.content`); its items are what to check.
      if (v.length) checkFields(op, answer, sub, v[0], subPath(field, path), out, depth + 1);
    } else checkFields(op, answer, sub, v, subPath(field, path), out, depth + 1);
  }
}

/** Compares one parsed answer of operation `op` with the documented shape. */
export function checkDocumentedFields(shape: SpecAnswer, body: unknown, op = ''): Check {
  const out: Check = { documented: [], present: [], missing: [], notApplicable: [], absent: [] };
  const check = (fields: readonly SpecField[], value: unknown, prefix: string) => checkFields(op, body, fields, value, prefix, out);
  if (shape.kind === 'object') check(shape.fields ?? [], body, '');
  if (shape.kind === 'list') {
    // `nextPageId` is only written when another page follows; `content` items are checked below.
    const envelope = (shape.fields ?? []).filter((f) => f.name !== 'content' && (f.name !== 'nextPageId' || (isObject(body) && body['nextPageId'] !== undefined)));
    check(envelope, body, '');
    if ((shape.fields ?? []).some((f) => f.name === 'content')) check([{ name: 'content', type: 'array' }], body, '');
    const content = isObject(body) && Array.isArray(body['content']) ? body['content'] : [];
    const fields = itemFieldsOf(shape);
    if (fields.length && content.length) check(fields, content[0], 'content[].');
    else if (fields.length) out.note = 'empty list: item fields not checked';
  }
  if (shape.kind === 'array') {
    const fields = itemFieldsOf(shape);
    if (!Array.isArray(body)) {
      out.note = 'documented as a bare array, answered something else';
      check(fields, undefined, '[].');
    } else if (fields.length && body.length) check(fields, body[0], '[].');
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
  const sum = (f: (o: OperationFidelity) => number) => mine.reduce((n, o) => n + f(o), 0);
  return { documented: sum((o) => o.documented.length), present: sum((o) => o.present.length), notApplicable: sum((o) => o.notApplicable.length) };
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
      const shape = operationAnswer(op.key);
      const ok = status >= 200 && status < 300;
      const fields = ok ? checkDocumentedFields(shape, parse(text), op.key) : { documented: [], present: [], missing: [], notApplicable: [], absent: [], note: `answered ${status}` };
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
