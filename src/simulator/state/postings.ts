import { activePublication, jobAdsOf, type JobAdRecord, type PublicationRecord } from './job-ads.js';
import type { JobRecord } from './job-record.js';
import type { SimState } from './sim-state.js';

/** A job ad as the Posting and Application APIs see it: published now, or published before. */
export interface Posting {
  readonly job: JobRecord;
  readonly ad: JobAdRecord;
  /** The open publication, or the last one when the ad has been unpublished. */
  readonly publication: PublicationRecord;
  readonly active: boolean;
}

function postingOf(job: JobRecord, ad: JobAdRecord): Posting | undefined {
  const open = activePublication(ad);
  const publication = open ?? ad.publications[ad.publications.length - 1];
  return publication ? { job, ad, publication, active: open !== undefined } : undefined;
}

/** Every ad that was ever published, newest release first. */
export function allPostings(state: SimState): Posting[] {
  const store = jobAdsOf(state);
  const now = state.now();
  const out: Posting[] = [];
  for (const job of state.jobs.list) {
    for (const ad of store.ads(job, now)) {
      const p = postingOf(job, ad);
      if (p) out.push(p);
    }
  }
  return out.sort((a, b) => b.publication.publishedOn - a.publication.publishedOn || a.ad.postingId.localeCompare(b.ad.postingId));
}

/** The posting with this Posting API id or UUID (both are accepted, as documented). */
export function findPosting(state: SimState, idOrUuid: string): Posting | undefined {
  const key = idOrUuid.toLowerCase();
  return allPostings(state).find((p) => p.ad.postingId === key || p.ad.postingUuid === key);
}
