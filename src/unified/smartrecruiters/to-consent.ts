import type { Consent } from '../ats/consent.js';
import type { SrCandidateConsentDecisions, SrConsent } from '../../spec/index.js';
import { arr, base, obj, str, time, type MapOptions } from './read-wire.js';

/**
 * A candidate's consent (`GET /candidates/{id}/consent` and `…/consents`) as a unified Consent.
 * One per candidate, so its id is the candidate id.
 */
export function toConsent(candidateId: string, status: SrConsent | undefined, decisions: SrCandidateConsentDecisions | undefined, opts: MapOptions = {}): Consent {
  const list = arr(decisions?.decisions).flatMap((d) => {
    const o = obj(d);
    return o && str(o.scope) ? [{ scope: str(o.scope) as string, status: str(o.status) ?? 'unknown' }] : [];
  });
  const decided = arr(decisions?.decisions)
    .map((d) => time(obj(d)?.decidedOn))
    .filter((t): t is string => t !== null)
    .sort();
  return {
    ...base(candidateId, null, decided[decided.length - 1] ?? null, { consent: status ?? null, consents: decisions ?? null }, opts),
    candidate_id: candidateId,
    status: str(status?.status),
    decisions: list,
    requested_at: time(decisions?.recentPendingRequestCreatedOn),
  };
}
