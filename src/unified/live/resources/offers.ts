import type { SrOffer } from '../../../spec/index.js';
import { Offer } from '../../ats/offer.js';
import { toOffer } from '../../smartrecruiters/to-offer.js';
import type { UnifiedResource } from '../list-request.js';
import { notFound } from '../unified-error.js';
import { after, keysetPage, upstreamAll } from '../upstream.js';

const idOf = (o: SrOffer) => (typeof o.id === 'string' ? o.id : null);

/**
 * Offers page by offset upstream, which drifts when offers are made during a walk: every unified
 * page reads the whole list (re-read when its total moved) and pages it by id, so nothing is
 * skipped or repeated. With candidate_id and job_id only that application's offers are read.
 */
export const offers: UnifiedResource<Offer> = {
  key: 'ats/offers',
  area: 'ats',
  path: 'offers',
  modelName: 'Offer',
  schema: Offer,
  filters: ['candidate_id', 'job_id', 'status', 'created_after', 'updated_after'],
  statuses: ['CREATED', 'PENDING_APPROVAL', 'APPROVED', 'NOT_APPROVED', 'PENDING_ACCEPTANCE', 'ACCEPTED', 'NOT_ACCEPTED', 'ABANDONED'],
  async list(client, req) {
    const f = req.filters;
    const one = f.candidate_id && f.job_id ? { id: f.candidate_id, jobId: f.job_id } : undefined;
    const raw = one
      ? await upstreamAll<SrOffer>(client, 'candidates.offers.all', {}, idOf, { pathParams: one, signal: req.signal })
      : await upstreamAll<SrOffer>(client, 'candidates.offers.find', {}, idOf, { signal: req.signal });
    const all = raw
      .map((o) => toOffer(o, { includeRemoteData: req.includeRemoteData, ...(one ? { candidateId: one.id, jobId: one.jobId } : {}) }))
      .filter((o) => (!f.candidate_id || o.candidate_id === f.candidate_id) && (!f.job_id || o.job_id === f.job_id) && (!f.status || o.status === f.status) && after(o.created_at, f.created_after) && after(o.updated_at, f.updated_after));
    return keysetPage(all, req.position, req.limit);
  },
  async get(client, id, req) {
    // SmartRecruiters reads one offer by candidate and job; by its id alone, the list is searched.
    const found = (await upstreamAll<SrOffer>(client, 'candidates.offers.find', {}, idOf, { signal: req.signal })).find((o) => o.id === id);
    if (!found) throw notFound('offer', id);
    return toOffer(found, { includeRemoteData: req.includeRemoteData });
  },
};
