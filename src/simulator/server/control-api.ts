import { operations } from '../../spec/index.js';
import { SimError } from '../core/sim-error.js';
import type { SimResponse } from '../core/types.js';
import type { SimulatorRuntime } from './simulator-runtime.js';
import { mutateResources } from './mutate-resources.js';

function obj(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new SimError(400, 'INVALID_FIELD', 'body: must be a JSON object');
  return body as Record<string, unknown>;
}

function count(body: Record<string, unknown>, field: string, fallback: number, max = 5_000_000): number {
  const v = body[field];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw new SimError(400, 'INVALID_FIELD', `${field}: must be an integer between 0 and ${max}`);
  return v;
}

function share(body: Record<string, unknown>, field: string): number {
  const v = body[field];
  if (v === undefined) return 0;
  if (typeof v !== 'number' || v < 0 || v > 1) throw new SimError(400, 'INVALID_FIELD', `${field}: must be a number between 0 and 1`);
  return v;
}

/** The no-auth control API under `/__sim/` (tests and demos only). */
export function handleControl(rt: SimulatorRuntime, method: string, path: string, query: URLSearchParams, body: unknown): SimResponse {
  const route = `${method} ${path.replace(/\/$/, '')}`;
  switch (route) {
    case 'GET /__sim/stats':
      return {
        status: 200,
        body: {
          resources: rt.state.resourceCounts(),
          requests: {
            total: rt.stats.total,
            rateLimited: rt.stats.rateLimited,
            unauthorized: rt.stats.unauthorized,
            faults: rt.stats.faults,
            errors: rt.stats.errors,
            byOperation: rt.stats.byOperation,
            byStatus: rt.stats.byStatus,
            peakConcurrency: rt.limiter.peak,
          },
          startedAt: rt.stats.startedAt.toISOString(),
        },
      };
    case 'GET /__sim/routes':
      return { status: 200, body: operations.filter((op) => op.host === 'api').map((op) => ({ method: op.method, path: op.path, operationId: op.operationId, key: op.key })) };
    case 'GET /__sim/requests': {
      const limit = Number(query.get('limit') ?? 100);
      if (!Number.isInteger(limit) || limit < 1 || limit > 2000) throw new SimError(400, 'INVALID_FIELD', 'limit: must be an integer between 1 and 2000');
      const operation = query.get('operation');
      const entries = rt.log.recent(2000).filter((e) => !operation || e.operation === operation);
      return { status: 200, body: entries.slice(Math.max(0, entries.length - limit)) };
    }
    case 'POST /__sim/reset':
      rt.state.reseed(rt.state.seedOptions);
      rt.stats.reset();
      rt.limiter.reset();
      rt.log.clear();
      rt.faults.reset();
      return { status: 200, body: { ok: true, resources: rt.state.resourceCounts() } };
    case 'POST /__sim/seed': {
      const b = obj(body);
      const cur = rt.state.seedOptions;
      rt.state.reseed({ seed: count(b, 'seed', cur.seed, 2 ** 31), candidates: count(b, 'candidates', cur.candidates), jobs: count(b, 'jobs', cur.jobs, 100_000), users: count(b, 'users', cur.users, 100_000) });
      return { status: 200, body: { ok: true, seed: rt.state.seedOptions, resources: rt.state.resourceCounts() } };
    }
    case 'POST /__sim/mutate': {
      const b = obj(body);
      const resource = b['resource'];
      if (resource !== 'candidates' && resource !== 'jobs' && resource !== 'users') {
        throw new SimError(400, 'INVALID_FIELD', 'resource: must be one of candidates, jobs, users');
      }
      return { status: 200, body: mutateResources(rt.state, resource, share(b, 'update'), share(b, 'delete')) };
    }
    case 'POST /__sim/faults': {
      const b = obj(body);
      const o = rt.faults.options;
      if (b['faultRate'] !== undefined) o.faultRate = share(b, 'faultRate');
      if (b['latencyMs'] !== undefined) o.latencyMs = count(b, 'latencyMs', 0, 60_000);
      if (b['jitter'] !== undefined) o.jitter = share(b, 'jitter');
      if (b['slowMs'] !== undefined) o.slowMs = count(b, 'slowMs', 0, 120_000);
      return { status: 200, body: { ...o } };
    }
    case 'POST /__sim/clock': {
      const b = obj(body);
      rt.advanceClock(count(b, 'advanceMs', 0, 10 * 365 * 86_400_000));
      return { status: 200, body: { now: new Date(rt.now()).toISOString() } };
    }
    default:
      throw new SimError(404, 'NOT_FOUND', `No control endpoint ${route}`);
  }
}
