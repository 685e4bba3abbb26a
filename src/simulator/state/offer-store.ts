import { SeededRandom, mix, uuidFrom } from '../core/seeded-random.js';
import { OFFER_PROPERTY_SEED } from './configuration-seed.js';
import type { ApplicationRecord, CandidateRecord } from './candidate-record.js';
import type { SimState } from './sim-state.js';
import { companionOf } from './companion-of.js';

export const OFFER_STATUSES = ['CREATED', 'PENDING_APPROVAL', 'APPROVED', 'NOT_APPROVED', 'PENDING_ACCEPTANCE', 'ACCEPTED', 'NOT_ACCEPTED', 'ABANDONED'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Offers in these states were sent to the candidate, so they carry the documents that went out. */
const SENT: ReadonlySet<OfferStatus> = new Set(['PENDING_ACCEPTANCE', 'ACCEPTED', 'NOT_ACCEPTED']);
const DAY = 86_400_000;
// Examining every candidate of a million-record company would materialise them all; a spread
// sample of at most this many candidates gives a realistic offer list at any size.
const MAX_SAMPLED_CANDIDATES = 4000;
const OFFER_STAGES = ['OFFERED', 'HIRED'] as const;

export interface OfferDocument {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly createdOn: number;
}

export interface OfferRecord {
  readonly id: string;
  readonly candidateId: string;
  readonly jobId: string;
  status: OfferStatus;
  readonly createdOn: number;
  updatedOn: number;
  properties: Record<string, string>;
  documents: OfferDocument[];
}

/** The offers of one seed: sampled from candidates whose applications reached OFFERED or HIRED. */
export class OfferStore {
  /** Newest first, the order `GET /offers` answers in. */
  readonly list: OfferRecord[] = [];
  private readonly byId = new Map<string, OfferRecord>();
  private counter = 0;

  constructor(private readonly state: SimState) {
    const store = state.candidates;
    const stride = Math.max(1, Math.ceil(store.size / MAX_SAMPLED_CANDIDATES));
    for (let i = 0; i < store.size; i += stride) {
      // Only OFFERED and HIRED applications carry offers; skipping the rest spares building records.
      if (!store.isLive(i) || !store.hasApplicationIn(i, OFFER_STAGES)) continue;
      const c = store.get(i);
      c.applications.forEach((app, k) => this.seedApplication(c, app, new SeededRandom(mix(state.seedOptions.seed, i, k, 601))));
    }
    this.list.sort((a, b) => b.createdOn - a.createdOn);
  }

  get(id: string): OfferRecord | undefined {
    return this.byId.get(id);
  }

  /** Offers of one application, newest first. */
  forApplication(candidateId: string, jobId: string): OfferRecord[] {
    return this.list.filter((o) => o.candidateId === candidateId && o.jobId === jobId);
  }

  /** Moves an offer to a new state and announces it as `offer.updated`. */
  setStatus(offer: OfferRecord, status: OfferStatus): void {
    offer.status = status;
    offer.updatedOn = this.state.now();
    this.state.emit('offer.updated', { job_id: offer.jobId, candidate_id: offer.candidateId, offer_id: offer.id }, offerPath(offer));
  }

  private seedApplication(c: CandidateRecord, app: ApplicationRecord, r: SeededRandom): void {
    if (app.status !== 'OFFERED' && app.status !== 'HIRED') return;
    // Most, not all, OFFERED applications have an offer in the system (some are made by phone).
    if (app.status === 'OFFERED' && r.next() < 0.15) return;
    const anchor = this.state.anchor;
    const span = Math.max(DAY, anchor - app.createdOn);
    const createdOn = Math.min(anchor - DAY, app.createdOn + Math.floor(span * (0.4 + 0.5 * r.next())));
    if (r.next() < 0.2) {
      // An earlier offer that was superseded: the candidate turned it down or it was withdrawn.
      this.add(c, app.jobId, r.next() < 0.5 ? 'NOT_ACCEPTED' : 'ABANDONED', createdOn - 7 * DAY, r);
    }
    const current: OfferStatus = app.status === 'HIRED'
      ? 'ACCEPTED'
      : (['CREATED', 'PENDING_APPROVAL', 'PENDING_APPROVAL', 'APPROVED', 'NOT_APPROVED', 'PENDING_ACCEPTANCE', 'PENDING_ACCEPTANCE'] as const)[r.int(7)]!;
    this.add(c, app.jobId, current, createdOn, r);
  }

  private add(c: CandidateRecord, jobId: string, status: OfferStatus, createdOn: number, r: SeededRandom): void {
    const updatedOn = Math.min(this.state.anchor - 1000, createdOn + r.int(5 * DAY));
    const offer: OfferRecord = { id: this.newId(createdOn), candidateId: c.id, jobId, status, createdOn, updatedOn, properties: this.properties(jobId, createdOn, r), documents: [] };
    if (SENT.has(status)) {
      offer.documents.push(this.document(`Offer letter - ${c.firstName} ${c.lastName}.pdf`, updatedOn, r));
      if (r.next() < 0.5) offer.documents.push(this.document('Benefits summary.pdf', updatedOn, r));
    }
    this.list.push(offer);
    this.byId.set(offer.id, offer);
  }

  private document(name: string, createdOn: number, r: SeededRandom): OfferDocument {
    return { id: this.newId(createdOn), name, contentType: 'application/pdf', createdOn: createdOn - r.int(3600_000) };
  }

  private properties(jobId: string, createdOn: number, r: SeededRandom): Record<string, string> {
    // Keys are those of GET /configuration/offer-properties, so the two APIs agree.
    const job = this.state.jobs.get(jobId);
    const users = this.state.users.list;
    const out: Record<string, string> = {};
    for (const category of OFFER_PROPERTY_SEED) {
      for (const p of category.properties) {
        if (!p.required && r.next() < 0.4) continue;
        const min = job?.compensation?.min ?? 60_000;
        out[p.key] = ({
          CURRENCY: `${min + 1000 * r.int(21)} ${job?.compensation?.currency ?? 'USD'}`,
          PERCENT: String(5 + 5 * r.int(4)),
          NUMBER: String(100 * (1 + r.int(20))),
          DATE: new Date(createdOn + (30 + r.int(30)) * DAY).toISOString().slice(0, 10),
          SELECT: r.next() < 0.85 ? 'Full-time' : 'Part-time',
          COUNTRY: String(job?.location['countryCode'] ?? 'us').toUpperCase(),
          USER: users.length > 0 ? users[r.int(users.length)]!.id : '',
          BOOLEAN: String(r.next() < 0.2),
        } as Record<string, string>)[p.type] ?? '';
      }
    }
    return out;
  }

  private newId(at: number): string {
    const n = ++this.counter;
    return uuidFrom(mix(this.state.seedOptions.seed, 602, n), mix(n, 603), at >>> 0, n);
  }
}

/** The resource path of an offer, used in `actions` and webhook `link` headers. */
export function offerPath(o: { candidateId: string; jobId: string; id: string }): string {
  return `/candidates/${o.candidateId}/jobs/${o.jobId}/offers/${o.id}`;
}

// Keyed on the CandidateStore that SimState.reseed replaces, so a reset or re-seed starts afresh.
/** The offer store of the state's current seed (sampled on first use). */
export const offersOf = companionOf((state) => state.candidates, (state): OfferStore => new OfferStore(state));
