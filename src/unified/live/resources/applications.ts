import type { ActionClient } from '../../../actions/index.js';
import type { SrApplication, SrCandidate, SrCandidateDetails, SrStatusHistoryEntry } from '../../../spec/index.js';
import { Application } from '../../ats/application.js';
import { splitApplicationKey } from '../../smartrecruiters/read-wire.js';
import { toApplication } from '../../smartrecruiters/to-application.js';
import { assignmentsOf } from '../../smartrecruiters/to-candidate.js';
import { CANDIDATE_STATUSES } from '../../smartrecruiters/to-job-stage.js';
import type { ListFilters, ListRequest, UnifiedResource } from '../list-request.js';
import { notFound } from '../unified-error.js';
import { compact, contentOf, readOp, upstreamPage } from '../upstream.js';

/** Where a walk of applications stands: the candidates page it reads, its size, and how many applications of it were served. */
interface AppPosition {
  readonly up: string | null;
  readonly size: number;
  readonly skip: number;
}

function applicationsOf(c: SrCandidate | SrCandidateDetails, f: ListFilters, includeRemoteData: boolean): Application[] {
  return assignmentsOf(c)
    .map((a) => toApplication(String(c.id), a, { includeRemoteData }))
    .filter((a) => (!f.job_id || a.job_id === f.job_id) && (!f.status || a.current_stage.status === f.status));
}

/**
 * SmartRecruiters has no list of applications: they are the assignments of each candidate. A
 * unified page is a candidates page flattened; when one candidates page holds more applications
 * than `limit`, that page is read again with fewer candidates (so the upstream cursor still marks
 * the boundary), and only a single candidate with more than `limit` applications is split by count.
 */
async function listApplications(client: ActionClient, req: ListRequest) {
  const f = req.filters;
  const include = req.includeRemoteData;
  if (f.candidate_id) {
    if (req.position !== undefined) return { records: [], next: null };
    const c = await readOp<SrCandidateDetails>(client, 'candidates.get', { pathParams: { id: f.candidate_id }, signal: req.signal }, 'candidate', f.candidate_id);
    return { records: applicationsOf(c, f, include), next: null };
  }
  const query = compact({ updatedAfter: f.updated_after, jobId: f.job_id, status: f.status });
  const pos = (req.position as AppPosition | undefined) ?? { up: null, size: req.limit, skip: 0 };
  const read = (size: number) => upstreamPage<SrCandidate>(client, 'candidates.all', query, { pageSize: size, from: pos.up ?? undefined, signal: req.signal });
  let size = pos.size;
  let page = await read(size);
  let apps = page.items.flatMap((c) => applicationsOf(c, f, include));
  if (pos.skip === 0 && apps.length > req.limit && size > 1) {
    // Fewest candidates whose applications fit, at least one.
    let fit = 0;
    let count = 0;
    for (const c of page.items) {
      const n = applicationsOf(c, f, include).length;
      if (fit > 0 && count + n > req.limit) break;
      fit++;
      count += n;
    }
    size = Math.max(1, fit);
    page = await read(size);
    apps = page.items.flatMap((c) => applicationsOf(c, f, include));
  }
  const rest = apps.slice(pos.skip);
  if (rest.length <= req.limit) {
    return { records: rest, next: page.next === null ? null : ({ up: page.next, size: req.limit, skip: 0 } satisfies AppPosition) };
  }
  return { records: rest.slice(0, req.limit), next: { up: pos.up, size, skip: pos.skip + req.limit } satisfies AppPosition };
}

export const applications: UnifiedResource<Application> = {
  key: 'ats/applications',
  area: 'ats',
  path: 'applications',
  modelName: 'Application',
  schema: Application,
  // No created_after: the application date is only in each application's details, not in the list.
  filters: ['updated_after', 'job_id', 'candidate_id', 'status'],
  statuses: CANDIDATE_STATUSES,
  list: listApplications,
  async get(client, id, req) {
    const key = splitApplicationKey(id);
    if (!key) throw notFound('application', id);
    const pathParams = { id: key.candidateId, jobId: key.jobId };
    const detail = await readOp<SrApplication>(client, 'candidates.getApplication', { pathParams, signal: req.signal }, 'application', id);
    const history = await readOp<unknown>(client, 'candidates.status.history.getForJob', { pathParams, signal: req.signal }, 'application', id);
    return toApplication(key.candidateId, {}, { detail, history: contentOf<SrStatusHistoryEntry>(history), includeRemoteData: req.includeRemoteData });
  },
};
