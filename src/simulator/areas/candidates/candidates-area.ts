import { loadCandidate, requireApplication, requireJob } from '../shared/record-lookups.js';
import { nextPageUrl, DEFAULT_PAGE_SIZE } from '../../core/paginate.js';
import { SimError } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest, SimResponse } from '../../core/types.js';
import type { CandidateRecord, SourceDetails } from '../../state/candidate-record.js';
import {
  createCandidate, deleteCandidate, removeApplication, setApplicationProperties,
  setApplicationSource, setApplicationStatus, setCandidateProperty, setOnboardingStatus, setTags, updateCandidate,
  type CandidateInput,
} from '../../state/candidate-mutations.js';
import { CANDIDATE_STATUSES, type CandidateStatus } from '../../state/name-tables.js';
import type { SimState } from '../../state/sim-state.js';
import { BodyFields } from '../shared/body-fields.js';
import { configurationOf } from '../../state/configuration-store.js';
import { applicationView, candidateDetails, candidateSummary, statusHistory } from './candidate-views.js';

const ONBOARDING = ['READY_TO_ONBOARD', 'ONBOARDING_SUCCESSFUL', 'ONBOARDING_FAILED'] as const;
const ok = (body: unknown, status = 200): SimResponse => ({ status, body });
const noContent: SimResponse = { status: 204 };

function list(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.map(String) : undefined;
}

function readInput(body: unknown): { input: CandidateInput; source?: SourceDetails } {
  const f = new BodyFields(body);
  const input: CandidateInput = {
    firstName: f.string('firstName', { required: true, minLength: 1 }) ?? '',
    lastName: f.string('lastName', { required: true, minLength: 1 }) ?? '',
    email: f.string('email', { required: true, email: true }) ?? '',
  };
  const phone = f.string('phoneNumber');
  if (phone !== undefined) input.phoneNumber = phone;
  const location = f.object('location');
  if (location) input.location = location;
  const web = f.object('web');
  if (web) input.web = web as Record<string, string>;
  const tags = f.stringArray('tags');
  if (tags) input.tags = tags;
  const education = f.objectArray('education');
  if (education) input.education = education;
  const experience = f.objectArray('experience');
  if (experience) input.experience = experience;
  const internal = f.boolean('internal');
  if (internal !== undefined) input.internal = internal;
  const src = f.object('sourceDetails');
  f.done();
  return { input, ...(src ? { source: readSource(src, 'sourceDetails.') } : {}) };
}

function readSource(body: unknown, prefix = ''): SourceDetails {
  const f = new BodyFields(body);
  const sourceTypeId = f.string('sourceTypeId', { required: true, minLength: 1 });
  const sourceId = f.string('sourceId', { required: true, minLength: 1 });
  const sub = f.string('sourceSubTypeId');
  try {
    f.done();
  } catch (e) {
    if (prefix && e instanceof SimError) throw SimError.fields(400, e.message.replace(/(^|; )/g, `$1${prefix}`), e.body.errors.map((x) => ({ code: x.code, message: `${prefix}${x.message}` })));
    throw e;
  }
  return { sourceTypeId: sourceTypeId as string, sourceId: sourceId as string, ...(sub ? { sourceSubTypeId: sub } : {}) };
}

/** Real state behaviour for the Candidates API (candidates, applications, tags, status, properties). */
export function candidatesArea({ state }: AreaContext): Area {
  // A working copy, so a failed validation never leaves a half-changed record behind.
  const candidate = (req: SimRequest): CandidateRecord => loadCandidate(state, req.params['id'] ?? '');
  const application = (req: SimRequest, c: CandidateRecord) => requireApplication(state, c, req.params['jobId'] ?? '');

  const handlers: Record<string, Handler> = {
    'candidates.all': (req) => listCandidates(state, req),
    'candidates.add': (req) => {
      const { input, source } = readInput(req.body);
      return ok(candidateDetails(state, req.baseUrl, createCandidate(state, input, undefined, source)), 201);
    },
    'candidates.addToJob': (req) => {
      const jobId = requireJob(state, req.params['jobId'] ?? '').id;
      const { input, source } = readInput(req.body);
      return ok(candidateDetails(state, req.baseUrl, createCandidate(state, input, jobId, source)), 201);
    },
    'candidates.get': (req) => ok(candidateDetails(state, req.baseUrl, candidate(req))),
    'candidates.update': (req) => {
      const c = candidate(req);
      const f = new BodyFields(req.body);
      const patch: Partial<CandidateInput> = {};
      const firstName = f.string('firstName', { minLength: 1 });
      const lastName = f.string('lastName', { minLength: 1 });
      const email = f.string('email', { email: true });
      const phoneNumber = f.string('phoneNumber');
      const location = f.object('location');
      const web = f.object('web');
      f.done();
      if (firstName !== undefined) patch.firstName = firstName;
      if (lastName !== undefined) patch.lastName = lastName;
      if (email !== undefined) patch.email = email;
      if (phoneNumber !== undefined) patch.phoneNumber = phoneNumber;
      if (location) patch.location = location;
      if (web) patch.web = web as Record<string, string>;
      return ok(candidateDetails(state, req.baseUrl, updateCandidate(state, c, patch)));
    },
    'candidates.delete': (req) => {
      deleteCandidate(state, candidate(req));
      return noContent;
    },
    'candidates.tags.get': (req) => ok({ tags: candidate(req).tags }),
    'candidates.tags.add': (req) => {
      const c = candidate(req);
      const f = new BodyFields(req.body);
      const tags = f.stringArray('tags', { required: true }) ?? [];
      f.done();
      return ok({ tags: setTags(state, c, [...c.tags, ...tags]).tags });
    },
    'candidates.tags.replace': (req) => {
      const c = candidate(req);
      const f = new BodyFields(req.body);
      const tags = f.stringArray('tags', { required: true }) ?? [];
      f.done();
      return ok({ tags: setTags(state, c, tags).tags });
    },
    'candidates.tags.delete': (req) => {
      setTags(state, candidate(req), []);
      return noContent;
    },
    'candidates.getApplication': (req) => {
      const c = candidate(req);
      return ok(applicationView(state, req.baseUrl, c, application(req, c)));
    },
    'candidates.deleteApplication': (req) => {
      const c = candidate(req);
      application(req, c);
      removeApplication(state, c, req.params['jobId'] ?? '');
      return noContent;
    },
    'candidates.status.update': (req) => {
      const c = candidate(req);
      const app = application(req, c);
      setApplicationStatus(state, c, app, readStatus(state, req.body));
      return noContent;
    },
    'candidates.status.updatePrimary': (req) => {
      const c = candidate(req);
      const app = c.applications[0];
      if (!app) throw new SimError(404, 'NOT_FOUND', `Candidate ${c.id} has no primary assignment`);
      setApplicationStatus(state, c, app, readStatus(state, req.body));
      return noContent;
    },
    'candidates.status.history.get': (req) => {
      const c = candidate(req);
      const content: Record<string, unknown>[] = c.applications.flatMap((a) => statusHistory(req.baseUrl, c, a).map((h) => ({ ...h, job: { id: a.jobId } })));
      content.sort((x, y) => String(x['changedOn']).localeCompare(String(y['changedOn'])));
      return ok({ totalFound: content.length, content });
    },
    'candidates.status.history.getForJob': (req) => {
      const c = candidate(req);
      const content = statusHistory(req.baseUrl, c, application(req, c));
      return ok({ totalFound: content.length, content });
    },
    'candidates.source.update': (req) => {
      const c = candidate(req);
      const app = application(req, c);
      setApplicationSource(state, c, app, readSource(req.body));
      return noContent;
    },
    'candidates.onboarding.get': (req) => onboardingOf(candidate(req).applications[0]?.onboardingStatus),
    'candidates.onboarding.getForJob': (req) => {
      const c = candidate(req);
      return onboardingOf(application(req, c).onboardingStatus);
    },
    'candidates.onboarding.update': (req) => {
      const c = candidate(req);
      const app = c.applications[0];
      if (!app) throw new SimError(404, 'NOT_FOUND', `Candidate ${c.id} has no primary assignment`);
      setOnboardingStatus(state, c, app, readOnboarding(req.body));
      return noContent;
    },
    'candidates.onboarding.updateForJob': (req) => {
      const c = candidate(req);
      setOnboardingStatus(state, c, application(req, c), readOnboarding(req.body));
      return noContent;
    },
    'candidates.properties.get': (req) => ok(propertiesView(candidate(req).properties)),
    'candidates.properties.getForJob': (req) => {
      const c = candidate(req);
      return ok(propertiesView({ ...c.properties, ...application(req, c).properties }));
    },
    'candidates.properties.values.update': (req) => {
      const c = candidate(req);
      setCandidateProperty(state, c, req.params['propertyId'] ?? '', readValue(req.body));
      return noContent;
    },
    'candidates.properties.values.updateForJob': (req) => {
      const c = candidate(req);
      setApplicationProperties(state, c, application(req, c), { [req.params['propertyId'] ?? '']: readValue(req.body) });
      return noContent;
    },
    'candidates.properties.values.batchUpdateForJob': (req) => {
      const c = candidate(req);
      const app = application(req, c);
      if (!Array.isArray(req.body)) throw new SimError(400, 'INVALID_FIELD', 'body: must be an array of {id, value}');
      const values: Record<string, unknown> = {};
      req.body.forEach((item: unknown, i) => {
        const f = new BodyFields(item);
        const id = f.string('id', { required: true, minLength: 1 });
        f.done();
        if (!('value' in (item as object))) throw new SimError(400, 'MISSING_FIELD', `body[${i}].value: is required`);
        values[id as string] = (item as Record<string, unknown>)['value'];
      });
      setApplicationProperties(state, c, app, values);
      return noContent;
    },
    // candidates.attachments.list is the attachments area's (candidates/attachments-area.ts).
  };
  return { name: 'candidates', handlers };
}

function readStatus(state: SimState, body: unknown): { status: CandidateStatus; subStatus?: string; reason?: string; startsOn?: string } {
  const f = new BodyFields(body);
  const status = f.string('status', { required: true, enum: CANDIDATE_STATUSES }) as CandidateStatus | undefined;
  const subStatus = f.string('subStatus');
  const reason = f.string('reason');
  const startsOn = f.string('startsOn');
  if (startsOn !== undefined && Number.isNaN(Date.parse(startsOn))) throw new SimError(400, 'INVALID_FIELD', 'startsOn: must be an ISO 8601 date-time');
  f.done();
  if (reason) checkReason(state, status as CandidateStatus, reason);
  return { status: status as CandidateStatus, ...(subStatus ? { subStatus } : {}), ...(reason ? { reason } : {}), ...(startsOn ? { startsOn } : {}) };
}

/** `reason` is the id of a configured rejection (REJECTED) or withdrawal (WITHDRAWN) reason, as documented. */
function checkReason(state: SimState, status: CandidateStatus, reason: string): void {
  const config = configurationOf(state);
  const [kind, reasons] = status === 'REJECTED' ? ['rejection', config.rejectionReasons] : status === 'WITHDRAWN' ? ['withdrawal', config.withdrawalReasons] : [undefined, []];
  if (!kind) throw new SimError(400, 'INVALID_FIELD', `reason: only a REJECTED or WITHDRAWN status takes a reason, got status ${status}`);
  if (!reasons.some((r) => r.id === reason)) {
    throw new SimError(400, 'INVALID_FIELD', `reason: "${reason}" is not the id of a configured ${kind} reason (GET /configuration/${kind}-reasons)`);
  }
}

function readOnboarding(body: unknown): string {
  const f = new BodyFields(body);
  const s = f.string('onboardingStatus', { required: true, enum: ONBOARDING });
  f.done();
  return s as string;
}

function readValue(body: unknown): unknown {
  const f = new BodyFields(body);
  if (!('value' in f.body)) throw new SimError(400, 'MISSING_FIELD', 'value: is required');
  return f.body['value'];
}

// The documented response (OnboardingStatus) has one required field; an application that never
// got a status has nothing to put there, so a careful server answers 404, not 200 with a
// made-up or empty value.
function onboardingOf(status: string | undefined): SimResponse {
  if (!status) throw new SimError(404, 'NOT_FOUND', 'Onboarding status is not set');
  return ok({ onboardingStatus: status });
}

function propertiesView(values: Record<string, unknown>): Record<string, unknown> {
  const content = Object.entries(values).map(([id, value]) => ({ id, label: id, type: typeof value === 'number' ? 'NUMBER' : typeof value === 'boolean' ? 'BOOLEAN' : 'TEXT', value }));
  return { totalFound: content.length, content };
}

/**
 * GET /candidates pages by cursor only: the current reference lists `pageId` and no `offset` (only
 * the pre-2018 page had one). An `offset` would otherwise be dropped without a word and every
 * "page" would be page 1, so it is refused, naming the parameter to use.
 */
function refuseOffset(req: SimRequest): void {
  if (req.rawQuery.has('offset')) {
    throw new SimError(400, 'INVALID_FIELD', 'offset: GET /candidates does not take offset (it pages by cursor): pass the previous page\'s nextPageId as pageId');
  }
}

// The cursor holds the last index served and how many items came before the next page, so the
// documented `offset` of each page is known without counting again. Positions are indexes, so a
// walk is stable under inserts and deletes: nothing is skipped or served twice.
function encodeCandidateCursor(afterIndex: number, offset: number): string {
  return Buffer.from(`c1:${afterIndex}:${offset}`).toString('base64url');
}

function decodeCandidateCursor(token: string): { after: number; offset: number } {
  const m = /^c1:(-?\d+):(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m) throw new SimError(400, 'INVALID_FIELD', `pageId: invalid page identifier "${token}"`);
  return { after: Number(m[1]), offset: Number(m[2]) };
}

function listCandidates(state: SimState, req: SimRequest): SimResponse {
  refuseOffset(req);
  const q = req.query;
  const limit = typeof q['limit'] === 'number' ? q['limit'] : DEFAULT_PAGE_SIZE;
  const pageId = typeof q['pageId'] === 'string' ? q['pageId'] : undefined;
  const { after, offset } = pageId ? decodeCandidateCursor(pageId) : { after: -1, offset: 0 };
  const updatedAfter = typeof q['updatedAfter'] === 'string' ? Date.parse(q['updatedAfter']) : undefined;
  const jobIds = list(q['jobId']);
  for (const id of jobIds ?? []) if (!state.jobs.get(id)) throw new SimError(400, 'INVALID_FIELD', `jobId: unknown job "${id}"`);
  const filter = {
    // "Only candidates … having at least one job application are returned" (official reference).
    withApplication: true,
    ...(typeof q['q'] === 'string' ? { q: q['q'] } : {}),
    ...(list(q['status']) ? { statuses: list(q['status']) } : {}),
    ...(jobIds ? { jobIds } : {}),
    ...(updatedAfter !== undefined ? { updatedAfter } : {}),
    ...(list(q['tag']) ? { tags: list(q['tag']) } : {}),
    ...(list(q['location']) ? { locations: list(q['location']) } : {}),
  };
  const indexes = state.candidates.scan(filter, after, limit + 1);
  const page = indexes.slice(0, limit);
  const content = page.map((i) => candidateSummary(state, req.baseUrl, state.candidates.get(i)));
  const body: Record<string, unknown> = { limit, offset, totalFound: state.candidates.count(filter), content };
  const headers: Record<string, string> = {};
  if (indexes.length > limit) {
    const next = encodeCandidateCursor(page[page.length - 1] as number, offset + page.length);
    body['nextPageId'] = next;
    headers['Link'] = `<${nextPageUrl(req.baseUrl, req.path, req.rawQuery, 'pageId', next)}>; rel="next"`;
  }
  return { status: 200, body, headers };
}
