import type { SrHiringTeamMember, SrJob, SrJobSummary } from '../../../spec/index.js';
import { JobStatus, Job } from '../../ats/job.js';
import { toJob } from '../../smartrecruiters/to-job.js';
import type { UnifiedResource } from '../list-request.js';
import { after, compact, contentOf, readOp, upstreamPage } from '../upstream.js';

/** Unified statuses that are one SmartRecruiters status, so the filter can be sent upstream. */
const ONE_TO_ONE: Partial<Record<Job['status'], string>> = { DRAFT: 'CREATED', PENDING: 'ON_HOLD' };

/** Jobs page by SmartRecruiters' cursor (`pageId` with `sort=job_id`, the documented stable order). */
export const jobs: UnifiedResource<Job> = {
  key: 'ats/jobs',
  area: 'ats',
  path: 'jobs',
  modelName: 'Job',
  schema: Job,
  filters: ['updated_after', 'created_after', 'status'],
  statuses: JobStatus.options,
  async list(client, req) {
    const f = req.filters;
    const status = f.status as Job['status'] | undefined;
    const query = compact({ sort: 'job_id', updatedAfter: f.updated_after, status: status ? ONE_TO_ONE[status] : undefined });
    const page = await upstreamPage<SrJobSummary>(client, 'jobs.all', query, { pageSize: req.limit, from: req.position as string | undefined, signal: req.signal });
    const records = page.items.map((j) => toJob(j, { includeRemoteData: req.includeRemoteData })).filter((j) => after(j.created_at, f.created_after) && (!status || j.status === status));
    return { records, next: page.next };
  },
  async get(client, id, req) {
    const raw = await readOp<SrJob>(client, 'jobs.get', { pathParams: { jobId: id }, signal: req.signal }, 'job', id);
    const team = await readOp<unknown>(client, 'jobs.hiring-team.get', { pathParams: { jobId: id }, signal: req.signal }, 'job', id);
    return toJob(raw, { includeRemoteData: req.includeRemoteData, hiringTeam: contentOf<SrHiringTeamMember>(team) });
  },
};
