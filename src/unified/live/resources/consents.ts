import type { SrCandidate, SrCandidateConsentDecisions, SrConsent } from '../../../spec/index.js';
import { Consent } from '../../ats/consent.js';
import { toConsent } from '../../smartrecruiters/to-consent.js';
import type { UnifiedResource } from '../list-request.js';
import { readOp, upstreamPage } from '../upstream.js';
import { candidateQuery } from './candidates.js';

/**
 * One consent per candidate. The list follows the candidates list (which carries each one's
 * consent status); the decisions per scope come with get.
 */
export const consents: UnifiedResource<Consent> = {
  key: 'ats/consents',
  area: 'ats',
  path: 'consents',
  modelName: 'Consent',
  schema: Consent,
  filters: ['updated_after', 'job_id'],
  async list(client, req) {
    const page = await upstreamPage<SrCandidate>(client, 'candidates.all', candidateQuery(req.filters), { pageSize: req.limit, from: req.position as string | undefined, signal: req.signal });
    return { records: page.items.map((c) => toConsent(String(c.id), (c.consent ?? undefined) as SrConsent | undefined, undefined, { includeRemoteData: req.includeRemoteData })), next: page.next };
  },
  async get(client, id, req) {
    const status = await readOp<SrConsent>(client, 'candidates.consent.status', { pathParams: { id }, signal: req.signal }, 'candidate', id);
    const decisions = await readOp<SrCandidateConsentDecisions>(client, 'candidates.consent.decisions', { pathParams: { id }, signal: req.signal }, 'candidate', id);
    return toConsent(id, status, decisions, { includeRemoteData: req.includeRemoteData });
  },
};
