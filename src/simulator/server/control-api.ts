import { operations, type RateLimitClass } from '../../spec/index.js';
import { FAULT_STATUSES, RANDOM_FAULT_KINDS, RULE_KINDS, type FaultStatus, type RandomFaultKind, type RuleKind } from '../core/fault-injector.js';
import type { RateLimitOptions } from '../core/rate-limiter.js';
import { SimError } from '../core/sim-error.js';
import type { Stats } from '../core/stats.js';
import type { SimResponse } from '../core/types.js';
import type { SimCompany } from './sim-company.js';
import type { SimulatorRuntime } from './simulator-runtime.js';
import { mutateResources } from './mutate-resources.js';

const DAY_SECONDS = 86_400;
const RATE_CLASSES: readonly RateLimitClass[] = ['standard', 'slow', 'serial'];
/** Operation names a targeted fault may name: every key and operationId, plus the token endpoint. */
const FAULT_OPERATIONS = new Set(['oauth.token', ...operations.filter((o) => o.host === 'api').flatMap((o) => [o.key, o.operationId])]);

function obj(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new SimError(400, 'INVALID_FIELD', 'body: must be a JSON object');
  return body as Record<string, unknown>;
}

function count(body: Record<string, unknown>, field: string, fallback: number, max = 5_000_000, min = 0): number {
  const v = body[field];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new SimError(400, 'INVALID_FIELD', `${field}: must be an integer between ${min} and ${max}`);
  return v;
}

function share(body: Record<string, unknown>, field: string): number {
  const v = body[field];
  if (v === undefined) return 0;
  if (typeof v !== 'number' || v < 0 || v > 1) throw new SimError(400, 'INVALID_FIELD', `${field}: must be a number between 0 and 1`);
  return v;
}

function bool(body: Record<string, unknown>, field: string): boolean | undefined {
  const v = body[field];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw new SimError(400, 'INVALID_FIELD', `${field}: must be true or false`);
  return v;
}

function oneOf<T extends string>(body: Record<string, unknown>, field: string, allowed: readonly T[]): T | undefined {
  const v = body[field];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !allowed.includes(v as T)) throw new SimError(400, 'INVALID_FIELD', `${field}: must be one of ${allowed.join(', ')}`);
  return v as T;
}

/** The company a control call names (`?company=c2` or `"company": "c2"`), default the first. */
function companyOf(rt: SimulatorRuntime, query: URLSearchParams, body: Record<string, unknown>): SimCompany {
  const fromBody = body['company'];
  if (fromBody !== undefined && typeof fromBody !== 'string') throw new SimError(400, 'INVALID_FIELD', 'company: must be a company id such as "c2"');
  return rt.companies.get(query.get('company') ?? (fromBody as string | undefined));
}

function requestCounts(stats: Stats, peak: unknown) {
  return {
    total: stats.total,
    rateLimited: stats.rateLimited,
    unauthorized: stats.unauthorized,
    faults: stats.faults,
    errors: stats.errors,
    byOperation: stats.byOperation,
    byStatus: stats.byStatus,
    peakConcurrency: peak,
  };
}

function sumInto(into: Record<string, number>, from: Record<string, number>): Record<string, number> {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
  return into;
}

/** Request counts of all companies together (what one company reports when it is the only one). */
function totals(companies: readonly SimCompany[]) {
  const byOperation: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const byCredential: Record<string, number> = {};
  let overall = 0;
  const peakByOperation: Record<string, number> = {};
  for (const c of companies) {
    sumInto(byOperation, c.stats.byOperation);
    sumInto(byStatus, c.stats.byStatus);
    Object.assign(byCredential, c.limiter.peak.byCredential);
    overall = Math.max(overall, c.limiter.peak.overall);
    for (const [k, v] of Object.entries(c.limiter.peak.byOperation)) peakByOperation[k] = Math.max(peakByOperation[k] ?? 0, v);
  }
  const sum = (f: (s: Stats) => number) => companies.reduce((n, c) => n + f(c.stats), 0);
  return {
    total: sum((s) => s.total),
    rateLimited: sum((s) => s.rateLimited),
    unauthorized: sum((s) => s.unauthorized),
    faults: sum((s) => s.faults),
    errors: sum((s) => s.errors),
    byOperation,
    byStatus,
    peakConcurrency: { overall, byCredential, byOperation: peakByOperation },
  };
}

function companyView(c: SimCompany) {
  return {
    id: c.id,
    companyId: c.state.companyId,
    name: c.state.companyName,
    seed: c.state.seedOptions,
    resources: c.state.resourceCounts(),
    requests: requestCounts(c.stats, c.limiter.peak),
    webhooks: c.webhooks.stats(),
  };
}

/** What `POST /__sim/companies` answers: the new company's credentials, once. */
function credentialsView(c: SimCompany) {
  return { id: c.id, companyId: c.state.companyId, seed: c.state.seedOptions, ...c.credentials, resources: c.state.resourceCounts() };
}

function clockView(rt: SimulatorRuntime) {
  return { now: new Date(rt.now()).toISOString(), offsetSeconds: rt.clock.offset / 1000, rateWindows: 'real time' };
}

function limitsView(rt: SimulatorRuntime) {
  const l = rt.limiter;
  return {
    enabled: l.options.enabled,
    scope: l.options.scope,
    maxConcurrentPerCredential: l.options.maxConcurrentPerCredential,
    windowMs: l.options.windowMs,
    classes: Object.fromEntries(RATE_CLASSES.map((c) => [c, l.limitsFor(c)])),
  };
}

/** `perSecond`/`concurrency` as one number for every class or `{ standard, slow, serial }`. */
function perClass(body: Record<string, unknown>, field: string): Partial<Record<RateLimitClass, number>> | undefined {
  const v = body[field];
  if (v === undefined) return undefined;
  const check = (n: unknown, where: string) => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100_000) throw new SimError(400, 'INVALID_FIELD', `${where}: must be an integer between 1 and 100000`);
    return n;
  };
  if (typeof v === 'number') return Object.fromEntries(RATE_CLASSES.map((c) => [c, check(v, field)]));
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new SimError(400, 'INVALID_FIELD', `${field}: must be a number or an object keyed by ${RATE_CLASSES.join(', ')}`);
  const out: Partial<Record<RateLimitClass, number>> = {};
  for (const [k, n] of Object.entries(v)) {
    if (!RATE_CLASSES.includes(k as RateLimitClass)) throw new SimError(400, 'INVALID_FIELD', `${field}.${k}: unknown class (known: ${RATE_CLASSES.join(', ')})`);
    out[k as RateLimitClass] = check(n, `${field}.${k}`);
  }
  return out;
}

function addFault(rt: SimulatorRuntime, query: URLSearchParams, b: Record<string, unknown>): SimResponse {
  const kind = oneOf(b, 'kind', RULE_KINDS) as (typeof RULE_KINDS)[number];
  const op = b['operation'];
  if (op !== undefined && (typeof op !== 'string' || !FAULT_OPERATIONS.has(op))) {
    throw new SimError(400, 'INVALID_FIELD', 'operation: must be an operation key or operationId (see GET /__sim/routes), or "oauth.token"');
  }
  const company = b['company'] !== undefined || query.has('company') ? companyOf(rt, query, b).id : null;
  if (kind === 'drain_budget') {
    if (op === 'oauth.token') throw new SimError(400, 'INVALID_FIELD', 'operation: the token endpoint has no rate budget to drain');
    const durationMs = count(b, 'durationMs', 1000, 3_600_000, 1);
    const until = rt.realNow() + durationMs;
    const targets = company === null ? rt.companies.all : [rt.companies.get(company)];
    const key = op === undefined ? null : operations.find((o) => o.key === op || o.operationId === op)!.key;
    for (const c of targets) c.limiter.drain(key, until);
    return { status: 200, body: { kind, operation: key, companies: targets.map((c) => c.id), until: new Date(until).toISOString() } };
  }
  const status = b['status'];
  if (status !== undefined && (kind !== 'status' || !FAULT_STATUSES.includes(status as FaultStatus))) {
    throw new SimError(400, 'INVALID_FIELD', `status: only for kind "status", one of ${FAULT_STATUSES.join(', ')}`);
  }
  const delay = b['delayMs'] === undefined ? undefined : count(b, 'delayMs', 0, 600_000);
  const rule = rt.faults.addRule({
    kind: kind as RuleKind,
    operation: (op as string | undefined) ?? null,
    company,
    remaining: count(b, 'count', 1, 1_000_000, 1),
    ...(status !== undefined ? { status: status as FaultStatus } : {}),
    ...(delay !== undefined ? { delayMs: delay } : {}),
  });
  return { status: 201, body: rule };
}

function faultsView(rt: SimulatorRuntime) {
  return { ...rt.faults.options, kinds: rt.faults.options.kinds ?? RANDOM_FAULT_KINDS, rules: rt.faults.activeRules() };
}

/** The no-auth control API under `/__sim/` (tests and demos only). */
export function handleControl(rt: SimulatorRuntime, method: string, path: string, query: URLSearchParams, body: unknown): SimResponse {
  const route = `${method} ${path.replace(/\/$/, '')}`;
  const all = rt.companies.all;
  switch (route) {
    case 'GET /__sim/stats':
      return {
        status: 200,
        body: {
          resources: rt.state.resourceCounts(),
          requests: all.length === 1 ? requestCounts(rt.stats, rt.limiter.peak) : totals(all),
          startedAt: rt.stats.startedAt.toISOString(),
          clock: clockView(rt),
          companies: Object.fromEntries(all.map((c) => [c.id, companyView(c)])),
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
    case 'POST /__sim/reset': {
      // One company (`?company=`) or all of them; the clock only moves forward, so it stays.
      const b = obj(body);
      const targets = query.has('company') || b['company'] !== undefined ? [companyOf(rt, query, b)] : all;
      for (const c of targets) {
        c.state.reseed(c.state.seedOptions);
        c.stats.reset();
        c.limiter.reset();
      }
      if (targets.length === all.length) {
        rt.log.clear();
        rt.faults.reset();
      }
      return { status: 200, body: { ok: true, resources: targets[0]!.state.resourceCounts() } };
    }
    case 'POST /__sim/seed': {
      const b = obj(body);
      const c = companyOf(rt, query, b);
      const cur = c.state.seedOptions;
      c.state.reseed({ seed: count(b, 'seed', cur.seed, 2 ** 31), candidates: count(b, 'candidates', cur.candidates), jobs: count(b, 'jobs', cur.jobs, 100_000), users: count(b, 'users', cur.users, 100_000) });
      return { status: 200, body: { ok: true, company: c.id, seed: c.state.seedOptions, resources: c.state.resourceCounts() } };
    }
    case 'POST /__sim/mutate': {
      const b = obj(body);
      const resource = b['resource'];
      if (resource !== 'candidates' && resource !== 'jobs' && resource !== 'users') {
        throw new SimError(400, 'INVALID_FIELD', 'resource: must be one of candidates, jobs, users');
      }
      return { status: 200, body: mutateResources(companyOf(rt, query, b).state, resource, share(b, 'update'), share(b, 'delete')) };
    }
    case 'GET /__sim/faults':
      return { status: 200, body: faultsView(rt) };
    case 'DELETE /__sim/faults':
      return { status: 200, body: { cleared: rt.faults.clearRules() } };
    case 'POST /__sim/faults': {
      const b = obj(body);
      if (b['kind'] !== undefined) return addFault(rt, query, b);
      const o = rt.faults.options;
      if (b['faultRate'] !== undefined) o.faultRate = share(b, 'faultRate');
      if (b['latencyMs'] !== undefined) o.latencyMs = count(b, 'latencyMs', 0, 60_000);
      if (b['jitter'] !== undefined) o.jitter = share(b, 'jitter');
      if (b['slowMs'] !== undefined) o.slowMs = count(b, 'slowMs', 0, 120_000);
      if (b['kinds'] !== undefined) {
        const k = b['kinds'];
        if (!Array.isArray(k) || k.length === 0 || !k.every((x) => RANDOM_FAULT_KINDS.includes(x as RandomFaultKind))) {
          throw new SimError(400, 'INVALID_FIELD', `kinds: must be a non-empty array of ${RANDOM_FAULT_KINDS.join(', ')}`);
        }
        o.kinds = [...new Set(k as RandomFaultKind[])];
      }
      return { status: 200, body: faultsView(rt) };
    }
    case 'GET /__sim/limits':
      return { status: 200, body: limitsView(rt) };
    case 'POST /__sim/limits': {
      const b = obj(body);
      const patch: RateLimitOptions = {
        ...(bool(b, 'enabled') !== undefined ? { enabled: bool(b, 'enabled') as boolean } : {}),
        ...(oneOf(b, 'scope', ['operation', 'credential'] as const) ? { scope: oneOf(b, 'scope', ['operation', 'credential'] as const) as 'operation' } : {}),
        ...(b['maxConcurrentPerCredential'] !== undefined ? { maxConcurrentPerCredential: count(b, 'maxConcurrentPerCredential', 8, 100_000, 1) } : {}),
      };
      const perSecond = perClass(b, 'perSecond');
      const concurrency = perClass(b, 'concurrency');
      const cur = rt.limiter.options;
      if (perSecond) Object.assign(patch, { perSecond: { ...cur.perSecond, ...perSecond } });
      if (concurrency) Object.assign(patch, { concurrency: { ...cur.concurrency, ...concurrency } });
      // One setting for every company, so a benchmark over many accounts is uniform.
      for (const c of all) c.limiter.configure(patch);
      return { status: 200, body: limitsView(rt) };
    }
    case 'GET /__sim/clock':
      return { status: 200, body: clockView(rt) };
    case 'POST /__sim/clock': {
      const b = obj(body);
      if (b['advanceSeconds'] === undefined && b['advanceMs'] === undefined) throw new SimError(400, 'INVALID_FIELD', 'advanceSeconds: is required (a number of seconds ≥ 0)');
      const secs = b['advanceSeconds'];
      if (secs !== undefined && (typeof secs !== 'number' || !Number.isFinite(secs) || secs < 0 || secs > 10 * 365 * DAY_SECONDS)) {
        throw new SimError(400, 'INVALID_FIELD', `advanceSeconds: must be a number between 0 and ${10 * 365 * DAY_SECONDS} (the clock only moves forward)`);
      }
      const ms = secs !== undefined ? Math.round((secs as number) * 1000) : count(b, 'advanceMs', 0, 10 * 365 * DAY_SECONDS * 1000);
      rt.advanceClock(ms);
      return { status: 200, body: clockView(rt) };
    }
    case 'GET /__sim/companies':
      return { status: 200, body: all.map(companyView) };
    case 'POST /__sim/companies': {
      const b = obj(body);
      const def = rt.state.seedOptions;
      const seed = {
        ...(b['seed'] !== undefined ? { seed: count(b, 'seed', 0, 2 ** 31) } : {}),
        candidates: count(b, 'candidates', def.candidates),
        jobs: count(b, 'jobs', def.jobs, 100_000),
        users: count(b, 'users', def.users, 100_000),
      };
      const cred = (f: string) => {
        const v = b[f];
        if (v === undefined) return undefined;
        if (typeof v !== 'string' || v.length < 8 || v.length > 200 || /\s/.test(v)) throw new SimError(400, 'INVALID_FIELD', `${f}: must be 8–200 characters without spaces`);
        return v;
      };
      const apiKey = cred('apiKey');
      const scimToken = cred('scimToken');
      const c = rt.companies.add({ seed, credentials: { ...(apiKey ? { apiKey } : {}), ...(scimToken ? { scimToken } : {}) } });
      return { status: 201, body: credentialsView(c) };
    }
    default:
      throw new SimError(404, 'NOT_FOUND', `No control endpoint ${route}`);
  }
}
