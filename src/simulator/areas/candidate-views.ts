import type { ApplicationRecord, CandidateRecord } from '../state/candidate-record.js';
import type { SimState } from '../state/sim-state.js';

const iso = (ms: number) => new Date(ms).toISOString();
const action = (url: string, method = 'GET') => ({ url, method });

function assignment(state: SimState, base: string, c: CandidateRecord, a: ApplicationRecord): Record<string, unknown> {
  const job = state.jobs.get(a.jobId);
  return {
    job: { id: a.jobId, title: job?.title ?? '', actions: { details: action(`${base}/jobs/${a.jobId}`) } },
    status: a.status,
    ...(a.subStatus ? { subStatus: a.subStatus } : {}),
    ...(a.startsOn ? { startsOn: a.startsOn } : {}),
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
    ...(primary ? { primaryAssignment: assignment(state, base, c, primary) } : {}),
    secondaryAssignments: secondary.map((a) => assignment(state, base, c, a)),
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
    ...(a.reason && a.status === 'REJECTED' ? { reasonOfRejection: { id: a.reason, label: a.reason } } : {}),
    ...(a.reason && a.status === 'WITHDRAWN' ? { reasonOfWithdrawal: { id: a.reason, label: a.reason } } : {}),
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
  const full = (a: ApplicationRecord) => ({ ...assignment(state, base, c, a), source: a.source.sourceId, actions: { sourceDetails: action(`${base}/candidates/${c.id}/jobs/${a.jobId}/source`) } });
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

export function statusHistory(a: ApplicationRecord): Record<string, unknown>[] {
  return a.history.map((h) => ({ status: h.status, ...(h.subStatus ? { subStatus: h.subStatus } : {}), changedOn: iso(h.changedOn) }));
}
