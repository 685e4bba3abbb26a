import type { SrScorecard } from '../../../spec/index.js';
import { Scorecard } from '../../ats/scorecard.js';
import { toScorecard } from '../../smartrecruiters/to-scorecard.js';
import type { UnifiedResource } from '../list-request.js';
import { after, contentOf, keysetPage, readOp } from '../upstream.js';
import { jobIdsOf } from './applications-of.js';

/** Reviews are listed per application upstream (candidateId and jobId both required), so the list needs `candidate_id`. */
export const scorecards: UnifiedResource<Scorecard> = {
  key: 'ats/scorecards',
  area: 'ats',
  path: 'scorecards',
  modelName: 'Scorecard',
  schema: Scorecard,
  filters: ['candidate_id', 'job_id', 'created_after'],
  requiredFilters: ['candidate_id'],
  async list(client, req) {
    const candidateId = req.filters.candidate_id as string;
    const out: Scorecard[] = [];
    for (const jobId of await jobIdsOf(client, candidateId, req.filters.job_id, req.signal)) {
      const data = await readOp<unknown>(client, 'reviews.getList', { query: { candidateId, jobId }, signal: req.signal }, 'application', `${candidateId}:${jobId}`);
      out.push(...contentOf<SrScorecard>(data).map((r) => toScorecard(r, { includeRemoteData: req.includeRemoteData })));
    }
    return keysetPage(out.filter((s) => after(s.created_at, req.filters.created_after)), req.position, req.limit);
  },
  async get(client, id, req) {
    return toScorecard(await readOp<SrScorecard>(client, 'reviews.get', { pathParams: { reviewId: id }, signal: req.signal }, 'scorecard', id), { includeRemoteData: req.includeRemoteData });
  },
};
