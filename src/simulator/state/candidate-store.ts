import { SeededRandom, mix, uuidFrom } from '../core/seeded-random.js';
import type { CandidateRecord } from './candidate-record.js';
import { deriveCandidate, type DeriveContext } from './derive-candidate.js';
import { CANDIDATE_STATUSES, FIRST_NAMES, LAST_NAMES, LOCATIONS, TAGS, slug, type CandidateStatus } from './name-tables.js';

const MAX_APPS = 3;
const MAX_CACHED_COUNTS = 64;
const DELETED = 1;
const INTERNAL = 2;
/** The record lives whole in the overlay map: a flag test per index instead of a Map lookup in scans. */
const OVERLAY = 4;
const DAY = 86_400_000;
// Weighted so a seeded company looks like a real pipeline: most applications are early or rejected.
const STATUS_WEIGHTS: readonly [CandidateStatus, number][] = [
  ['NEW', 25], ['IN_REVIEW', 20], ['INTERVIEW', 14], ['OFFERED', 5], ['HIRED', 6], ['REJECTED', 24], ['WITHDRAWN', 5], ['LEAD', 1],
];
const LOWER_FIRST = FIRST_NAMES.map((n) => n.toLowerCase());
const LOWER_LAST = LAST_NAMES.map((n) => n.toLowerCase());
const SLUG_FIRST = FIRST_NAMES.map(slug);
const SLUG_LAST = LAST_NAMES.map(slug);

export interface CandidateFilter {
  readonly q?: string;
  readonly statuses?: readonly string[];
  readonly jobIds?: readonly string[];
  readonly updatedAfter?: number;
  readonly tags?: readonly string[];
  readonly locations?: readonly string[];
  /** Only candidates with at least one job application (what GET /candidates lists, per its docs). */
  readonly withApplication?: boolean;
}

/**
 * Candidates stored column-wise in typed arrays (about 40 bytes each) and materialised on read
 * from seed + index; a record changed through the API is kept whole in an overlay map. A million
 * candidates fit in a few tens of MB this way.
 */
export class CandidateStore {
  private cap = 0;
  size = 0;
  live = 0;
  /** Bumped on every change so cached counts know they are stale. */
  version = 0;
  private first = new Uint16Array(0);
  private last = new Uint16Array(0);
  private loc = new Uint8Array(0);
  private flags = new Uint8Array(0);
  private created = new Float64Array(0);
  private updated = new Float64Array(0);
  private appCount = new Uint8Array(0);
  private appJob = new Int32Array(0);
  private appStatus = new Uint8Array(0);
  private readonly overlay = new Map<number, CandidateRecord>();
  private readonly salt: number;
  /**
   * Totals of recent filters, kept exact through writes: each change re-tests the changed index
   * against every cached filter before and after, so a write costs a few predicate calls instead
   * of a full recount on the next page (a million candidates: tens of ms on the one thread).
   */
  private readonly countCache = new Map<string, { readonly pred: (i: number) => boolean; total: number }>();

  constructor(
    private readonly seed: number,
    private readonly ctx: DeriveContext,
  ) {
    this.salt = mix(seed, 0xc0ffee);
  }

  /** Generates `count` candidates spread over the two years before `now`, applied to `jobCount` jobs. */
  generate(count: number, jobCount: number, now: number): void {
    this.ensure(count);
    const span = 720 * DAY;
    const start = now - 730 * DAY;
    const totalWeight = STATUS_WEIGHTS.reduce((s, [, w]) => s + w, 0);
    for (let i = 0; i < count; i++) {
      const r = new SeededRandom(mix(this.seed, i, 1));
      this.first[i] = r.int(FIRST_NAMES.length);
      this.last[i] = r.int(LAST_NAMES.length);
      this.loc[i] = r.int(LOCATIONS.length);
      const createdOn = start + Math.floor((i / Math.max(1, count)) * span) + r.int(DAY);
      this.created[i] = createdOn;
      // Last activity spread over the following 120 days but never past now, so recent candidates
      // do not all share one `updatedOn` at the cap (which made 7 % of a million tie).
      this.updated[i] = createdOn + Math.floor(r.next() * Math.max(0, Math.min(120 * DAY, now - 1000 - createdOn)));
      this.flags[i] = r.next() < 0.05 ? INTERNAL : 0;
      const apps = jobCount === 0 ? 0 : Math.min(jobCount, 1 + r.int(MAX_APPS));
      this.appCount[i] = apps;
      for (let k = 0; k < apps; k++) {
        let job = r.int(jobCount);
        for (let tries = 0; tries < 5 && this.hasJob(i, k, job); tries++) job = r.int(jobCount);
        this.appJob[i * MAX_APPS + k] = job;
        let w = r.int(totalWeight);
        let status: CandidateStatus = 'NEW';
        for (const [s, weight] of STATUS_WEIGHTS) {
          if (w < weight) {
            status = s;
            break;
          }
          w -= weight;
        }
        this.appStatus[i * MAX_APPS + k] = CANDIDATE_STATUSES.indexOf(status);
      }
    }
    this.size = count;
    this.live = count;
    this.version++;
  }

  idOf(index: number): string {
    return uuidFrom(mix(this.seed, index, 11), mix(this.seed, index, 12), mix(this.seed, index, 13), (index ^ this.salt) >>> 0);
  }

  /** The index of a live candidate with this id, or -1 (unknown, malformed or deleted). */
  indexOf(id: string): number {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/.test(id)) return -1;
    const index = (parseInt(id.slice(-8), 16) ^ this.salt) >>> 0;
    if (index >= this.size || this.idOf(index) !== id || (this.flags[index] as number) & DELETED) return -1;
    return index;
  }

  /** The live candidate whose id ends with these 8 hex digits (ids derived from it end the same), or -1. */
  indexOfTail(tail: number): number {
    const index = (tail ^ this.salt) >>> 0;
    return this.isLive(index) ? index : -1;
  }

  isLive(index: number): boolean {
    return index < this.size && !((this.flags[index] as number) & DELETED);
  }

  /** Whether any application of the candidate has one of `statuses`, without building the record. */
  hasApplicationIn(index: number, statuses: readonly CandidateStatus[]): boolean {
    const stored = this.overlay.get(index);
    if (stored) return stored.applications.some((a) => statuses.includes(a.status as CandidateStatus));
    for (let k = 0; k < (this.appCount[index] as number); k++) {
      if (statuses.includes(CANDIDATE_STATUSES[this.appStatus[index * MAX_APPS + k] as number] as CandidateStatus)) return true;
    }
    return false;
  }

  /** The candidate as a full record (a fresh copy unless it lives in the overlay). */
  get(index: number): CandidateRecord {
    const stored = this.overlay.get(index);
    // A copy, so a caller that changes it without `put` changes nothing (and cached counts stay true).
    if (stored) return structuredClone(stored);
    const apps: { job: number; status: CandidateStatus }[] = [];
    for (let k = 0; k < (this.appCount[index] as number); k++) {
      apps.push({ job: this.appJob[index * MAX_APPS + k] as number, status: CANDIDATE_STATUSES[this.appStatus[index * MAX_APPS + k] as number] as CandidateStatus });
    }
    return deriveCandidate(this.ctx, {
      seed: this.seed,
      index,
      id: this.idOf(index),
      firstName: FIRST_NAMES[this.first[index] as number] as string,
      lastName: LAST_NAMES[this.last[index] as number] as string,
      location: LOCATIONS[this.loc[index] as number] ?? LOCATIONS[0]!,
      internal: ((this.flags[index] as number) & INTERNAL) !== 0,
      createdOn: this.created[index] as number,
      updatedOn: this.updated[index] as number,
      apps,
      tags: this.derivedTags(index),
    });
  }

  /** Stores a changed record; later reads return it. Call after every mutation of a `get` result. */
  put(record: CandidateRecord): void {
    const i = record.index;
    this.recount(i, () => {
      this.overlay.set(i, structuredClone(record));
      this.updated[i] = record.updatedOn;
      this.flags[i] = ((this.flags[i] as number) & DELETED) | (record.internal ? INTERNAL : 0) | OVERLAY;
    });
    this.version++;
  }

  /** Appends a new candidate and returns its index; the caller `put`s the record. */
  allocate(now: number): { index: number; id: string } {
    this.ensure(this.size + 1);
    const index = this.size;
    this.created[index] = now;
    this.updated[index] = now;
    this.appCount[index] = 0;
    this.flags[index] = DELETED;
    this.recount(index, () => {
      this.size++;
      this.flags[index] = 0;
    });
    this.live++;
    this.version++;
    return { index, id: this.idOf(index) };
  }

  remove(index: number): void {
    if (!this.isLive(index)) return;
    this.recount(index, () => {
      this.flags[index] = ((this.flags[index] as number) | DELETED) & ~OVERLAY;
      this.overlay.delete(index);
    });
    this.live--;
    this.version++;
  }

  overlaySize(): number {
    return this.overlay.size;
  }

  /** Live indexes after `afterIndex` that match, up to `limit`, in creation order. */
  scan(filter: CandidateFilter, afterIndex: number, limit: number): number[] {
    const out: number[] = [];
    const pred = this.predicate(filter);
    for (let i = afterIndex + 1; i < this.size && out.length < limit; i++) if (pred(i)) out.push(i);
    return out;
  }

  /** Live indexes matching the filter (cached, and kept exact through writes; lists call it each page). */
  count(filter: CandidateFilter): number {
    if (Object.values(filter).every((v) => v === undefined)) return this.live;
    const key = JSON.stringify(filter);
    const hit = this.countCache.get(key);
    if (hit) {
      // Most recently used last, so the oldest entry is the one dropped.
      this.countCache.delete(key);
      this.countCache.set(key, hit);
      return hit.total;
    }
    const pred = this.predicate(filter);
    const total = this.countPlain(filter) ?? this.countWith(pred);
    if (this.countCache.size >= MAX_CACHED_COUNTS) this.countCache.delete(this.countCache.keys().next().value as string);
    this.countCache.set(key, { pred, total });
    return total;
  }

  private countWith(pred: (i: number) => boolean): number {
    let total = 0;
    for (let i = 0; i < this.size; i++) if (pred(i)) total++;
    return total;
  }

  /**
   * The list's own filter (candidates with an application) and `updatedAfter`, the one every sync
   * sends, counted in one tight loop over the typed arrays (a few ms for a million) rather than
   * through the general predicate; undefined for any other filter.
   */
  private countPlain(f: CandidateFilter): number | undefined {
    if (Object.entries(f).some(([k, v]) => v !== undefined && k !== 'withApplication' && k !== 'updatedAfter')) return undefined;
    const after = f.updatedAfter ?? -Infinity;
    const needApp = f.withApplication === true;
    const { flags, updated, appCount } = this;
    let total = 0;
    for (let i = 0; i < this.size; i++) {
      const fl = flags[i] as number;
      if (fl & DELETED || (updated[i] as number) <= after) continue;
      if (needApp && (fl & OVERLAY ? (this.overlay.get(i)?.applications.length ?? 0) : (appCount[i] as number)) === 0) continue;
      total++;
    }
    return total;
  }

  /** Applies `change` to index `i`, moving every cached total by how `i`'s match changed. */
  private recount(i: number, change: () => void): void {
    const before = [...this.countCache.values()].map((e) => i < this.size && e.pred(i));
    change();
    let k = 0;
    for (const e of this.countCache.values()) e.total += Number(i < this.size && e.pred(i)) - Number(before[k++]);
  }

  private predicate(f: CandidateFilter): (i: number) => boolean {
    const q = f.q?.toLowerCase().trim();
    const pairs = q ? namePairsMatching(q) : undefined;
    const statusIdx = f.statuses?.map((s) => CANDIDATE_STATUSES.indexOf(s as CandidateStatus));
    const jobIdx = f.jobIds?.map((id) => this.ctx.jobIndexOf(id));
    const tags = f.tags?.map((t) => t.toLowerCase());
    const locs = f.locations?.map((l) => l.toLowerCase());
    return (i) => {
      const flags = this.flags[i] as number;
      if (flags & DELETED) return false;
      if (f.updatedAfter !== undefined && (this.updated[i] as number) <= f.updatedAfter) return false;
      const rec = flags & OVERLAY ? this.overlay.get(i) : undefined;
      if (f.withApplication && (rec ? rec.applications.length : (this.appCount[i] as number)) === 0) return false;
      if (rec) return matchesRecord(rec, f, q, tags, locs);
      if (pairs) {
        if (!pairs[(this.first[i] as number) * LAST_NAMES.length + (this.last[i] as number)]) return false;
      } else if (q) {
        const fn = LOWER_FIRST[this.first[i] as number] as string;
        const ln = LOWER_LAST[this.last[i] as number] as string;
        // Same e-mail as deriveCandidate builds, without materialising the record.
        const email = `${SLUG_FIRST[this.first[i] as number]}.${SLUG_LAST[this.last[i] as number]}${i}@example.com`;
        if (!`${fn} ${ln}`.includes(q) && !email.includes(q)) return false;
      }
      if (statusIdx || jobIdx) {
        let hit = false;
        for (let k = 0; k < (this.appCount[i] as number) && !hit; k++) {
          const sOk = !statusIdx || statusIdx.includes(this.appStatus[i * MAX_APPS + k] as number);
          const jOk = !jobIdx || jobIdx.includes(this.appJob[i * MAX_APPS + k] as number);
          hit = sOk && jOk;
        }
        if (!hit) return false;
      }
      if (tags && !this.derivedTags(i).some((t) => tags.includes(t))) return false;
      if (locs) {
        const l = LOCATIONS[this.loc[i] as number];
        if (!l || !locs.some((x) => l.city.toLowerCase().includes(x) || l.country.toLowerCase().includes(x))) return false;
      }
      return true;
    };
  }

  private derivedTags(i: number): string[] {
    const h = mix(this.seed, i, 7);
    const n = h % 3;
    const tags = new Set<string>();
    for (let k = 0; k < n; k++) tags.add(TAGS[(h >>> (4 + k * 5)) % TAGS.length] as string);
    return [...tags];
  }

  private hasJob(i: number, upto: number, job: number): boolean {
    for (let k = 0; k < upto; k++) if (this.appJob[i * MAX_APPS + k] === job) return true;
    return false;
  }

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = Math.max(n, Math.ceil(this.cap * 1.5), 1024);
    const grow = <T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(old: T, make: (len: number) => T, per = 1): T => {
      const next = make(cap * per);
      next.set(old as never);
      return next;
    };
    this.first = grow(this.first, (l) => new Uint16Array(l));
    this.last = grow(this.last, (l) => new Uint16Array(l));
    this.loc = grow(this.loc, (l) => new Uint8Array(l));
    this.flags = grow(this.flags, (l) => new Uint8Array(l));
    this.created = grow(this.created, (l) => new Float64Array(l));
    this.updated = grow(this.updated, (l) => new Float64Array(l));
    this.appCount = grow(this.appCount, (l) => new Uint8Array(l));
    this.appJob = grow(this.appJob, (l) => new Int32Array(l), MAX_APPS);
    this.appStatus = grow(this.appStatus, (l) => new Uint8Array(l), MAX_APPS);
    this.cap = cap;
  }
}

const EMAIL_DOMAIN = '@example.com';
const pairCache = new Map<string, Uint8Array>();

/**
 * For a `q` without digits: which (first, last) name pairs a seeded candidate must have to match,
 * one flag per pair (80 × 69), so a filtered scan reads two small numbers per candidate instead of
 * building its name and e-mail. A seeded e-mail is `first.last<index>@example.com`: a digit-free
 * `q` either lies in the name part (a property of the pair) or in `@example.com` (every candidate).
 * A `q` with digits can involve the index and answers undefined (the exact per-candidate test).
 */
function namePairsMatching(q: string): Uint8Array | undefined {
  if (/[0-9]/.test(q)) return undefined;
  let flags = pairCache.get(q);
  if (flags) return flags;
  flags = new Uint8Array(FIRST_NAMES.length * LAST_NAMES.length);
  const everyone = EMAIL_DOMAIN.includes(q);
  for (let f = 0; f < FIRST_NAMES.length; f++) {
    for (let l = 0; l < LAST_NAMES.length; l++) {
      const hit = everyone || `${LOWER_FIRST[f]} ${LOWER_LAST[l]}`.includes(q) || `${SLUG_FIRST[f]}.${SLUG_LAST[l]}`.includes(q);
      flags[f * LAST_NAMES.length + l] = hit ? 1 : 0;
    }
  }
  if (pairCache.size > 100) pairCache.clear();
  pairCache.set(q, flags);
  return flags;
}

function matchesRecord(rec: CandidateRecord, f: CandidateFilter, q?: string, tags?: string[], locs?: string[]): boolean {
  if (q && !`${rec.firstName} ${rec.lastName}`.toLowerCase().includes(q) && !rec.email.toLowerCase().includes(q)) return false;
  if (f.statuses || f.jobIds) {
    const hit = rec.applications.some((a) => (!f.statuses || f.statuses.includes(a.status)) && (!f.jobIds || f.jobIds.includes(a.jobId)));
    if (!hit) return false;
  }
  if (tags && !rec.tags.some((t) => tags.includes(t.toLowerCase()))) return false;
  if (locs) {
    const where = `${rec.location.city ?? ''} ${rec.location.country ?? ''}`.toLowerCase();
    if (!locs.some((l) => where.includes(l))) return false;
  }
  return true;
}
