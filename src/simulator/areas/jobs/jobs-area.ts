import { requireJob } from '../shared/record-lookups.js';
import { nextPageUrl, DEFAULT_PAGE_SIZE } from '../../core/paginate.js';
import { mix, uuidFrom, hashString } from '../../core/seeded-random.js';
import { SimError, invalidField, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest, SimResponse } from '../../core/types.js';
import { createJob, setHiringTeam, setJobStatus, updateJob } from '../../state/job-mutations.js';
import type { JobRecord } from '../../state/job-record.js';
import { HIRING_ROLES, JOB_STATUSES } from '../../state/name-tables.js';
import type { SimState } from '../../state/sim-state.js';
import { approvalsOf } from '../../state/approval-store.js';
import { apiUserId } from '../shared/api-user-id.js';
import { applyJsonPatch } from '../shared/apply-json-patch.js';
import { BodyFields } from '../shared/body-fields.js';
import { EDITABLE_JOB_FIELDS, jobDetails, jobSummary } from './job-views.js';

const ok = (body: unknown, status = 200): SimResponse => ({ status, body });

/** Validates a JobInput; `partial` for PATCH results that only need to stay well-formed. */
function readJobInput(state: SimState, body: unknown): Partial<JobRecord> & { title: string } {
  const f = new BodyFields(body);
  const title = f.string('title', { required: true, minLength: 1 }) as string;
  const refNumber = f.string('refNumber');
  const targetHiringDate = f.string('targetHiringDate');
  const department = f.object('department');
  const location = f.object('location');
  const template = f.boolean('template');
  const compensation = f.object('compensation');
  const jobAd = f.object('jobAd');
  const refs: Record<string, Record<string, unknown> | undefined> = {};
  for (const k of ['industry', 'function', 'typeOfEmployment', 'experienceLevel', 'eeoCategory'] as const) refs[k] = f.object(k);
  f.done();
  if (targetHiringDate !== undefined && Number.isNaN(Date.parse(targetHiringDate))) throw new SimError(400, 'INVALID_FIELD', 'targetHiringDate: must be an ISO 8601 date-time');
  const out: Partial<JobRecord> & { title: string } = { title };
  if (refNumber !== undefined) out.refNumber = refNumber;
  if (targetHiringDate !== undefined) out.targetHiringDate = targetHiringDate;
  if (department) {
    const dept = state.departments.find((d) => d.id === department['id']);
    if (!dept) throw new SimError(400, 'INVALID_FIELD', `department.id: unknown department "${String(department['id'])}"`);
    out.department = dept;
  }
  if (location) out.location = location;
  if (template !== undefined) out.template = template;
  if (compensation) out.compensation = compensation as JobRecord['compensation'];
  if (jobAd) out.jobAd = { ...({ sections: {}, language: { code: 'en', label: 'English', labelNative: 'English (US)' } } as JobRecord['jobAd']), ...jobAd };
  for (const [k, v] of Object.entries(refs)) if (v) (out as Record<string, unknown>)[k] = v;
  return out;
}

function editable(j: JobRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of EDITABLE_JOB_FIELDS) if (j[k] !== undefined) out[k] = structuredClone(j[k]);
  return out;
}

/** Real state behaviour for the Jobs API (search, create, update, status, hiring team, positions, note). */
export function jobsArea({ state }: AreaContext): Area {
  const job = (req: SimRequest): JobRecord => requireJob(state, req.params['jobId'] ?? '');
  const position = (req: SimRequest, j: JobRecord) => {
    const p = j.positions.find((x) => x['id'] === req.params['positionId']);
    if (!p) throw notFound('Position', req.params['positionId'] ?? '');
    return p;
  };
  // JobPositionInput: type, positionOpenDate and targetStartDate are required (docs); PUT replaces.
  const readPosition = (body: unknown): Record<string, unknown> => {
    const f = new BodyFields(body);
    const type = f.string('type', { required: true, enum: ['NEW', 'REPLACEMENT'] });
    const positionOpenDate = f.string('positionOpenDate', { required: true });
    const targetStartDate = f.string('targetStartDate', { required: true });
    const incumbentName = f.string('incumbentName');
    const positionId = f.string('positionId');
    f.done();
    for (const [name, v] of [['positionOpenDate', positionOpenDate], ['targetStartDate', targetStartDate]] as const) {
      if (v !== undefined && Number.isNaN(Date.parse(v))) throw new SimError(400, 'INVALID_FIELD', `${name}: must be an ISO 8601 date or date-time, got "${v}"`);
    }
    return Object.fromEntries(Object.entries({ type, positionOpenDate, targetStartDate, incumbentName, positionId }).filter(([, v]) => v !== undefined));
  };

  const handlers: Record<string, Handler> = {
    'jobs.all': (req) => listJobs(state, req),
    'jobs.create': (req) => ok(jobDetails(req.baseUrl, createJob(state, readJobInput(state, req.body))), 201),
    'jobs.get': (req) => ok(jobDetails(req.baseUrl, job(req))),
    'jobs.update': (req) => {
      const j = job(req);
      return ok(jobDetails(req.baseUrl, updateJob(state, j, readJobInput(state, req.body))));
    },
    'jobs.patch': (req) => {
      const j = job(req);
      if (!Array.isArray(req.body)) throw new SimError(400, 'INVALID_FIELD', 'body: a JSON Patch document must be an array of operations');
      const next = applyJsonPatch(editable(j), req.body) as Record<string, unknown>;
      for (const k of Object.keys(next)) {
        if (!(EDITABLE_JOB_FIELDS as readonly string[]).includes(k)) throw new SimError(400, 'INVALID_FIELD', `${k}: cannot be changed with PATCH`);
      }
      return ok(jobDetails(req.baseUrl, updateJob(state, j, readJobInput(state, next))));
    },
    'jobs.status.update': (req) => {
      const j = job(req);
      const f = new BodyFields(req.body);
      const status = f.string('status', { required: true, enum: JOB_STATUSES });
      f.done();
      setJobStatus(state, j, status as string);
      return ok({ status: j.status, updatedOn: new Date(j.updatedOn).toISOString() });
    },
    'jobs.status.history.get': (req) => {
      const j = job(req);
      const content = j.statusHistory.map((h) => ({ status: h.status, changedOn: new Date(h.changedOn).toISOString(), actions: { job: { url: `${req.baseUrl}/jobs/${j.id}`, method: 'GET' } } }));
      return ok({ totalFound: content.length, content });
    },
    'jobs.hiring-team.get': (req) => {
      const content = job(req).hiringTeam.map((m) => ({ id: m.userId, role: m.role, actions: { details: { url: `${req.baseUrl}/user-api/v201804/users/${m.userId}`, method: 'GET' } } }));
      return ok({ totalFound: content.length, content });
    },
    'jobs.hiring-team.add': (req) => {
      const j = job(req);
      const f = new BodyFields(req.body);
      const id = f.string('id', { required: true, minLength: 1 });
      const role = f.string('role', { required: true, enum: HIRING_ROLES });
      f.done();
      if (!state.users.get(id as string)) throw new SimError(400, 'INVALID_FIELD', `id: unknown user "${id}"`);
      const team = j.hiringTeam.filter((m) => !(m.userId === id && m.role === role));
      setHiringTeam(state, j, [...team, { userId: id as string, role: role as string }]);
      // HiringTeamMemberResponse: {role, actions}; the id rides along as in GET /hiring-team items.
      return ok({ id, role, actions: { details: { url: `${req.baseUrl}/user-api/v201804/users/${id}`, method: 'GET' } } }, 201);
    },
    'jobs.hiring-team.remove': (req) => {
      const j = job(req);
      const userId = req.params['userId'] ?? '';
      if (!j.hiringTeam.some((m) => m.userId === userId)) throw notFound('Hiring team member', userId);
      setHiringTeam(state, j, j.hiringTeam.filter((m) => m.userId !== userId));
      return { status: 204 };
    },
    'jobs.positions.all': (req) => {
      const content = job(req).positions;
      return ok({ totalFound: content.length, content });
    },
    'jobs.positions.create': (req) => {
      const j = job(req);
      const p = { id: uuidFrom(hashString(j.id), mix(state.now() >>> 0, j.positions.length), j.positions.length, 7), status: 'OPEN', ...readPosition(req.body) };
      j.positions.push(p);
      state.emit('position.created', { job_id: j.id, position_id: String(p.id) }, `/jobs/${j.id}/positions/${p.id}`);
      return ok(p, 201);
    },
    'jobs.positions.get': (req) => ok(position(req, job(req))),
    'jobs.positions.update': (req) => {
      const j = job(req);
      const p = position(req, j);
      const next = readPosition(req.body);
      for (const k of ['positionId', 'incumbentName']) delete p[k];
      Object.assign(p, next);
      state.emit('position.updated', { job_id: j.id, position_id: String(p['id']) }, `/jobs/${j.id}/positions/${p['id']}`);
      return ok(p);
    },
    'jobs.positions.remove': (req) => {
      const j = job(req);
      const p = position(req, j);
      j.positions = j.positions.filter((x) => x !== p);
      state.emit('position.deleted', { job_id: j.id, position_id: String(p['id']) }, `/jobs/${j.id}/positions/${p['id']}`);
      return { status: 204 };
    },
    // HeadcountPatchRequest → HeadcountUpdateAccepted {status: PENDING}: the change waits for a JOB
    // approval request and applies when that request is approved (see ApprovalStore.decide).
    'jobs.headcount.update': (req) => {
      const j = job(req);
      const f = new BodyFields(req.body);
      const salary = f.object('salaryRange');
      const positions = f.objectArray('positions');
      f.done();
      const unknown = Object.keys(f.body).find((k) => k !== 'salaryRange' && k !== 'positions');
      if (unknown !== undefined) throw invalidField(unknown, 'unknown field; a headcount change takes salaryRange and positions');
      if (!salary && !positions) throw new SimError(400, 'MISSING_FIELD', 'body: salaryRange or positions is required');
      if (positions && positions.length === 0) throw invalidField('positions', 'must list at least one position to open');
      const salaryRange = salary ? readSalaryRange(salary) : undefined;
      const opened = (positions ?? []).map((p, i) => ({ id: uuidFrom(hashString(j.id), mix(state.now() >>> 0, j.positions.length + i), i, 11), ...readPosition(p) }));
      const manager = j.hiringTeam.find((m) => m.role === 'HIRING_MANAGER')?.userId ?? apiUserId(state);
      approvalsOf(state).create({
        type: 'JOB', baseId: j.id, requesterId: apiUserId(state), approvers: [manager],
        headcount: { ...(opened.length > 0 ? { positions: opened } : {}), ...(salaryRange ? { salaryRange } : {}) },
      });
      return ok({ status: 'PENDING' }, 202);
    },
    // JobApproval {approvalRequestId, positions, salaryRange}: a headcount request shows what it
    // proposes; any other job approval shows the job's positions and salary range as they stand.
    'jobs.approvals.latest': (req) => {
      const j = job(req);
      const latest = approvalsOf(state).latestFor(j.id);
      if (!latest) throw new SimError(404, 'NOT_FOUND', `Approval request not found for job ${j.id}`);
      const positions = latest.headcount ? (latest.headcount.positions ?? []).map((p) => ({ ...p, status: latest.status === 'APPROVED' ? 'OPEN' : latest.status })) : j.positions;
      const salaryRange = latest.headcount ? latest.headcount.salaryRange : j.compensation;
      return ok({ approvalRequestId: latest.id, positions: structuredClone(positions), ...(salaryRange ? { salaryRange: { ...salaryRange } } : {}), status: latest.status });
    },
    'jobs.notes.get': (req) => ok({ content: job(req).note }),
    'jobs.notes.update': (req) => {
      const j = job(req);
      const f = new BodyFields(req.body);
      const content = f.string('content', { required: true });
      f.done();
      updateJob(state, j, { note: content as string });
      return ok({ content: j.note });
    },
  };
  return { name: 'jobs', handlers };
}

/** SalaryRange {min, max, currency}: numbers with min ≤ max and an ISO 4217 code. */
function readSalaryRange(raw: Record<string, unknown>): { min: number; max: number; currency: string } {
  const problems: string[] = [];
  const num = (k: 'min' | 'max'): number => {
    const v = raw[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) problems.push(`salaryRange.${k}: must be a non-negative number`);
    return v as number;
  };
  const min = num('min');
  const max = num('max');
  const currency = raw['currency'];
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) problems.push('salaryRange.currency: must be a 3-letter ISO 4217 code such as USD');
  const extra = Object.keys(raw).filter((k) => !['min', 'max', 'currency'].includes(k));
  if (extra.length > 0) problems.push(`salaryRange.${extra[0]}: unknown field`);
  if (problems.length === 0 && min > max) problems.push('salaryRange.min: must not exceed salaryRange.max');
  if (problems.length > 0) throw new SimError(400, 'INVALID_FIELD', problems.join('; '));
  return { min, max, currency: currency as string };
}

function listJobs(state: SimState, req: SimRequest): SimResponse {
  const q = req.query;
  const limit = typeof q['limit'] === 'number' ? q['limit'] : DEFAULT_PAGE_SIZE;
  const text = typeof q['q'] === 'string' ? q['q'].toLowerCase() : undefined;
  const cities = Array.isArray(q['city']) ? q['city'].map((c) => String(c).toLowerCase()) : undefined;
  const depts = Array.isArray(q['department']) ? q['department'].map(String) : undefined;
  const updatedAfter = typeof q['updatedAfter'] === 'string' ? Date.parse(q['updatedAfter']) : undefined;
  const activityAfter = typeof q['lastActivityAfter'] === 'string' ? Date.parse(q['lastActivityAfter']) : undefined;
  const indexes: number[] = [];
  state.jobs.list.forEach((j, i) => {
    if (text && !j.title.toLowerCase().includes(text) && !j.refNumber.toLowerCase().includes(text)) return;
    if (q['status'] !== undefined && j.status !== q['status']) return;
    if (q['postingStatus'] !== undefined && j.postingStatus !== q['postingStatus']) return;
    if (cities && !cities.includes(String(j.location['city'] ?? '').toLowerCase())) return;
    if (depts && !(j.department && (depts.includes(j.department.id) || depts.includes(j.department.label)))) return;
    if (updatedAfter !== undefined && j.updatedOn <= updatedAfter) return;
    if (activityAfter !== undefined && j.lastActivityOn <= activityAfter) return;
    indexes.push(i);
  });
  const body: Record<string, unknown> = { limit, totalFound: indexes.length };
  const headers: Record<string, string> = {};
  if (typeof q['offset'] === 'number' && q['pageId'] === undefined) {
    // Deprecated offset paging reads the live list, so changes between pages shift items.
    const offset = q['offset'];
    body['offset'] = offset;
    body['content'] = indexes.slice(offset, offset + limit).map((i) => jobSummary(req.baseUrl, state.jobs.list[i] as JobRecord));
    return { status: 200, body, headers };
  }
  // ACTIONS.md: jobs page by pageId only with sort=job_id; a strict server refuses the mix. The
  // first page still offers a nextPageId, so a walk that forgot the sort fails on page two.
  if (q['pageId'] !== undefined && q['sort'] !== 'job_id') {
    throw invalidField('sort', `must be job_id when paging with pageId, got ${q['sort'] === undefined ? 'none' : `"${String(q['sort'])}"`}`);
  }
  let ordered = indexes.map((i) => state.jobs.list[i] as JobRecord);
  if (q['sort'] === 'job_id') ordered = ordered.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Keyset paging: the cursor is the last id sent, so inserts and deletes between pages neither repeat nor skip.
  const after = typeof q['pageId'] === 'string' ? decodeJobCursor(q['pageId']) : undefined;
  const rest = after === undefined ? ordered : ordered.filter((j) => j.id > after);
  const page = rest.slice(0, limit);
  body['content'] = page.map((j) => jobSummary(req.baseUrl, j));
  if (rest.length > limit) {
    const next = Buffer.from(`j1:${(page[page.length - 1] as JobRecord).id}`).toString('base64url');
    body['nextPageId'] = next;
    headers['Link'] = `<${nextPageUrl(req.baseUrl, req.path, req.rawQuery, 'pageId', next)}>; rel="next"`;
  }
  return { status: 200, body, headers };
}

function decodeJobCursor(token: string): string {
  const id = /^j1:(.+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'))?.[1];
  if (id === undefined) throw invalidField('pageId', `invalid page identifier "${token}"`);
  return id;
}
