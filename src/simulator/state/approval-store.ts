import { SeededRandom, mix, uuidFrom } from '../core/seeded-random.js';
import { SimError } from '../core/sim-error.js';
import { offerPath, offersOf, type OfferRecord, type OfferStatus } from './offer-store.js';
import type { SimState } from './sim-state.js';
import { companionOf } from './companion-of.js';
import { updateJob } from './job-mutations.js';

export type ApprovalStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'ABANDONED';
export type ApprovalType = 'OFFER' | 'JOB';
export type ApprovalDecisionValue = 'APPROVED' | 'REJECTED';

export interface ApprovalDecision {
  readonly decision: ApprovalDecisionValue;
  readonly userId: string;
  readonly comment?: string;
  readonly reasonId?: string;
  readonly decidedOn: number;
}

export interface ApprovalComment {
  readonly id: string;
  readonly text: string;
  readonly authorId: string;
  readonly date: number;
}

export interface ApprovalRecord {
  readonly id: string;
  readonly type: ApprovalType;
  /** The job or offer the request is about (the PP hint's `baseId`). */
  readonly baseId: string;
  readonly jobId: string;
  readonly candidateId?: string;
  status: ApprovalStatus;
  readonly requesterId: string;
  readonly approvers: readonly string[];
  readonly createdOn: number;
  updatedOn: number;
  decision?: ApprovalDecision;
  readonly comments: ApprovalComment[];
  /** A headcount change (PATCH /jobs/{id}/headcount) that applies to the job once approved. */
  readonly headcount?: HeadcountChange;
}

/** HeadcountPatchRequest as the request carries it: new positions to open and/or a new salary range. */
export interface HeadcountChange {
  readonly positions?: readonly Record<string, unknown>[];
  readonly salaryRange?: { min: number; max: number; currency: string };
}

export interface NewApproval {
  readonly type: ApprovalType;
  readonly baseId: string;
  readonly requesterId: string;
  readonly approvers: readonly string[];
  readonly headcount?: HeadcountChange;
}

const DAY = 86_400_000;
const OFFER_APPROVAL: Partial<Record<OfferStatus, ApprovalStatus>> = {
  PENDING_APPROVAL: 'PENDING', APPROVED: 'APPROVED', NOT_APPROVED: 'REJECTED', PENDING_ACCEPTANCE: 'APPROVED', ACCEPTED: 'APPROVED',
};

/**
 * Approval requests for offers and jobs. Deciding moves a PENDING request to APPROVED or REJECTED
 * exactly once; an offer's status follows its request (PENDING_APPROVAL → APPROVED / NOT_APPROVED).
 */
export class ApprovalStore {
  /** Oldest first, so cursor pages of pending requests stay stable while new ones arrive. */
  readonly list: ApprovalRecord[] = [];
  private readonly byId = new Map<string, ApprovalRecord>();
  private counter = 0;

  constructor(private readonly state: SimState) {
    const seed = state.seedOptions.seed;
    const users = state.users.list.map((u) => u.id);
    if (users.length === 0) return;
    for (const offer of [...offersOf(state).list].reverse()) {
      const status = OFFER_APPROVAL[offer.status];
      if (!status) continue;
      const r = new SeededRandom(mix(seed, offer.createdOn >>> 0, 611));
      this.seed('OFFER', offer.id, offer.jobId, offer.candidateId, status, offer.createdOn + 3600_000, r, users);
    }
    state.jobs.list.forEach((job, i) => {
      // Only the seeded history: jobs created through the API before this store existed have none.
      if (job.createdOn >= state.anchor) return;
      const r = new SeededRandom(mix(seed, i, 612));
      // Jobs still CREATED wait for approval before sourcing; a share of the others went through one.
      if (job.status === 'CREATED') this.seed('JOB', job.id, job.id, undefined, 'PENDING', job.createdOn + DAY, r, users);
      else if (r.next() < 0.3) this.seed('JOB', job.id, job.id, undefined, 'APPROVED', job.createdOn + DAY, r, users);
    });
  }

  get(id: string): ApprovalRecord | undefined {
    return this.byId.get(id);
  }

  /** The most recent request about a job or an offer. */
  latestFor(baseId: string): ApprovalRecord | undefined {
    let latest: ApprovalRecord | undefined;
    for (const a of this.list) if (a.baseId === baseId && (!latest || a.createdOn >= latest.createdOn)) latest = a;
    return latest;
  }

  /** Opens a request; the caller has checked that the job or offer exists. 409 when one is already pending. */
  create(input: NewApproval): ApprovalRecord {
    const pending = this.list.find((a) => a.baseId === input.baseId && a.status === 'PENDING');
    if (pending) throw new SimError(409, 'APPROVAL_ALREADY_PENDING', `baseId: ${input.type.toLowerCase()} ${input.baseId} already has a pending approval request (${pending.id})`);
    const offer = input.type === 'OFFER' ? offersOf(this.state).get(input.baseId) : undefined;
    if (offer && !['CREATED', 'APPROVED', 'NOT_APPROVED'].includes(offer.status)) {
      throw new SimError(409, 'OFFER_NOT_APPROVABLE', `baseId: offer ${offer.id} is ${offer.status}; approval can be requested only for a CREATED, APPROVED or NOT_APPROVED offer`);
    }
    const now = this.state.now();
    const a: ApprovalRecord = {
      id: this.newId(now), type: input.type, baseId: input.baseId, jobId: offer ? offer.jobId : input.baseId, ...(offer ? { candidateId: offer.candidateId } : {}),
      status: 'PENDING', requesterId: input.requesterId, approvers: input.approvers, createdOn: now, updatedOn: now, comments: [],
      ...(input.headcount ? { headcount: input.headcount } : {}),
    };
    this.add(a);
    this.announce(a, 'created');
    if (offer) offersOf(this.state).setStatus(offer, 'PENDING_APPROVAL');
    return a;
  }

  /** Records the one decision a request takes; 409 naming the current status when already decided. */
  decide(a: ApprovalRecord, decision: ApprovalDecisionValue, userId: string, comment?: string, reasonId?: string): void {
    if (a.status !== 'PENDING') {
      throw new SimError(409, 'APPROVAL_ALREADY_DECIDED', `approval request ${a.id} is already ${a.status}; only a PENDING request can be approved or rejected`);
    }
    const now = this.state.now();
    a.status = decision;
    a.updatedOn = now;
    a.decision = { decision, userId, decidedOn: now, ...(comment !== undefined ? { comment } : {}), ...(reasonId !== undefined ? { reasonId } : {}) };
    if (comment) this.comment(a, comment, userId);
    this.announce(a, decision === 'APPROVED' ? 'approved' : 'rejected');
    if (decision === 'APPROVED' && a.headcount) this.applyHeadcount(a, a.headcount);
    const offer = this.offerOf(a);
    if (offer && offer.status === 'PENDING_APPROVAL') offersOf(this.state).setStatus(offer, decision === 'APPROVED' ? 'APPROVED' : 'NOT_APPROVED');
  }

  comment(a: ApprovalRecord, text: string, authorId: string): ApprovalComment {
    const now = this.state.now();
    const c: ApprovalComment = { id: this.newId(now), text, authorId, date: now };
    a.comments.push(c);
    a.updatedOn = now;
    this.announce(a, 'comment.created');
    return c;
  }

  /** An approved headcount change opens its positions and sets the job's salary range (its compensation). */
  private applyHeadcount(a: ApprovalRecord, change: HeadcountChange): void {
    const job = this.state.jobs.get(a.jobId);
    if (!job) return;
    for (const p of change.positions ?? []) {
      const position: Record<string, unknown> = { ...structuredClone(p), status: 'OPEN' };
      job.positions.push(position);
      this.state.emit('position.created', { job_id: job.id, position_id: String(position['id']) }, `/jobs/${job.id}/positions/${String(position['id'])}`);
    }
    if (change.salaryRange) updateJob(this.state, job, { compensation: { ...change.salaryRange } });
  }

  private offerOf(a: ApprovalRecord): OfferRecord | undefined {
    return a.type === 'OFFER' ? offersOf(this.state).get(a.baseId) : undefined;
  }

  private announce(a: ApprovalRecord, what: string): void {
    const offer = this.offerOf(a);
    if (offer) {
      this.state.emit(`offer.approval.${what}`, { approval_id: a.id, job_id: offer.jobId, candidate_id: offer.candidateId, offer_id: offer.id }, offerPath(offer));
    } else if (a.type === 'JOB') {
      this.state.emit(`job.approval.${what}`, { approval_id: a.id, job_id: a.jobId }, `/jobs/${a.jobId}`);
    }
  }

  private seed(type: ApprovalType, baseId: string, jobId: string, candidateId: string | undefined, status: ApprovalStatus, createdOn: number, r: SeededRandom, users: string[]): void {
    const approvers = [users[r.int(users.length)]!];
    if (r.next() < 0.4) approvers.push(users[r.int(users.length)]!);
    const at = Math.min(createdOn, this.state.anchor - 1000);
    const a: ApprovalRecord = {
      id: this.newId(at), type, baseId, jobId, ...(candidateId ? { candidateId } : {}), status, requesterId: users[r.int(users.length)]!,
      approvers: [...new Set(approvers)], createdOn: at, updatedOn: at, comments: [],
    };
    if (status === 'APPROVED' || status === 'REJECTED') {
      const decidedOn = Math.min(this.state.anchor - 1000, at + r.int(2 * DAY));
      a.decision = { decision: status, userId: a.approvers[0]!, decidedOn };
      a.updatedOn = decidedOn;
    }
    this.add(a);
  }

  private add(a: ApprovalRecord): void {
    this.list.push(a);
    this.byId.set(a.id, a);
  }

  private newId(at: number): string {
    const n = ++this.counter;
    return uuidFrom(mix(this.state.seedOptions.seed, 613, n), mix(n, 614), at >>> 0, n);
  }
}

// Keyed on the CandidateStore that SimState.reseed replaces, as the offers it refers to are.
/** The approval requests of the state's current seed (created on first use). */
export const approvalsOf = companionOf((state) => state.candidates, (state): ApprovalStore => new ApprovalStore(state));
