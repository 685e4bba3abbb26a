import type { ActionClient } from '../../../actions/index.js';
import type { SrCandidateDetails } from '../../../spec/index.js';
import { assignmentsOf } from '../../smartrecruiters/to-candidate.js';
import { readOp } from '../upstream.js';

/** The job ids a candidate applied to (all, or just `jobId` when the candidate applied to it). */
export async function jobIdsOf(client: ActionClient, candidateId: string, jobId: string | undefined, signal: AbortSignal | undefined): Promise<string[]> {
  const c = await readOp<SrCandidateDetails>(client, 'candidates.get', { pathParams: { id: candidateId }, signal }, 'candidate', candidateId);
  const ids = assignmentsOf(c).flatMap((a) => {
    const id = (a.job as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? [id] : [];
  });
  return jobId ? ids.filter((id) => id === jobId) : ids;
}
