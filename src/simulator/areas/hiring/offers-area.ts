import { paginate } from '../../core/paginate.js';
import { SimError, invalidField, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, QueryValue, SimRequest } from '../../core/types.js';
import { approvalsOf } from '../../state/approval-store.js';
import { OFFER_STATUSES, offersOf, type OfferRecord } from '../../state/offer-store.js';
import type { SimState } from '../../state/sim-state.js';
import { contentDisposition } from '../shared/attachment-files.js';
import { loadCandidate, requireApplication } from '../shared/record-lookups.js';
import { approvalView, offerDocumentBytes, offerDocumentView, offerView } from './offer-views.js';

const UNIT_MS: Record<string, number> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000, month: 30 * 86_400_000, year: 365 * 86_400_000 };

/** `age` as the docs give it ("10 days", "7 hours", "1 week"); parts may be combined ("1 week 2 days"). */
export function parseAge(text: string): number | undefined {
  const parts = text.trim().toLowerCase().split(/\s*,\s*|\s+(?=\d)/);
  let total = 0;
  for (const part of parts) {
    const m = /^(\d+)\s*(second|minute|hour|day|week|month|year)s?$/.exec(part);
    if (!m) return undefined;
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
  }
  return parts.length > 0 ? total : undefined;
}

function list(v: QueryValue | undefined): string[] {
  if (v === undefined) return [];
  // Repeated (`status=A&status=B`) and comma-separated (`status=A,B`) both name several states.
  return (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((s) => s.trim()).filter(Boolean);
}

/** The filter of `GET /offers`, or a 400 naming the parameter that is wrong. */
function offerFilter(state: SimState, req: SimRequest): (o: OfferRecord) => boolean {
  const statuses = list(req.query['status']);
  const bad = statuses.filter((s) => !(OFFER_STATUSES as readonly string[]).includes(s));
  if (bad.length > 0) throw invalidField('status', `must be one of ${OFFER_STATUSES.join(', ')}, got "${bad.join('", "')}"`);
  let after = -Infinity;
  let before = Infinity;
  const age = req.query['age'];
  if (typeof age === 'string' && age.trim() !== '') {
    const ms = parseAge(age);
    if (ms === undefined) throw invalidField('age', `must be a word-based age such as "10 days", "7 hours" or "1 week", got "${age}"`);
    // Documented: when age is given, createdAfter and createdBefore are ignored.
    after = state.now() - ms;
  } else {
    if (typeof req.query['createdAfter'] === 'string') after = Date.parse(req.query['createdAfter']);
    if (typeof req.query['createdBefore'] === 'string') before = Date.parse(req.query['createdBefore']);
    if (after > before) throw invalidField('createdBefore', 'must not be earlier than createdAfter');
  }
  const wanted = new Set(statuses);
  // createdAfter is inclusive, createdBefore exclusive, so adjacent windows never count an offer twice.
  return (o) => (wanted.size === 0 || wanted.has(o.status)) && o.createdOn >= after && o.createdOn < before && state.candidates.indexOf(o.candidateId) >= 0;
}

/** Real state behaviour for the Offers API: offers of real applications, their approvals and documents. */
export function offersArea({ state }: AreaContext): Area {
  // The candidate and job must exist and the candidate must have applied (404 naming which one).
  const applicationOffer = (req: SimRequest): OfferRecord => {
    const c = loadCandidate(state, req.params['id'] ?? '');
    const jobId = req.params['jobId'] ?? '';
    requireApplication(state, c, jobId);
    const id = req.params['offerId'] ?? '';
    const offer = offersOf(state).get(id);
    if (!offer || offer.candidateId !== c.id || offer.jobId !== jobId) throw notFound('Offer', id);
    return offer;
  };
  const anyOffer = (req: SimRequest): OfferRecord => {
    const id = req.params['offerId'] ?? '';
    const offer = offersOf(state).get(id);
    if (!offer || state.candidates.indexOf(offer.candidateId) < 0) throw notFound('Offer', id);
    return offer;
  };

  const handlers: Record<string, Handler> = {
    'candidates.offers.find': (req) => {
      const keep = offerFilter(state, req);
      return paginate(req, offersOf(state).list.filter(keep).map((o) => offerView(req.baseUrl, o)));
    },
    'candidates.offers.all': (req) => {
      const c = loadCandidate(state, req.params['id'] ?? '');
      const jobId = req.params['jobId'] ?? '';
      requireApplication(state, c, jobId);
      const content = offersOf(state).forApplication(c.id, jobId).map((o) => offerView(req.baseUrl, o));
      // Not paged in the table; the SWX example still carries limit/offset, so they describe the one page.
      return { status: 200, body: { limit: Math.max(10, content.length), offset: 0, totalFound: content.length, content } };
    },
    'candidates.offers.get': (req) => ({ status: 200, body: offerView(req.baseUrl, applicationOffer(req)) }),
    'candidates.offers.approvals.latest': (req) => {
      const offer = applicationOffer(req);
      const latest = approvalsOf(state).latestFor(offer.id);
      if (!latest) throw new SimError(404, 'NOT_FOUND', `Approval request not found for offer ${offer.id}`);
      // Body undocumented: the approval request as the Approvals API shows it, plus the
      // `approvalRequestId` name the jobs API's JobApproval model uses for the same id.
      return { status: 200, body: { approvalRequestId: latest.id, ...approvalView(req.baseUrl, latest) } };
    },
    'offers.documents.getDocumentsList': (req) => {
      const offer = anyOffer(req);
      // Only sent offers have documents; an unsent offer answers an empty list, not a 404.
      const content = offer.documents.map((d) => offerDocumentView(req.baseUrl, offer, d));
      return { status: 200, body: { totalFound: content.length, content } };
    },
    'offers.documents.getDocument': (req) => {
      const offer = anyOffer(req);
      const id = req.params['documentId'] ?? '';
      const doc = offer.documents.find((d) => d.id === id);
      if (!doc) throw notFound('Offer document', id);
      const bytes = offerDocumentBytes(offer, doc);
      return {
        status: 200,
        body: bytes,
        headers: { 'Content-Type': doc.contentType, 'Content-Disposition': contentDisposition(doc.name), 'Content-Length': String(bytes.length) },
      };
    },
  };
  return { name: 'offers', handlers };
}
