import { hashString, mix, uuidFrom } from '../core/seeded-random.js';
import type { JobRecord } from './job-record.js';
import { companionOf } from './companion-of.js';

export type Visibility = 'PUBLIC' | 'INTERNAL';
export type AdLanguage = { code: string; label: string; labelNative: string };

/** One publish → unpublish span of a job ad; open while `unpublishedOn` is absent. */
export interface PublicationRecord {
  visibility: Visibility;
  aggregators: boolean;
  publishedOn: number;
  unpublishedOn?: number;
}

export interface JobAdRecord {
  readonly id: string;
  readonly jobId: string;
  readonly isDefault: boolean;
  title: string;
  language: AdLanguage;
  sections: Record<string, unknown>;
  readonly createdOn: number;
  updatedOn: number;
  publications: PublicationRecord[];
  /** The Posting API ids of this ad's posting (one posting per ad, kept across re-publishing). */
  readonly postingId: string;
  readonly postingUuid: string;
}

const PUBLISHED = new Set(['PUBLIC', 'INTERNAL']);

/** The open publication of an ad, if it is live. */
export function activePublication(ad: JobAdRecord): PublicationRecord | undefined {
  return ad.publications.find((p) => p.unpublishedOn === undefined);
}

/**
 * Job ads per job. Each job has a default ad built from the job itself on first touch; its
 * published state follows the job's `postingStatus` (PUBLIC/INTERNAL = live), so jobs seeded as
 * published have live postings and a change made through the Jobs API shows here too.
 */
export class JobAdStore {
  private readonly byJob = new Map<string, JobAdRecord[]>();
  private counter = 0;

  constructor(private readonly seed: number) {}

  ads(job: JobRecord, now: number): JobAdRecord[] {
    let list = this.byJob.get(job.id);
    if (!list) {
      list = [this.defaultAd(job)];
      this.byJob.set(job.id, list);
    }
    this.syncDefault(job, list[0] as JobAdRecord, now);
    return list;
  }

  add(job: JobRecord, fields: { title: string; language: AdLanguage; sections: Record<string, unknown> }, now: number): JobAdRecord {
    const n = ++this.counter;
    const id = uuidFrom(hashString(job.id, this.seed), now >>> 0, mix(this.seed, n, 401), mix(this.seed, n, 402));
    const ad: JobAdRecord = { id, jobId: job.id, isDefault: false, ...fields, createdOn: now, updatedOn: now, publications: [], ...postingIds(this.seed, id) };
    this.ads(job, now).push(ad);
    return ad;
  }

  private defaultAd(job: JobRecord): JobAdRecord {
    const id = defaultJobAdId(this.seed, job.id);
    const ad: JobAdRecord = {
      id,
      jobId: job.id,
      isDefault: true,
      title: job.title,
      language: { ...job.jobAd.language },
      sections: structuredClone(job.jobAd.sections),
      createdOn: job.createdOn,
      updatedOn: job.updatedOn,
      publications: [],
      ...postingIds(this.seed, id),
    };
    if (PUBLISHED.has(job.postingStatus)) {
      const sourcing = job.statusHistory.find((h) => h.status !== 'CREATED')?.changedOn ?? job.createdOn + 86_400_000;
      ad.publications.push({ visibility: job.postingStatus as Visibility, aggregators: true, publishedOn: sourcing });
    }
    return ad;
  }

  private syncDefault(job: JobRecord, ad: JobAdRecord, now: number): void {
    const open = activePublication(ad);
    const live = PUBLISHED.has(job.postingStatus);
    if (live && !open) ad.publications.push({ visibility: job.postingStatus as Visibility, aggregators: true, publishedOn: now });
    else if (live && open && open.visibility !== job.postingStatus) open.visibility = job.postingStatus as Visibility;
    else if (!live && open) open.unpublishedOn = now;
  }
}

/** The id of a job's default ad (stable for a seed, so clients may keep it). */
export function defaultJobAdId(seed: number, jobId: string): string {
  return uuidFrom(hashString(jobId, seed), mix(seed, hashString(jobId), 403), mix(seed, 404), hashString(jobId, 405));
}

function postingIds(seed: number, adId: string): { postingId: string; postingUuid: string } {
  const h = hashString(adId, seed);
  // Posting API ids are long decimal strings; 7439… is only a plausible prefix.
  const postingId = `7439${String(h).padStart(10, '0')}${String(mix(h, 1) % 10)}`;
  return { postingId, postingUuid: uuidFrom(h, mix(seed, h, 406), mix(seed, h, 407), hashString(adId, 408)) };
}

/** The job-ad store of the state's current jobs (a reseed starts a new one). */
export const jobAdsOf = companionOf((state) => state.jobs, (state): JobAdStore => new JobAdStore(state.seedOptions.seed));
