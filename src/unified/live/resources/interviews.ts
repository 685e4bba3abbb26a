import type { SrApplication, SrInterview } from '../../../spec/index.js';
import { Interview } from '../../ats/interview.js';
import { toInterview } from '../../smartrecruiters/to-interview.js';
import type { UnifiedResource } from '../list-request.js';
import { after, compact, contentOf, keysetPage, readOp } from '../upstream.js';
import { jobIdsOf } from './applications-of.js';

/**
 * Interviews are listed per application upstream (by SmartRecruiters' application UUID), so the
 * list needs `candidate_id`; `job_id` narrows it to one application.
 */
export const interviews: UnifiedResource<Interview> = {
  key: 'ats/interviews',
  area: 'ats',
  path: 'interviews',
  modelName: 'Interview',
  schema: Interview,
  filters: ['candidate_id', 'job_id', 'created_after'],
  requiredFilters: ['candidate_id'],
  async list(client, req) {
    const candidateId = req.filters.candidate_id as string;
    const out: Interview[] = [];
    for (const jobId of await jobIdsOf(client, candidateId, req.filters.job_id, req.signal)) {
      const app = await readOp<SrApplication>(client, 'candidates.getApplication', { pathParams: { id: candidateId, jobId }, signal: req.signal }, 'application', `${candidateId}:${jobId}`);
      if (typeof app.id !== 'string') continue;
      const data = await readOp<unknown>(client, 'interviews.get-list', { query: compact({ applicationId: app.id }), signal: req.signal }, 'application', `${candidateId}:${jobId}`);
      out.push(...contentOf<SrInterview>(data).map((i) => toInterview(i, { includeRemoteData: req.includeRemoteData })));
    }
    return keysetPage(out.filter((i) => after(i.created_at, req.filters.created_after)), req.position, req.limit);
  },
  async get(client, id, req) {
    return toInterview(await readOp<SrInterview>(client, 'interviews.get', { pathParams: { interviewId: id }, signal: req.signal }, 'interview', id), { includeRemoteData: req.includeRemoteData });
  },
};
