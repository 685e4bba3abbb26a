import { SeededRandom, hashString, mix, uuidFrom } from '../core/seeded-random.js';
import type { ApplicationRecord, CandidateRecord } from './candidate-record.js';
import { candidateTail, type SimState } from './sim-state.js';
import { companionOf } from './companion-of.js';
import { seededChildId, seededChildOf } from './seeded-child-id.js';

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
  private readonly byId = new Map<string, ReviewRecord>();
  private readonly byApplication = new Map<string, Set<string>>();
  private readonly seeded = new Set<string>();
  private counter = 0;

  constructor(private readonly state: SimState) {}

  get(id: string): ReviewRecord | undefined {
    if (!this.byId.has(id)) this.seedOwnerOf(id);
    const r = this.byId.get(id);
    return r && this.state.candidates.indexOf(r.candidateId) >= 0 ? r : undefined;
  }

  /** Reviews of one application, oldest first (seeded on first use). */
  forApplication(c: CandidateRecord, app: ApplicationRecord): ReviewRecord[] {
    this.ensureSeeded(c, app);
    const ids = this.byApplication.get(`${c.id}/${app.jobId}`) ?? new Set<string>();
    return [...ids].map((id) => this.byId.get(id)!).sort((a, b) => a.createdOn - b.createdOn || (a.id < b.id ? -1 : 1));
  }

  add(r: ReviewRecord): void {
    this.byId.set(r.id, r);
    const key = `${r.candidateId}/${r.jobId}`;
    let ids = this.byApplication.get(key);
    if (!ids) this.byApplication.set(key, (ids = new Set()));
    ids.add(r.id);
  }

  delete(id: string): boolean {
    const r = this.byId.get(id);
    if (r) this.byApplication.get(`${r.candidateId}/${r.jobId}`)?.delete(id);
    return this.byId.delete(id);
  }

  newId(at: number): string {
    const n = ++this.counter;
    return uuidFrom(mix(this.state.seedOptions.seed, 801, n), mix(n, 802), at >>> 0, n);
  }

  private ensureSeeded(c: CandidateRecord, app: ApplicationRecord): void {
    const key = `${c.id}/${app.jobId}`;
    if (this.seeded.has(key)) return;
    this.seeded.add(key);
    this.seed(c, app);
  }

  private seedOwnerOf(id: string): void {
    const owner = seededChildOf(id, REVIEW_KIND);
    if (!owner) return;
    const index = this.state.candidates.indexOfTail(owner.tail);
    if (index < 0) return;
    const c = this.state.candidates.get(index);
    const app = c.applications[owner.slot];
    if (app) this.ensureSeeded(c, app);
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
