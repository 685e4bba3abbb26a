import type { ApplicationRecord, CandidateRecord, SourceDetails } from './candidate-record.js';
import type { CandidateStatus } from './name-tables.js';
import type { SimState } from './sim-state.js';

export interface CandidateInput {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string;
  location?: Record<string, unknown>;
  web?: Record<string, string>;
  tags?: string[];
  education?: Record<string, unknown>[];
  experience?: Record<string, unknown>[];
  internal?: boolean;
}

const API_SOURCE: SourceDetails = { sourceTypeId: 'API', sourceId: 'api' };

function candidatePath(c: CandidateRecord): string {
  return `/candidates/${c.id}`;
}

function applicationEvent(state: SimState, name: string, c: CandidateRecord, jobId: string): void {
  state.emit(name, { job_id: jobId, candidate_id: c.id, application_id: state.applicationId(c.id, jobId) }, `/candidates/${c.id}/jobs/${jobId}`);
}

/** Creates a candidate in the talent pool or, with `jobId`, applied to that job. */
export function createCandidate(state: SimState, input: CandidateInput, jobId?: string, source?: SourceDetails): CandidateRecord {
  const now = state.now();
  const { index, id } = state.candidates.allocate(now);
  const record: CandidateRecord = {
    index,
    id,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phoneNumber: input.phoneNumber ?? '',
    location: input.location ?? {},
    web: input.web ?? {},
    tags: input.tags ?? [],
    education: input.education ?? [],
    experience: input.experience ?? [],
    internal: input.internal ?? false,
    averageRating: 0,
    consentStatus: 'REQUIRED',
    createdOn: now,
    updatedOn: now,
    applications: [],
    properties: {},
    attachments: [],
  };
  if (jobId) record.applications.push(newApplication(jobId, now, source));
  state.candidates.put(record);
  state.emit('candidate.created', { id }, candidatePath(record));
  if (jobId) applicationEvent(state, 'application.created', record, jobId);
  return record;
}

function newApplication(jobId: string, now: number, source?: SourceDetails): ApplicationRecord {
  return { jobId, status: 'NEW', createdOn: now, history: [{ status: 'NEW', changedOn: now }], source: source ?? API_SOURCE, properties: {} };
}

/** Applies personal-information fields (PATCH /candidates/{id}) and announces the change. */
export function updateCandidate(state: SimState, c: CandidateRecord, patch: Partial<CandidateInput>): CandidateRecord {
  Object.assign(c, patch);
  touch(state, c);
  state.emit('candidate.updated', { id: c.id }, candidatePath(c));
  return c;
}

export function setTags(state: SimState, c: CandidateRecord, tags: string[]): CandidateRecord {
  c.tags = [...new Set(tags)];
  touch(state, c);
  state.emit('candidate.updated', { id: c.id }, candidatePath(c));
  return c;
}

export function deleteCandidate(state: SimState, c: CandidateRecord): void {
  state.candidates.remove(c.index);
  state.emit('candidate.deleted', { id: c.id }, candidatePath(c));
}

export function findApplication(c: CandidateRecord, jobId: string): ApplicationRecord | undefined {
  return c.applications.find((a) => a.jobId === jobId);
}

/** Moves an application to a new status and records it in the history. */
export function setApplicationStatus(
  state: SimState,
  c: CandidateRecord,
  app: ApplicationRecord,
  change: { status: CandidateStatus; subStatus?: string; reason?: string; startsOn?: string },
): ApplicationRecord {
  const now = state.now();
  app.status = change.status;
  app.subStatus = change.subStatus;
  app.reason = change.reason;
  if (change.startsOn !== undefined) app.startsOn = change.startsOn;
  app.history.push({ status: change.status, ...(change.subStatus ? { subStatus: change.subStatus } : {}), changedOn: now });
  touch(state, c);
  applicationEvent(state, 'application.status.updated', c, app.jobId);
  return app;
}

export function setOnboardingStatus(state: SimState, c: CandidateRecord, app: ApplicationRecord, status: string): void {
  app.onboardingStatus = status;
  touch(state, c);
  applicationEvent(state, 'application.onboarding-status.updated', c, app.jobId);
}

export function setApplicationSource(state: SimState, c: CandidateRecord, app: ApplicationRecord, source: SourceDetails): void {
  app.source = source;
  touch(state, c);
  applicationEvent(state, 'application.source.updated', c, app.jobId);
}

export function setApplicationProperties(state: SimState, c: CandidateRecord, app: ApplicationRecord, values: Record<string, unknown>): void {
  Object.assign(app.properties, values);
  touch(state, c);
  applicationEvent(state, 'application.fields.updated', c, app.jobId);
}

export function setCandidateProperty(state: SimState, c: CandidateRecord, propertyId: string, value: unknown): void {
  c.properties[propertyId] = value;
  touch(state, c);
  state.emit('candidate.updated', { id: c.id }, candidatePath(c));
}

export function removeApplication(state: SimState, c: CandidateRecord, jobId: string): void {
  c.applications = c.applications.filter((a) => a.jobId !== jobId);
  touch(state, c);
  state.emit('candidate.updated', { id: c.id }, candidatePath(c));
}

/** Adds an application of an existing candidate to a job (a second assignment). */
export function addApplication(state: SimState, c: CandidateRecord, jobId: string, source?: SourceDetails): ApplicationRecord {
  const app = newApplication(jobId, state.now(), source);
  c.applications.push(app);
  touch(state, c);
  applicationEvent(state, 'application.created', c, jobId);
  return app;
}

function touch(state: SimState, c: CandidateRecord): void {
  // Strictly increasing so `updatedAfter` syncs never miss a change made in the same millisecond.
  c.updatedOn = Math.max(state.now(), c.updatedOn + 1);
  state.candidates.put(c);
}
