import { requireJob } from '../shared/record-lookups.js';
import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest, SimResponse } from '../../core/types.js';
import { createJobAd, publishJobAd, unpublishJobAd, updateJobAd, type JobAdFields } from '../../state/job-ad-mutations.js';
import { jobAdsOf, type AdLanguage, type JobAdRecord, type Visibility } from '../../state/job-ads.js';
import type { JobRecord } from '../../state/job-record.js';
import { BodyFields } from '../shared/body-fields.js';
import { jobAdView, publicationItems } from './job-ad-views.js';

const LANGUAGES: Record<string, [string, string]> = {
  en: ['English', 'English (US)'], 'en-gb': ['English (UK)', 'English (UK)'], fr: ['French', 'Français'], de: ['German', 'Deutsch'],
  es: ['Spanish', 'Español'], pl: ['Polish', 'Polski'], it: ['Italian', 'Italiano'], nl: ['Dutch', 'Nederlands'], 'pt-br': ['Portuguese (Brazil)', 'Português (Brasil)'],
};
const SECTIONS = ['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation', 'videos'];

function language(value: unknown, field: string, fallback: AdLanguage): AdLanguage {
  if (value === undefined || value === null) return fallback;
  const code = typeof value === 'string' ? value : typeof value === 'object' ? (value as Record<string, unknown>)['code'] : undefined;
  if (typeof code !== 'string' || !/^[a-z]{2}(-[a-z]{2})?$/i.test(code)) throw new SimError(400, 'INVALID_FIELD', `${field}: must be a language code like "en" or {code}, got ${JSON.stringify(value)}`);
  const known = LANGUAGES[code.toLowerCase()];
  if (!known) throw new SimError(400, 'INVALID_FIELD', `${field}: unsupported language "${code}" (supported: ${Object.keys(LANGUAGES).join(', ')})`);
  return { code, label: known[0], labelNative: known[1] };
}

function sections(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new SimError(400, 'INVALID_FIELD', 'jobAd.sections: must be an object');
  for (const [k, v] of Object.entries(value)) {
    if (!SECTIONS.includes(k)) throw new SimError(400, 'INVALID_FIELD', `jobAd.sections.${k}: unknown section (one of ${SECTIONS.join(', ')})`);
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new SimError(400, 'INVALID_FIELD', `jobAd.sections.${k}: must be an object`);
    const s = v as Record<string, unknown>;
    for (const f of ['title', 'text']) if (s[f] !== undefined && typeof s[f] !== 'string') throw new SimError(400, 'INVALID_FIELD', `jobAd.sections.${k}.${f}: must be a string`);
    if (s['urls'] !== undefined && (!Array.isArray(s['urls']) || s['urls'].some((u) => typeof u !== 'string'))) throw new SimError(400, 'INVALID_FIELD', `jobAd.sections.${k}.urls: must be an array of strings`);
  }
  return structuredClone(value as Record<string, unknown>);
}

/** `JobAdContent`: `title` required; `language` as a code or `{code}`; `jobAd.sections`. */
function readJobAd(body: unknown, job: JobRecord): JobAdFields {
  const f = new BodyFields(body);
  const title = f.string('title', { required: true, minLength: 1 });
  const jobAd = f.object('jobAd');
  f.done();
  const lang = language(f.body['language'] ?? jobAd?.['language'], f.body['language'] !== undefined ? 'language' : 'jobAd.language', job.jobAd.language);
  return { title: title as string, language: lang, sections: sections(jobAd?.['sections']) };
}

/** `Publication`: optional `visibility` (PUBLIC default) and `aggregators` (true or a list = yes). */
function readPublication(body: unknown): { visibility: Visibility; aggregators: boolean } {
  const f = new BodyFields(body, false);
  const visibility = (f.string('visibility', { enum: ['PUBLIC', 'INTERNAL'] }) ?? 'PUBLIC') as Visibility;
  f.done();
  const agg = f.body['aggregators'];
  if (agg !== undefined && agg !== null && typeof agg !== 'boolean' && !(Array.isArray(agg) && agg.every((a) => typeof a === 'string'))) {
    throw new SimError(400, 'INVALID_FIELD', 'aggregators: must be true/false or a list of aggregator names');
  }
  return { visibility, aggregators: agg === undefined || agg === null ? true : Array.isArray(agg) ? agg.length > 0 : agg };
}

function publications(req: SimRequest, ads: JobAdRecord[]): SimResponse {
  const activeOnly = req.query['activeOnly'] !== false;
  const content = ads.flatMap((ad) => ad.publications.filter((p) => !activeOnly || p.unpublishedOn === undefined).flatMap(publicationItems));
  return { status: 200, body: { totalFound: content.length, content } };
}

/**
 * Job ads and their publication: create/update ads, publish and unpublish into the Posting API.
 * Status codes are not documented: publishing creates a publication (201, with the SDK's
 * `JobAdPublicationScheduled` body), unpublishing answers the SDK's `JobAdUnpublishScheduled` (200),
 * and `DELETE /jobs/{id}/publication`, which declares no body, answers 204.
 */
export function jobAdsArea({ state }: AreaContext): Area {
  const job = (req: SimRequest): JobRecord => requireJob(state, req.params['jobId'] ?? '');
  const ads = (j: JobRecord) => jobAdsOf(state).ads(j, state.now());
  const ad = (req: SimRequest, j: JobRecord): JobAdRecord => {
    const id = req.params['jobAdId'] ?? '';
    const found = ads(j).find((a) => a.id === id);
    if (!found) throw notFound('Job ad', id);
    return found;
  };
  const view = (req: SimRequest, j: JobRecord, a: JobAdRecord) => jobAdView(state, req.baseUrl, j, a);

  const handlers: Record<string, Handler> = {
    'jobs.jobads.all': (req) => {
      const j = job(req);
      const content = ads(j).map((a) => view(req, j, a));
      return { status: 200, body: { totalFound: content.length, content } };
    },
    'jobs.jobads.get': (req) => {
      const j = job(req);
      return { status: 200, body: view(req, j, ad(req, j)) };
    },
    'jobs.jobads.create': (req) => {
      const j = job(req);
      return { status: 201, body: view(req, j, createJobAd(state, j, readJobAd(req.body, j))) };
    },
    'jobs.jobads.update': (req) => {
      const j = job(req);
      const a = ad(req, j);
      return { status: 200, body: view(req, j, updateJobAd(state, j, a, readJobAd(req.body, j))) };
    },
    'jobs.jobads.postings.create': (req) => {
      const j = job(req);
      const a = ad(req, j);
      publishJobAd(state, j, a, readPublication(req.body));
      return { status: 201, body: { postingStatus: 'PENDING' } };
    },
    'jobs.jobads.postings.unpublish': (req) => {
      const j = job(req);
      unpublishJobAd(state, j, ad(req, j));
      return { status: 200, body: { unpostingStatus: 'PENDING' } };
    },
    'jobs.jobads.postings.all': (req) => {
      const j = job(req);
      return publications(req, [ad(req, j)]);
    },
    'jobs.publication.create': (req) => {
      const j = job(req);
      publishJobAd(state, j, ads(j)[0] as JobAdRecord, readPublication(req.body));
      // Documented with no response body (unlike publishing one ad, which answers {postingStatus}).
      return { status: 204 };
    },
    'jobs.publication.unpublish': (req) => {
      const j = job(req);
      unpublishJobAd(state, j, ads(j)[0] as JobAdRecord);
      return { status: 204 };
    },
    'jobs.publication.all': (req) => publications(req, ads(job(req))),
  };
  return { name: 'job-ads', handlers };
}
