import { SeededRandom, hashString, mix, uuidFrom } from '../core/seeded-random.js';
import type { ApplicationRecord, CandidateRecord } from './candidate-record.js';
import { candidateTail, type SimState } from './sim-state.js';
import { companionOf } from './companion-of.js';
import { PerApplicationRecords } from './per-application-records.js';
import { seededChildId } from './seeded-child-id.js';

export interface ReviewRecord {
  readonly id: string;
  readonly candidateId: string;
  readonly jobId: string;
  readonly reviewerId: string;
  overallRating: number;
  comment?: string;
  readonly createdOn: number;
  updatedOn: number;
}

const DAY = 86_400_000;
// Applications past the first screening carry reviews from the hiring team.
const REVIEW_KIND = 0x2e7;
const REVIEWED = new Set(['IN_REVIEW', 'INTERVIEW', 'OFFERED', 'HIRED', 'REJECTED']);
const COMMENTS = ['Strong fundamentals, clear communicator.', 'Good culture fit; needs more depth in system design.', 'Solid experience, salary expectations are high.', 'Not enough relevant experience for this level.', 'Excellent problem solving, would hire.'];

/**
 * Reviews (Reviews API v201910), seeded per application the first time it, or one of its reviews
 * by id, is asked for; seeded ids name their application, so reads never depend on their order.
 */
export class ReviewStore {
  private readonly records: PerApplicationRecords<ReviewRecord>;
  private counter = 0;

  constructor(private readonly state: SimState) {
    this.records = new PerApplicationRecords(state, {
      kind: REVIEW_KIND,
      applicationKey: (c, app) => `${c.id}/${app.jobId}`,
      recordKey: (r) => `${r.candidateId}/${r.jobId}`,
      seed: (c, app) => this.seed(c, app),
    });
  }

  get(id: string): ReviewRecord | undefined {
    return this.records.get(id);
  }

  /** Reviews of one application, oldest first (seeded on first use). */
  forApplication(c: CandidateRecord, app: ApplicationRecord): ReviewRecord[] {
    return this.records.forApplication(c, app);
  }

  /** A created review joins its application's seeded ones (which are still made on first use). */
  add(r: ReviewRecord): void {
    this.records.put(r);
  }

  delete(id: string): boolean {
    return this.records.delete(id);
  }

  newId(at: number): string {
    const n = ++this.counter;
    return uuidFrom(mix(this.state.seedOptions.seed, 801, n), mix(n, 802), at >>> 0, n);
  }

  private seed(c: CandidateRecord, app: ApplicationRecord): void {
    if (!REVIEWED.has(app.status)) return;
    const r = new SeededRandom(mix(this.state.seedOptions.seed, hashString(c.id + app.jobId), 803));
    const team = this.state.jobs.get(app.jobId)?.hiringTeam.map((m) => m.userId) ?? [];
    const reviewers = [...new Set(Array.from({ length: r.int(3) }, () => team[r.int(team.length)]).filter((u): u is string => u !== undefined))];
    const slot = c.applications.findIndex((a) => a.jobId === app.jobId);
    const ownerHash = hashString(c.id + app.jobId);
    let n = 0;
    for (const reviewerId of reviewers) {
      const createdOn = Math.min(this.state.anchor - DAY, app.createdOn + (1 + r.int(20)) * DAY);
      const good = app.status === 'REJECTED' ? 1 : 3;
      this.add({
        id: seededChildId(this.state.seedOptions.seed, REVIEW_KIND, ownerHash, candidateTail(c.id), slot, n++), candidateId: c.id, jobId: app.jobId, reviewerId, overallRating: good + r.int(3),
        comment: COMMENTS[r.int(COMMENTS.length)]!, createdOn, updatedOn: createdOn,
      });
    }
  }
}

// Keyed on the CandidateStore that SimState.reseed replaces, so a reset or re-seed starts afresh.
/** The review store of the state's current seed. */
export const reviewsOf = companionOf((state) => state.candidates, (state): ReviewStore => new ReviewStore(state));
