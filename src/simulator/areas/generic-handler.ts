import type { OperationSpec } from '../../spec/index.js';
import { paginate } from '../core/paginate.js';
import { SimError, notFound } from '../core/sim-error.js';
import type { Handler, SimRequest, SimResponse } from '../core/types.js';
import type { GenericItem } from '../state/generic-store.js';
import type { SimState } from '../state/sim-state.js';
import { applyJsonPatch } from './apply-json-patch.js';

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
      if (op.method === 'GET') {
        if (returnsList(op)) {
          const items = [...store.collection(req.path).values()];
          return paginate(req, items);
        }
        if (isItemPath(op)) {
          const { collection, id } = splitItem(req);
          const item = store.item(collection, id);
          if (!item) throw notFound('Resource', id);
          return { status: 200, body: item };
        }
        return { status: 200, body: store.singleton(req.path) };
      }
      if (op.method === 'POST') {
        const body = asObject(req.body);
        const item: GenericItem = { ...body, id: store.newId(req.path), createdOn: now, updatedOn: now };
        store.put(req.path, item);
        return { status: 201, body: item };
      }
      if (op.method === 'PUT' || op.method === 'PATCH') {
        const patchOps = Array.isArray(req.body) && op.bodyMode === 'json-patch' ? req.body : undefined;
        if (isItemPath(op)) {
          const { collection, id } = splitItem(req);
          const current = store.item(collection, id);
          if (!current) throw notFound('Resource', id);
          const next = patchOps ? (applyJsonPatch(current, patchOps) as GenericItem) : { ...current, ...asObject(req.body) };
          const saved: GenericItem = { ...next, id, updatedOn: now };
          store.put(collection, saved);
          return { status: 200, body: saved };
        }
        const current = store.singleton(req.path);
        const next = patchOps ? (applyJsonPatch(current, patchOps) as Record<string, unknown>) : { ...current, ...asObject(req.body) };
        store.setSingleton(req.path, { ...next, updatedOn: now });
        return req.body === undefined ? { status: 204 } : { status: 200, body: { ...next, updatedOn: now } };
      }
      if (op.method === 'DELETE') {
        if (isItemPath(op)) {
          const { collection, id } = splitItem(req);
          if (!store.remove(collection, id)) throw notFound('Resource', id);
        }
        return { status: 204 };
      }
      throw new SimError(405, 'METHOD_NOT_ALLOWED', `${op.method} is not supported here`);
    }
  };
}
