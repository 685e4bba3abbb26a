import type { ApplicationRecord, CandidateRecord } from '../../state/candidate-record.js';
import type { SimState } from '../../state/sim-state.js';
import { configurationOf } from '../../state/configuration-store.js';

const iso = (ms: number) => new Date(ms).toISOString();
const action = (url: string, method = 'GET') => ({ url, method });

/**
 * A rejection or withdrawal reason as the docs show it: the configured reason's id and its
 * configured label (GET /configuration/rejection-reasons, /withdrawal-reasons). A reason id the
 * configuration no longer has keeps its id as label rather than vanishing.
 */
function reasonFields(state: SimState, a: ApplicationRecord): Record<string, unknown> {
  if (!a.reason) return {};
  const config = configurationOf(state);
  if (a.status === 'REJECTED') return { reasonOfRejection: { id: a.reason, label: config.rejectionReasons.find((r) => r.id === a.reason)?.label ?? a.reason } };
  if (a.status === 'WITHDRAWN') return { reasonOfWithdrawal: { id: a.reason, label: config.withdrawalReasons.find((r) => r.id === a.reason)?.label ?? a.reason } };
  return {};
}

/** `CandidatePrimaryAssignment` (list items): the job, status and sub-status. */
function assignment(state: SimState, base: string, a: ApplicationRecord): Record<string, unknown> {
  const job = state.jobs.get(a.jobId);
  return {
    job: { id: a.jobId, title: job?.title ?? '', actions: { details: action(`${base}/jobs/${a.jobId}`) } },
    status: a.status,
    ...(a.subStatus ? { subStatus: a.subStatus } : {}),
  };
}

/** `Assignment` (candidate details): everything about the application to one job. */
function fullAssignment(state: SimState, base: string, c: CandidateRecord, a: ApplicationRecord): Record<string, unknown> {
  const job = state.jobs.get(a.jobId);
  return {
    status: a.status,
    ...(a.subStatus ? { subStatus: a.subStatus } : {}),
    ...(a.startsOn ? { startsOn: a.startsOn } : {}),
    source: a.source.sourceId,
    ...reasonFields(state, a),
    actions: { sourceDetails: action(`${base}/candidates/${c.id}/jobs/${a.jobId}/source`) },
    job: {
      id: a.jobId,
      title: job?.title ?? '',
      actions: { details: action(`${base}/jobs/${a.jobId}`), positionDetails: action(`${base}/jobs/${a.jobId}/positions`) },
    },
  };
}

/** The `Candidate` list item (GET /candidates). */
export function candidateSummary(state: SimState, base: string, c: CandidateRecord): Record<string, unknown> {
  const [primary, ...secondary] = c.applications;
  return {
    id: c.id,
    internal: c.internal,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    createdOn: iso(c.createdOn),
    updatedOn: iso(c.updatedOn),
    location: c.location,
    averageRating: c.averageRating,
    tags: c.tags,
    consent: { status: c.consentStatus },
    ...(primary ? { primaryAssignment: assignment(state, base, primary) } : {}),
    secondaryAssignments: secondary.map((a) => assignment(state, base, a)),
    actions: { details: action(`${base}/candidates/${c.id}`), properties: action(`${base}/candidates/${c.id}/properties`) },
  };
}

/** The application as a job-context view (`Application`, GET /candidates/{id}/jobs/{jobId}). */
export function applicationView(state: SimState, base: string, c: CandidateRecord, a: ApplicationRecord): Record<string, unknown> {
  return {
    id: state.applicationId(c.id, a.jobId),
    job: { id: a.jobId, title: state.jobs.get(a.jobId)?.title ?? '' },
    status: a.status,
    ...(a.subStatus ? { subStatus: a.subStatus } : {}),
    ...(a.startsOn ? { startsOn: a.startsOn } : {}),
    source: a.source.sourceId,
    sourceDetails: a.source,
    ...reasonFields(state, a),
    ...(a.onboardingStatus ? { onboardingStatus: a.onboardingStatus } : {}),
    createdOn: iso(a.createdOn),
    actions: { sourceDetails: action(`${base}/candidates/${c.id}/jobs/${a.jobId}/source`) },
    url: `${base}/candidates/${c.id}/jobs/${a.jobId}`,
  };
}

/** `CandidateDetails` (GET /candidates/{id}). */
export function candidateDetails(state: SimState, base: string, c: CandidateRecord): Record<string, unknown> {
  const summary = candidateSummary(state, base, c);
  const [primary, ...secondary] = c.applications;
  const full = (a: ApplicationRecord) => fullAssignment(state, base, c, a);
  return {
    ...summary,
    phoneNumber: c.phoneNumber,
    web: c.web,
    education: c.education,
    experience: c.experience,
    ...(primary ? { primaryAssignment: full(primary) } : {}),
    secondaryAssignments: secondary.map(full),
    actions: {
      properties: action(`${base}/candidates/${c.id}/properties`),
      attachments: action(`${base}/candidates/${c.id}/attachments`),
      consent: action(`${base}/candidates/${c.id}/consent`),
      consents: action(`${base}/candidates/${c.id}/consents`),
    },
  };
}

/** `CandidateStatusHistoryListElem`s of one application, oldest first, each linking its candidate and job. */
export function statusHistory(base: string, c: CandidateRecord, a: ApplicationRecord): Record<string, unknown>[] {
  return a.history.map((h) => ({
    status: h.status,
    ...(h.subStatus ? { subStatus: h.subStatus } : {}),
    changedOn: iso(h.changedOn),
    actions: { candidate: action(`${base}/candidates/${c.id}`), job: action(`${base}/jobs/${a.jobId}`) },
  }));
}
