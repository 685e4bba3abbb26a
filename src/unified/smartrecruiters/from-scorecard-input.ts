import type { ScorecardCreateInput } from '../ats/scorecard.js';
import { splitApplicationKey } from './read-wire.js';

/** The body of `POST /reviews-api/v201910/reviews`, or undefined when the application id is not one. */
export function fromScorecardCreateInput(input: ScorecardCreateInput): Record<string, unknown> | undefined {
  const key = splitApplicationKey(input.application_id);
  if (!key) return undefined;
  return {
    candidateId: key.candidateId,
    jobId: key.jobId,
    overallRating: input.overall_rating,
    ...(input.interviewer_id ? { reviewerId: input.interviewer_id } : {}),
    ...(input.comment !== undefined ? { comment: input.comment } : {}),
  };
}
