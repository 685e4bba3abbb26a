import { mix, uuidFrom } from '../core/seeded-random.js';

/**
 * Ids of records seeded under an application (interviews, timeslots, reviews) that name their
 * owner: the candidate id's last 8 hex digits, the application's place in the candidate's list
 * and the record's number, plus a kind and seed check. Anyone holding such an id can have the
 * owner seeded on demand, so reading by id first or listing first gives the same answer.
 *
 * Layout (uuidFrom keeps the low 28 bits of its third part and all of the fourth):
 *   third = kind (12 bits) · slot (8 bits) · n (8 bits);  fourth = candidate tail.
 */
export function seededChildId(seed: number, kind: number, ownerHash: number, tail: number, slot: number, n: number): string {
  const third = (((kind & 0xfff) << 16) | ((slot & 0xff) << 8) | (n & 0xff)) >>> 0;
  return uuidFrom(mix(seed, ownerHash, kind, n), mix(seed, ownerHash, n, kind, 1), third, tail);
}

/** The owner an id names if it has the layout of `seededChildId` for this kind; else undefined. */
export function seededChildOf(id: string, kind: number): { tail: number; slot: number; n: number } | undefined {
  const m = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a([0-9a-f]{3})-([0-9a-f]{4})([0-9a-f]{8})$/.exec(id);
  if (!m) return undefined;
  const third = parseInt(`${m[1]}${m[2]}`, 16);
  if (third >>> 16 !== (kind & 0xfff)) return undefined;
  return { tail: parseInt(m[3] as string, 16) >>> 0, slot: (third >>> 8) & 0xff, n: third & 0xff };
}
