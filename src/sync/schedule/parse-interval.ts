/** How often an account syncs when its config says nothing: issue 12 asks for every 6 hours. */
export const DEFAULT_SYNC_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** Shortest and longest intervals accepted: under a minute hammers the API, over a year is a typo. */
export const MIN_SYNC_INTERVAL_MS = 60 * 1000;
export const MAX_SYNC_INTERVAL_MS = 366 * 24 * 60 * 60 * 1000;

const UNIT_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Reads an interval as milliseconds (number), "6h"/"90m"/"1d"/"30s", or an ISO-8601 duration ("PT6H", "P1D").
 * Throws an error naming the bad value and what is accepted, so a config mistake is caught at start-up.
 */
export function parseInterval(value: unknown): number {
  const ms = toMs(value);
  if (!Number.isFinite(ms) || ms <= 0) throw new Error(`sync interval ${JSON.stringify(value)} must be more than 0`);
  if (ms < MIN_SYNC_INTERVAL_MS) throw new Error(`sync interval ${JSON.stringify(value)} is under the 1 minute minimum`);
  if (ms > MAX_SYNC_INTERVAL_MS) throw new Error(`sync interval ${JSON.stringify(value)} is over the 366 day maximum`);
  return ms;
}

function toMs(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`sync interval ${JSON.stringify(value)} is empty; use e.g. "6h", "PT6H" or a number of milliseconds`);
  }
  const text = value.trim();
  const short = /^(-?\d+(?:\.\d+)?)\s*([smhd])$/i.exec(text);
  if (short) return Number(short[1]) * (UNIT_MS[short[2]!.toLowerCase()] ?? NaN);
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(text);
  if (iso && text.length > 1 && !/T$/i.test(text)) {
    const [, d, h, m, s] = iso.map((part) => Number(part ?? 0));
    return d! * UNIT_MS.d! + h! * UNIT_MS.h! + m! * UNIT_MS.m! + s! * UNIT_MS.s!;
  }
  throw new Error(`sync interval ${JSON.stringify(value)} is not understood; use s, m, h or d ("6h"), ISO-8601 ("PT6H") or milliseconds`);
}
