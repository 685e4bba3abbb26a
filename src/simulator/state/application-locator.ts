import { hashString } from '../core/seeded-random.js';
import type { ApplicationRecord, CandidateRecord } from './candidate-record.js';
import type { CandidateStore } from './candidate-store.js';
import type { SimState } from './sim-state.js';

const SLOT = 2 ** 22;

/**
 * hash(candidateId) → candidate indexes. The population present at first use is packed into one
 * sorted Float64Array (`(hash >>> 1) * 2^22 + index`, 8 bytes a candidate, exact below 2^53);
 * candidates allocated later go to a small map. Building it hashes every id once (about 2 s for a
 * million candidates), so only the first Job Applications lookup of a big simulator pays for it.
 */
interface HashIndex {
  readonly sorted: Float64Array;
  built: number;
  readonly extra: Map<number, number[]>;
}

const indexes = new WeakMap<CandidateStore, HashIndex>();

function hashIndex(store: CandidateStore): HashIndex {
  let idx = indexes.get(store);
  if (!idx) {
    const n = store.size < SLOT ? store.size : 0;
    const sorted = new Float64Array(n);
    for (let i = 0; i < n; i++) sorted[i] = (hashString(store.idOf(i)) >>> 1) * SLOT + i;
    sorted.sort();
    idx = { sorted, built: n, extra: new Map() };
    indexes.set(store, idx);
  }
  for (; idx.built < store.size; idx.built++) {
    const h = hashString(store.idOf(idx.built));
    const list = idx.extra.get(h);
    if (list) list.push(idx.built);
    else idx.extra.set(h, [idx.built]);
  }
  return idx;
}

function candidatesWithHash(idx: HashIndex, hash: number): number[] {
  const key = (hash >>> 1) * SLOT;
  let lo = 0;
  let hi = idx.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((idx.sorted[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < idx.sorted.length && (idx.sorted[k] as number) < key + SLOT; k++) out.push((idx.sorted[k] as number) - key);
  return out.concat(idx.extra.get(hash) ?? []);
}

export interface LocatedApplication {
  readonly candidate: CandidateRecord;
  readonly application: ApplicationRecord;
}

/**
 * Finds the application an id names. Application ids are derived (`SimState.applicationId`) and
 * their first 8 hex digits are hash(candidateId), so a hash index finds the candidate without
 * materialising every record; the full id is then checked against each of its applications.
 */
export function locateApplication(state: SimState, applicationId: string): LocatedApplication | undefined {
  const id = applicationId.toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return undefined;
  const store = state.candidates;
  const candidates = candidatesWithHash(hashIndex(store), parseInt(id.slice(0, 8), 16));
  for (const index of candidates) {
    if (!store.isLive(index)) continue;
    // A copy, so a caller that fails validation half-way never leaves a half-changed record.
    const c = structuredClone(store.get(index));
    const app = c.applications.find((a) => state.applicationId(c.id, a.jobId) === id);
    if (app) return { candidate: c, application: app };
  }
  return undefined;
}
