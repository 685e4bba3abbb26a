import type { ActionClient } from '../../../actions/index.js';
import type { Scorecard, ScorecardCreateInput } from '../../ats/scorecard.js';
import { fromScorecardCreateInput } from '../../smartrecruiters/from-scorecard-input.js';
import { scorecards } from '../resources/scorecards.js';
import { badField, UnifiedError } from '../unified-error.js';
import { readOp } from '../upstream.js';
import { writeOp } from './write-op.js';

/** Creates a review of an application (checked to exist first) and answers it as a Scorecard. */
export async function createScorecard(client: ActionClient, input: ScorecardCreateInput, signal?: AbortSignal): Promise<Scorecard> {
  const body = fromScorecardCreateInput(input);
  if (!body) throw badField('application_id', 'an application id is `candidate_id:job_id`');
  try {
    await readOp(client, 'candidates.getApplication', { pathParams: { id: String(body.candidateId), jobId: String(body.jobId) }, signal }, 'application', input.application_id);
  } catch (err) {
    if (err instanceof UnifiedError && err.status === 404) throw badField('application_id', `no application ${JSON.stringify(input.application_id)}`, 'unknown_application');
    throw err;
  }
  if (input.interviewer_id) {
    const interviewer = input.interviewer_id;
    await readOp(client, 'users-api/users.get', { pathParams: { id: interviewer }, signal }, 'user', interviewer).catch((err: unknown) => {
      if (err instanceof UnifiedError && err.status === 404) throw badField('interviewer_id', `no user ${JSON.stringify(interviewer)}`, 'unknown_user');
      throw err;
    });
  }
  const created = await writeOp<{ id?: unknown }>(client, 'reviews.create', { body, signal });
  return scorecards.get(client, String(created.id), { includeRemoteData: false, ...(signal ? { signal } : {}) });
}
