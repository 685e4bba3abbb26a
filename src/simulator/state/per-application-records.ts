import type { ApplicationRecord, CandidateRecord } from './candidate-record.js';
import type { SimState } from './sim-state.js';
import { seededChildOf } from './seeded-child-id.js';

/** A record seeded under one application (an interview, a review). */
export interface ApplicationChild {
  readonly id: string;
  readonly candidateId: string;
  readonly createdOn: number;
}

export interface PerApplicationOptions<T extends ApplicationChild> {
  /** The `seededChildId` kind of this store's seeded ids. */
  readonly kind: number;
  /** The key of an application, as `recordKey` answers it for the application's records. */
  readonly applicationKey: (c: CandidateRecord, app: ApplicationRecord) => string;
  readonly recordKey: (r: T) => string;
  /** Makes the application's seeded records (calling `put`); runs at most once per application. */
  readonly seed: (c: CandidateRecord, app: ApplicationRecord, key: string) => void;
}

/**
 * Records of one kind grouped by application and seeded on first use: the first time an
 * application, or one of its records by id, is asked for. Seeded ids name their application
 * (`seededChildId`), so what a read answers never depends on what was read before, and a million
 * candidates cost nothing until used. A deleted seeded record stays deleted; records of a deleted
 * candidate are gone with it.
 */
export class PerApplicationRecords<T extends ApplicationChild> {
  private readonly byId = new Map<string, T>();
  private readonly byApplication = new Map<string, Set<string>>();
  private readonly seeded = new Set<string>();

  constructor(
    private readonly state: SimState,
    private readonly o: PerApplicationOptions<T>,
  ) {}

  get(id: string): T | undefined {
    if (!this.byId.has(id)) this.seedOwnerOf(id);
    const r = this.byId.get(id);
    return r && this.state.candidates.indexOf(r.candidateId) >= 0 ? r : undefined;
  }

  /** The records of one application, oldest first; seeds them on first use. */
  forApplication(c: CandidateRecord, app: ApplicationRecord): T[] {
    const key = this.o.applicationKey(c, app);
    this.ensureSeeded(c, app, key);
    const ids = this.byApplication.get(key) ?? new Set<string>();
    return [...ids].map((id) => this.byId.get(id)!).sort((a, b) => a.createdOn - b.createdOn || (a.id < b.id ? -1 : 1));
  }

  put(r: T): void {
    this.byId.set(r.id, r);
    const key = this.o.recordKey(r);
    let ids = this.byApplication.get(key);
    if (!ids) this.byApplication.set(key, (ids = new Set()));
    ids.add(r.id);
  }

  /** From now on the application counts as seeded, so no seeded records appear for it later. */
  markSeeded(key: string): void {
    this.seeded.add(key);
  }

  delete(id: string): boolean {
    const r = this.byId.get(id);
    if (r) this.byApplication.get(this.o.recordKey(r))?.delete(id);
    return this.byId.delete(id);
  }

  private ensureSeeded(c: CandidateRecord, app: ApplicationRecord, key: string): void {
    if (this.seeded.has(key)) return;
    this.seeded.add(key);
    this.o.seed(c, app, key);
  }

  /** An id that may name a not-yet-made seeded record: seed its application, so `get` finds it. */
  private seedOwnerOf(id: string): void {
    const owner = seededChildOf(id, this.o.kind);
    if (!owner) return;
    const index = this.state.candidates.indexOfTail(owner.tail);
    if (index < 0) return;
    const c = this.state.candidates.get(index);
    const app = c.applications[owner.slot];
    if (app) this.ensureSeeded(c, app, this.o.applicationKey(c, app));
  }
}
