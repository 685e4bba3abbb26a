import type { Scorecard } from '../ats/scorecard.js';
import type { SrScorecard } from '../../spec/index.js';
import { applicationKey, base, num, str, time, type MapOptions } from './read-wire.js';

const RECOMMENDATIONS: Record<number, Scorecard['overall_recommendation']> = { 1: 'DEFINITELY_NO', 2: 'NO', 3: 'NO_DECISION', 4: 'YES', 5: 'STRONG_YES' };

/** A SmartRecruiters review as a unified Scorecard; the 1-5 rating also reads as a recommendation. */
export function toScorecard(raw: SrScorecard, opts: MapOptions = {}): Scorecard {
  const candidateId = str(raw.candidateId) ?? '';
  const jobId = str(raw.jobId) ?? '';
  // The review list documents overallRating/reviewerId, the single review rating/authorId: read both.
  const rating = num(raw.overallRating) ?? num(raw.rating);
  return {
    ...base(str(raw.id) ?? '', raw.createdOn, raw.updatedOn, raw, opts),
    application_id: applicationKey(candidateId, jobId),
    candidate_id: candidateId,
    job_id: jobId,
    interviewer_id: str(raw.reviewerId) ?? str(raw.authorId),
    overall_rating: rating,
    overall_recommendation: rating === null ? null : (RECOMMENDATIONS[Math.round(rating)] ?? null),
    comment: str(raw.comment),
    submitted_at: time(raw.createdOn),
  };
}
