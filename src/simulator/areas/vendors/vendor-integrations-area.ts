import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import { offersOf } from '../../state/offer-store.js';
import { allPostings, findPosting, type Posting } from '../../state/postings.js';
import { RESULT_STATUSES, vendorsOf, type AssessmentOrder, type PartnerConfigRecord } from '../../state/vendor-store.js';
import type { SimState } from '../../state/sim-state.js';
import { BodyFields } from '../shared/body-fields.js';
import { iso, param, rowOf } from '../shared/extra-area-kit.js';
import { offerView } from '../hiring/offer-views.js';
import { postingSummary, postingUrl } from '../postings/posting-views.js';
import { multipartFields, requireFile } from '../shared/upload-part.js';

/** Job-board states a feed consumer reports back (not documented; the states a board's listing has). */
const FEED_STATUSES = ['RECEIVED', 'PUBLISHED', 'REJECTED', 'EXPIRED'] as const;

/**
 * An assessment order in the names of SmartRecruiters' published order example (Marketplace
 * assessment API: `createDate`, `lastUpdateDate`, `requestor`, `candidate`, `job.name`, `company`,
 * `offer.catalogId`), plus what a partner reported back (`result`, `attachments`).
 */
function orderView(state: SimState, o: AssessmentOrder): Record<string, unknown> {
  const c = state.candidates.indexOf(o.candidateId) >= 0 ? state.candidates.get(state.candidates.indexOf(o.candidateId)) : undefined;
  const job = state.jobs.get(o.jobId);
  const pkg = vendorsOf(state).packages.find((p) => p.id === o.packageId);
  const requestor = state.users.get(job?.creator.id ?? '') ?? state.users.list[0];
  const loc = job?.location ?? {};
  return {
    id: o.id,
    status: o.status,
    createDate: iso(o.createdOn),
    lastUpdateDate: iso(o.updatedOn),
    ...(requestor ? { requestor: { firstName: requestor.firstName, lastName: requestor.lastName, email: requestor.email } } : {}),
    candidate: { id: o.candidateId, ...(c ? { firstName: c.firstName, lastName: c.lastName, email: c.email, phone: c.phoneNumber } : {}) },
    job: {
      id: o.jobId,
      ...(job ? { name: job.title, ...(job.industry ? { industry: job.industry } : {}), ...(job.function ? { function: job.function } : {}), ...(job.experienceLevel ? { experienceLevel: job.experienceLevel } : {}) } : {}),
      location: { country: String(loc['countryCode'] ?? '').toUpperCase(), region: String(loc['regionCode'] ?? ''), city: String(loc['city'] ?? '') },
    },
    company: { id: state.companyId, name: state.companyName },
    offer: pkg ? { catalogId: pkg.id, name: pkg.name } : { catalogId: o.packageId },
    applicationId: o.applicationId,
    ...(o.result ? { result: { ...o.result, updatedOn: iso(o.result.updatedOn) } } : {}),
    attachments: o.attachments.map((a) => ({ id: a.id, name: a.name, contentType: a.contentType, size: a.size, createdOn: iso(a.createdOn) })),
  };
}

const configView = (c: PartnerConfigRecord) => ({ id: c.id, name: c.name, values: c.values, createdOn: iso(c.createdOn), updatedOn: iso(c.updatedOn) });

function feedView(state: SimState, base: string, p: Posting): Record<string, unknown> {
  const s = vendorsOf(state).feed.get(p.ad.postingUuid);
  return {
    ...postingSummary(state, base, p),
    postingUrl: postingUrl(state, p),
    jobAd: { sections: p.ad.sections },
    active: p.active,
    publication: s ? { status: s.status, ...(s.externalId ? { externalId: s.externalId } : {}), ...(s.url ? { url: s.url } : {}), ...(s.message ? { message: s.message } : {}), updatedOn: iso(s.updatedOn) } : { status: 'NEW' },
  };
}

/**
 * Integration vendors' side of SmartRecruiters: assessment orders and partner results, the
 * partner configuration and company set-up, partners' configs and offers, and the JSON job feed.
 * None of these bodies are documented; fields are the ones the operations' names and the SDKs
 * imply, and every write is readable afterwards.
 */
export function vendorIntegrationsArea({ state }: AreaContext): Area {
  const store = () => vendorsOf(state);
  const order = (req: SimRequest) => {
    const o = rowOf(store().orders, param(req, 'orderId'), 'Assessment order');
    if (state.candidates.indexOf(o.candidateId) < 0) throw notFound('Assessment order', o.id);
    return o;
  };
  const posting = (req: SimRequest): Posting => {
    const id = param(req, 'postingId');
    const p = findPosting(state, id);
    if (!p) throw notFound('Posting', id);
    return p;
  };

  const handlers: Record<string, Handler> = {
    'orders.getList': () => {
      const content = store().orders.list().filter((o) => state.candidates.indexOf(o.candidateId) >= 0).sort((a, b) => b.createdOn - a.createdOn).map((o) => orderView(state, o));
      // Not paged in the table; the published example's envelope (limit/offset/totalFound) describes the one page.
      return { status: 200, body: { limit: content.length, offset: 0, totalFound: content.length, content } };
    },
    getPartnerConfig: () => ({ status: 200, body: store().partnerConfiguration }),
    savePartnerConfig: (req) => {
      const f = new BodyFields(req.body);
      f.string('name', { required: true, minLength: 1 });
      f.string('description');
      const packages = f.objectArray('packages');
      f.done();
      packages?.forEach((p, i) => {
        if (typeof p['id'] !== 'string' || p['id'] === '' || typeof p['name'] !== 'string' || p['name'] === '') throw new SimError(400, 'INVALID_FIELD', `packages[${i}]: needs a non-empty id and name`);
      });
      // PUT replaces the configuration as a whole; the answer is what a later GET reads.
      store().partnerConfiguration = { ...f.body };
      return { status: 200, body: store().partnerConfiguration };
    },
    setUpIntegration: (req) => {
      const companyId = param(req, 'companyId');
      // Company ids are case-sensitive, as in the Posting API.
      if (companyId !== state.companyId) throw notFound('Company', companyId);
      const settings = new BodyFields(req.body, false).body;
      const now = state.now();
      const existing = store().integrations.get(companyId);
      const record = { settings: { ...settings }, createdOn: existing?.createdOn ?? now, updatedOn: now };
      store().integrations.set(companyId, record);
      // Set-up is idempotent: the first call creates the integration (201), later ones update it (200).
      return { status: existing ? 200 : 201, body: { companyId, enabled: true, settings: record.settings, createdOn: iso(record.createdOn), updatedOn: iso(record.updatedOn) } };
    },
    packageResultUpdate: (req) => {
      const o = order(req);
      const f = new BodyFields(req.body);
      const status = f.string('status', { required: true, enum: RESULT_STATUSES });
      const score = f.body['score'];
      if (score !== undefined && (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100)) throw new SimError(400, 'INVALID_FIELD', 'score: must be a number from 0 to 100');
      const summary = f.string('summary');
      const resultUrl = f.string('resultUrl');
      f.done();
      if (resultUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(resultUrl)) throw new SimError(400, 'INVALID_FIELD', `resultUrl: must be an http(s) URL, got "${resultUrl}"`);
      if (o.status === 'COMPLETED' || o.status === 'CANCELLED') throw new SimError(409, 'ORDER_CLOSED', `Assessment order ${o.id} is ${o.status}; its results can no longer change`);
      const now = state.now();
      o.status = status as AssessmentOrder['status'];
      o.updatedOn = now;
      o.result = { ...o.result, ...(typeof score === 'number' ? { score } : {}), ...(summary !== undefined ? { summary } : {}), ...(resultUrl !== undefined ? { resultUrl } : {}), updatedOn: now };
      return { status: 200, body: orderView(state, o) };
    },
    addAttachmentToOrder: (req) => {
      const o = order(req);
      const file = requireFile(multipartFields(req.body));
      const a = { id: store().attachmentIds.newId(), name: file.fileName, contentType: file.mimeType || 'application/octet-stream', size: file.size, createdOn: state.now() };
      o.attachments.push(a);
      o.updatedOn = a.createdOn;
      return { status: 201, body: { id: a.id, name: a.name, contentType: a.contentType, size: a.size, createdOn: iso(a.createdOn) } };
    },
    getConfigs: () => {
      const content = store().partnerConfigs.list().map(configView);
      return { status: 200, body: { totalFound: content.length, content } };
    },
    addConfig: (req) => {
      const f = new BodyFields(req.body);
      const name = f.string('name', { required: true, minLength: 1 });
      const values = f.object('values');
      f.done();
      const now = state.now();
      const c = store().partnerConfigs.add({ id: store().partnerConfigs.newId(), name: name as string, values: { ...values }, createdOn: now, updatedOn: now });
      return { status: 201, body: configView(c) };
    },
    getConfig: (req) => ({ status: 200, body: configView(rowOf(store().partnerConfigs, param(req, 'configId'), 'Config')) }),
    updateConfig: (req) => {
      const c = rowOf(store().partnerConfigs, param(req, 'configId'), 'Config');
      const f = new BodyFields(req.body);
      const name = f.string('name', { minLength: 1 });
      const values = f.object('values');
      f.done();
      if (name !== undefined) c.name = name;
      if (values !== undefined) c.values = { ...values };
      c.updatedOn = state.now();
      return { status: 200, body: configView(c) };
    },
    searchOffers: (req) => {
      const content = offersOf(state).list.filter((o) => state.candidates.indexOf(o.candidateId) >= 0).map((o) => offerView(req.baseUrl, o));
      return { status: 200, body: { totalFound: content.length, content } };
    },
    // The feed is a stream: one JSON array of every active posting, no paging.
    postingsJSONStream: (req) => ({ status: 200, body: allPostings(state).filter((p) => p.active).map((p) => feedView(state, req.baseUrl, p)) }),
    findPostingUsingJson: (req) => ({ status: 200, body: feedView(state, req.baseUrl, posting(req)) }),
    updatePostingUsingJson: (req) => {
      const p = posting(req);
      const f = new BodyFields(req.body);
      const status = f.string('status', { required: true, enum: FEED_STATUSES });
      const externalId = f.string('externalId');
      const url = f.string('url');
      const message = f.string('message');
      f.done();
      if (url !== undefined && !/^https?:\/\/[^\s]+$/.test(url)) throw new SimError(400, 'INVALID_FIELD', `url: must be an http(s) URL, got "${url}"`);
      store().feed.set(p.ad.postingUuid, { status: status as string, ...(externalId !== undefined ? { externalId } : {}), ...(url !== undefined ? { url } : {}), ...(message !== undefined ? { message } : {}), updatedOn: state.now() });
      return { status: 200, body: feedView(state, req.baseUrl, p) };
    },
  };
  return { name: 'vendor-integrations', handlers };
}
