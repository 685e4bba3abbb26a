import { activePublication, type JobAdRecord, type PublicationRecord } from '../../state/job-ads.js';
import type { JobRecord } from '../../state/job-record.js';
import { slug } from '../../state/name-tables.js';
import type { SimState } from '../../state/sim-state.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** `JobAdItem`; an ad that is not live is PRIVATE (seen only inside the company). */
export function jobAdView(state: SimState, base: string, job: JobRecord, ad: JobAdRecord): Record<string, unknown> {
  const open = activePublication(ad);
  const a = (path: string, method = 'GET') => ({ url: `${base}/jobs/${job.id}${path}`, method });
  return {
    id: ad.id,
    title: ad.title,
    language: ad.language,
    jobAd: { sections: ad.sections, language: ad.language },
    createdOn: iso(ad.createdOn),
    updatedOn: iso(ad.updatedOn),
    ...(open ? { applyUrl: `https://jobs.smartrecruiters.com/${state.companyId}/${ad.postingId}-${slug(ad.title)}?oga=true` } : {}),
    postingStatus: open ? 'PUBLISHED' : 'NOT_PUBLISHED',
    default: ad.isDefault,
    actions: {
      details: a(`/jobads/${ad.id}`),
      publications: a(`/jobads/${ad.id}/postings`),
      hiringTeam: a('/hiring-team'),
      positions: a('/positions'),
      ...(open ? { applyOnWeb: { url: `https://jobs.smartrecruiters.com/${state.companyId}/${ad.postingId}`, method: 'GET' } } : {}),
    },
    creator: job.creator,
    visibility: open ? open.visibility : 'PRIVATE',
  };
}

// Where a publication appears: the company's own channels, plus free aggregators when asked for.
const INTERNAL_SOURCES = ['Career Page', 'Job Widget', 'Posting API'];
const AGGREGATORS = ['Indeed', 'LinkedIn Limited Listings', 'Glassdoor'];

/** `PublicationListItem`s of one publication span. `type` is INTERNAL or FREE (free job boards). */
export function publicationItems(p: PublicationRecord): Record<string, unknown>[] {
  const sources = [...INTERNAL_SOURCES.map((s) => [s, 'INTERNAL'] as const), ...(p.aggregators && p.visibility === 'PUBLIC' ? AGGREGATORS.map((s) => [s, 'FREE'] as const) : [])];
  return sources.map(([sourceName, type]) => ({
    sourceName,
    type,
    publishedOn: iso(p.publishedOn),
    ...(p.unpublishedOn !== undefined ? { unpublishedOn: iso(p.unpublishedOn) } : {}),
  }));
}
