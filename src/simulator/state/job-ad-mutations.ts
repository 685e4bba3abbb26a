import { activePublication, jobAdsOf, type AdLanguage, type JobAdRecord, type Visibility } from './job-ads.js';
import { updateJob } from './job-mutations.js';
import type { JobRecord } from './job-record.js';
import type { SimState } from './sim-state.js';

export interface JobAdFields {
  title: string;
  language: AdLanguage;
  sections: Record<string, unknown>;
}

function adEvent(state: SimState, name: string, ad: JobAdRecord): void {
  state.emit(name, { job_id: ad.jobId, job_ad_id: ad.id }, `/jobs/${ad.jobId}/jobads/${ad.id}`);
}

function touch(state: SimState, ad: JobAdRecord): void {
  ad.updatedOn = Math.max(state.now(), ad.updatedOn + 1);
}

export function createJobAd(state: SimState, job: JobRecord, fields: JobAdFields): JobAdRecord {
  const ad = jobAdsOf(state).add(job, fields, state.now());
  adEvent(state, 'job.ad.created', ad);
  return ad;
}

/**
 * Replaces an ad's content. The default ad is the job's own `jobAd`, so the job follows
 * (and announces `job.updated`); as documented, a live posting keeps its content until published again.
 */
export function updateJobAd(state: SimState, job: JobRecord, ad: JobAdRecord, fields: JobAdFields): JobAdRecord {
  Object.assign(ad, fields);
  touch(state, ad);
  if (ad.isDefault) updateJob(state, job, { jobAd: { sections: structuredClone(fields.sections), language: { ...fields.language } } });
  adEvent(state, 'job.ad.updated', ad);
  return ad;
}

/**
 * Publishes (or re-publishes) an ad at once; the API answers "PENDING" but the simulator has no
 * reason to delay. The default ad's state is the job's `postingStatus`, written here directly since
 * the change is announced by `job.ad.postings.updated`, not by a job event.
 */
export function publishJobAd(state: SimState, job: JobRecord, ad: JobAdRecord, options: { visibility: Visibility; aggregators: boolean }): void {
  const now = state.now();
  const open = activePublication(ad);
  if (open) open.unpublishedOn = now;
  ad.publications.push({ visibility: options.visibility, aggregators: options.aggregators, publishedOn: now });
  if (ad.isDefault) job.postingStatus = options.visibility;
  touch(state, ad);
  adEvent(state, 'job.ad.postings.updated', ad);
}

/** Unpublishes an ad; unpublishing the default ad unpublishes every ad of the job (documented). */
export function unpublishJobAd(state: SimState, job: JobRecord, ad: JobAdRecord): void {
  const now = state.now();
  const ads = jobAdsOf(state).ads(job, now);
  const affected = ad.isDefault ? ads : [ad];
  if (ad.isDefault) job.postingStatus = 'NOT_PUBLISHED';
  for (const a of affected) {
    const open = activePublication(a);
    if (!open) continue;
    open.unpublishedOn = now;
    touch(state, a);
    adEvent(state, 'job.ad.postings.updated', a);
  }
}
