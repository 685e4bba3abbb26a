import type { SrCandidate, SrCandidateDetails, SrCandidateProperty } from '../../../spec/index.js';
import { Candidate } from '../../ats/candidate.js';
import { toCandidate } from '../../smartrecruiters/to-candidate.js';
import { CANDIDATE_STATUSES } from '../../smartrecruiters/to-job-stage.js';
import type { ListFilters, UnifiedResource } from '../list-request.js';
import { after, compact, contentOf, readOp, upstreamPage } from '../upstream.js';

/** The candidates list query for unified filters SmartRecruiters can apply itself. */
export function candidateQuery(f: ListFilters) {
  return compact({ updatedAfter: f.updated_after, jobId: f.job_id, status: f.status });
}

function emailMatches(c: { email_addresses: { value: string }[] }, email: string | undefined): boolean {
  return email === undefined || c.email_addresses.some((e) => e.value.toLowerCase() === email.toLowerCase());
}

/**
 * Candidates page by SmartRecruiters' cursor (`pageId`), one upstream page per unified page, so
 * inserts and deletes during a walk never skip or repeat one. `created_after` and `email` are
 * applied to each page (SmartRecruiters cannot), so a page may hold fewer than `limit`.
 */
export const candidates: UnifiedResource<Candidate> = {
  key: 'ats/candidates',
  area: 'ats',
  path: 'candidates',
  modelName: 'Candidate',
  schema: Candidate,
  filters: ['updated_after', 'created_after', 'job_id', 'status', 'email'],
  statuses: CANDIDATE_STATUSES,
  async list(client, req) {
    const page = await upstreamPage<SrCandidate>(client, 'candidates.all', candidateQuery(req.filters), { pageSize: req.limit, from: req.position as string | undefined, signal: req.signal });
    const records = page.items
      .map((c) => toCandidate(c, { includeRemoteData: req.includeRemoteData }))
      .filter((c) => after(c.created_at, req.filters.created_after) && emailMatches(c, req.filters.email));
    return { records, next: page.next };
  },
  async get(client, id, req) {
    const raw = await readOp<SrCandidateDetails>(client, 'candidates.get', { pathParams: { id }, signal: req.signal }, 'candidate', id);
    const props = await readOp<unknown>(client, 'candidates.properties.get', { pathParams: { id }, signal: req.signal }, 'candidate', id);
    return toCandidate(raw, { includeRemoteData: req.includeRemoteData, properties: contentOf<SrCandidateProperty>(props) });
  },
};
