import type { ResponseShape } from '../../spec/generated/response-shapes.js';
import type { OperationSpec } from '../../spec/index.js';
import { paginate } from '../core/paginate.js';
import { SimError, notFound } from '../core/sim-error.js';
import type { Handler, SimRequest, SimResponse } from '../core/types.js';
import type { GenericItem } from '../state/generic-store.js';
import type { SimState } from '../state/sim-state.js';
import { applyJsonPatch } from './apply-json-patch.js';
import { completeEnvelope, dressRecord, itemFields, responseShapeOf, scalarItem } from './generic-shape.js';

/** Singular resources that end in "s" or lists that do not; read from the operation summaries. */
const SINGULAR_ENDINGS = /(status|consent|company|me|note|preferences|configuration|headcount|activation|latest|recent|data|history|secret-key|criteria|interview|source|avatar|shorten)$/i;

function isItemPath(op: OperationSpec): boolean {
  return /\/\{[^}]+\}$/.test(op.path);
}

/** A GET of a collection answers a list; decided from pagination and the path's last segment. */
export function returnsList(op: OperationSpec): boolean {
  if (op.pagination) return true;
  if (op.method !== 'GET' || isItemPath(op)) return false;
  const last = op.path.split('/').pop() ?? '';
  return !SINGULAR_ENDINGS.test(last) && /s$/.test(last);
}

/**
 * How a GET answers a collection: the documented list envelope or bare array wins; a documented
 * single object is not a list even when the path looks plural; otherwise the path decides.
 */
function listMode(op: OperationSpec, shape: ResponseShape): 'envelope' | 'array' | null {
  if (isItemPath(op)) return op.pagination ? 'envelope' : null;
  if (op.pagination || shape.kind === 'list') return 'envelope';
  if (shape.kind === 'array') return 'array';
  if (shape.kind === 'object') return null;
  return returnsList(op) ? 'envelope' : null;
}

function splitItem(req: SimRequest): { collection: string; id: string } {
  const i = req.path.replace(/\/$/, '').lastIndexOf('/');
  return { collection: req.path.slice(0, i), id: decodeURIComponent(req.path.slice(i + 1)) };
}

function asObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body === 'object' && !Array.isArray(body)) return { ...(body as Record<string, unknown>) };
  return { value: body };
}

function checkParents(state: SimState, req: SimRequest): void {
  // Parents that the simulator really models must exist, as on the real API.
  const { params, op } = req;
  if (params['jobId'] !== undefined && /\/jobs\/\{jobId\}/.test(op.path) && !op.path.startsWith('/interview-templates') && !state.jobs.get(params['jobId'])) {
    throw notFound('Job', params['jobId']);
  }
  if (params['id'] !== undefined && op.path.startsWith('/candidates/{id}') && state.candidates.indexOf(params['id']) < 0) {
    throw notFound('Candidate', params['id']);
  }
  if (params['id'] !== undefined && /^(\/user-api\/v201804)?\/users\/\{id\}/.test(op.path) && !state.users.get(params['id'])) {
    throw notFound('User', params['id']);
  }
}

/** Events SmartRecruiters fires for operations answered generically. */
const GENERIC_EVENTS: Record<string, (req: SimRequest, item: GenericItem | undefined) => [string, Record<string, string>, string] | undefined> = {
  'jobs.jobads.create': (req, item) => item && ['job.ad.created', { job_id: req.params['jobId'] ?? '', job_ad_id: item.id }, `/jobs/${req.params['jobId']}/jobads/${item.id}`],
  'jobs.jobads.update': (req) => ['job.ad.updated', { job_id: req.params['jobId'] ?? '', job_ad_id: req.params['jobAdId'] ?? '' }, `/jobs/${req.params['jobId']}/jobads/${req.params['jobAdId']}`],
  'jobs.jobads.postings.create': (req) => ['job.ad.postings.updated', { job_id: req.params['jobId'] ?? '', job_ad_id: req.params['jobAdId'] ?? '' }, `/jobs/${req.params['jobId']}/jobads/${req.params['jobAdId']}`],
  'jobs.jobads.postings.unpublish': (req) => ['job.ad.postings.updated', { job_id: req.params['jobId'] ?? '', job_ad_id: req.params['jobAdId'] ?? '' }, `/jobs/${req.params['jobId']}/jobads/${req.params['jobAdId']}`],
};

/**
 * Answers any operation from a generic in-memory collection keyed by resource path: validated
 * input in, plausible well-formed data out. POST creates (201 with id), GET reads or lists,
 * PUT/PATCH merge (200 with the record), DELETE removes (204, then 404).
 */
export function createGenericHandler(state: SimState): Handler {
  return (req: SimRequest): SimResponse => {
    checkParents(state, req);
    const { op } = req;
    const store = state.generic;
    const res = dispatch();
    const event = GENERIC_EVENTS[op.key]?.(req, res.status < 300 && res.body && typeof res.body === 'object' ? (res.body as GenericItem) : undefined);
    if (event) state.emit(...event);
    return res;

    function dispatch(): SimResponse {
      const now = new Date(state.now()).toISOString();
      const shape = responseShapeOf(op);
      const ctx = (key: string) => ({ seed: state.seedOptions.seed, key, baseUrl: state.baseUrl });
      const objectFields = shape.kind === 'object' ? shape.fields : undefined;
      const dress = (collection: string, item: Record<string, unknown>) => dressRecord(objectFields, item, ctx(`${collection}/${String(item['id'])}`));
      // The collection at this path, shaped as the docs list its items.
      const listAnswer = (mode: 'envelope' | 'array', status: number): SimResponse => {
        const fields = itemFields(shape.item);
        const scalar = shape.item && !fields && shape.item.type !== 'object' && shape.item.type !== 'unknown';
        const shaped = [...store.collection(req.path).values()].map((it) => {
          const c = ctx(`${req.path}/${it.id}`);
          return scalar && shape.item ? scalarItem(shape.item, it, c) : dressRecord(fields, it, c);
        });
        if (mode === 'array') return { status, body: shaped };
        const page = paginate(req, shaped);
        return { ...page, status, body: completeEnvelope(shape, page.body as Record<string, unknown>, ctx(req.path)) };
      };
      if (op.method === 'GET') {
        const mode = listMode(op, shape);
        if (mode) return listAnswer(mode, 200);
        if (isItemPath(op)) {
          const { collection, id } = splitItem(req);
          const item = store.item(collection, id);
          if (!item) throw notFound('Resource', id);
          return { status: 200, body: dress(collection, item) };
        }
        return { status: 200, body: dressRecord(objectFields, store.singleton(req.path), ctx(req.path)) };
      }
      if (op.method === 'POST') {
        const body = asObject(req.body);
        const item: GenericItem = { ...body, id: store.newId(req.path), createdOn: now, updatedOn: now };
        store.put(req.path, item);
        if (shape.status === 204) return { status: 204 };
        // Some creations answer the whole collection (e.g. dependent job properties).
        if (shape.kind === 'list' || shape.kind === 'array') return listAnswer(shape.kind === 'list' ? 'envelope' : 'array', 201);
        return { status: 201, body: dress(req.path, item) };
      }
      if (op.method === 'PUT' || op.method === 'PATCH') {
        const patchOps = Array.isArray(req.body) && op.bodyMode === 'json-patch' ? req.body : undefined;
        if (isItemPath(op)) {
          const { collection, id } = splitItem(req);
          const stored = store.item(collection, id);
          if (!stored) throw notFound('Resource', id);
          // Patch the record as the client last saw it, documented fields included.
          const current = dress(collection, stored) as GenericItem;
          const next = patchOps ? (applyJsonPatch(current, patchOps) as GenericItem) : { ...current, ...asObject(req.body) };
          const saved: GenericItem = { ...next, id, updatedOn: now };
          store.put(collection, saved);
          return shape.status === 204 ? { status: 204 } : { status: 200, body: saved };
        }
        const current = dressRecord(objectFields, store.singleton(req.path), ctx(req.path));
        const next = patchOps ? (applyJsonPatch(current, patchOps) as Record<string, unknown>) : { ...current, ...asObject(req.body) };
        store.setSingleton(req.path, { ...next, updatedOn: now });
        return req.body === undefined || shape.status === 204 ? { status: 204 } : { status: 200, body: { ...next, updatedOn: now } };
      }
      if (op.method === 'DELETE') {
        if (isItemPath(op)) {
          const { collection, id } = splitItem(req);
          if (!store.remove(collection, id)) throw notFound('Resource', id);
        }
        // A few deletions document a body (e.g. an unpublish scheduled); the rest answer empty.
        if (shape.kind === 'object' && shape.status !== 204) return { status: 200, body: dressRecord(objectFields, {}, ctx(req.path)) };
        return { status: 204 };
      }
      throw new SimError(405, 'METHOD_NOT_ALLOWED', `${op.method} is not supported here`);
    }
  };
}
