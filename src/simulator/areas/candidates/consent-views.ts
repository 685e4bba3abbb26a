import type { CandidateRecord } from '../../state/candidate-record.js';
import { documentsOf } from '../../state/candidate-documents.js';
import type { SimState } from '../../state/sim-state.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** When a seeded candidate decided (or was asked): a stable instant after the profile was created. */
function seededInstant(c: CandidateRecord): number {
  return c.createdOn + 3_600_000;
}

/** `CandidateConsentStatus`: `date` only when consent was acquired. */
export function consentStatusView(state: SimState, c: CandidateRecord): Record<string, unknown> {
  const s = documentsOf(state).consent.get(c.id);
  return { status: c.consentStatus, ...(c.consentStatus === 'ACQUIRED' ? { date: iso(s?.decidedOn ?? seededInstant(c)) } : {}) };
}

/** The docs' `ConsentDecisionStatus` (lower case) for a candidate's consent status (`ConsentStatus`, upper case). */
const DECISION_STATUS: Record<CandidateRecord['consentStatus'], 'acquired' | 'required'> = { ACQUIRED: 'acquired', PENDING: 'required', REQUIRED: 'required' };

/**
 * `CandidateConsentDecisions` for a company on "single consent": one decision with the docs'
 * scope `Single` and status `acquired` / `declined` / `required` (enums ConsentScope and
 * ConsentDecisionStatus, spelled as documented); `decidedOn` once the candidate decided, and
 * `recentPendingRequestCreatedOn` while a request awaits an answer.
 */
export function consentDecisionsView(state: SimState, c: CandidateRecord): Record<string, unknown> {
  const s = documentsOf(state).consent.get(c.id);
  const decision: Record<string, unknown> = { status: DECISION_STATUS[c.consentStatus], scope: 'Single' };
  if (c.consentStatus === 'ACQUIRED') decision['decidedOn'] = iso(s?.decidedOn ?? seededInstant(c));
  const pending = c.consentStatus === 'PENDING' ? (s?.pendingSince ?? seededInstant(c)) : undefined;
  return { decisions: [decision], ...(pending !== undefined ? { recentPendingRequestCreatedOn: iso(pending) } : {}) };
}
