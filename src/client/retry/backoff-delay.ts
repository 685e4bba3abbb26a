/**
 * Exponential backoff with full jitter (AWS architecture blog): uniform in
 * [0, min(maxDelayMs, baseDelayMs · 2^retryIndex)]. Full jitter spreads clients that failed together.
 */
export function backoffDelay(
  retryIndex: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(retryIndex, 30));
  return Math.floor(random() * ceiling);
}
