/** Whether an account's sync is due, when, and why: a fact the scheduler acts on and logs. */
export interface NextRunDecision {
  readonly due: boolean;
  readonly at: Date;
  readonly reason: string;
}

export interface NextRunInput {
  readonly now: Date;
  /** Start time of the account's last run, or null if it never ran. */
  readonly lastRun: Date | null;
  readonly interval: number;
  readonly running: boolean;
}

/** Pure: missed runs after downtime give one due run now, not one per missed interval. */
export function nextRunDecision({ now, lastRun, interval, running }: NextRunInput): NextRunDecision {
  if (running) return { due: false, at: new Date(now.getTime() + interval), reason: 'a sync of this account is already running' };
  if (lastRun === null) return { due: true, at: now, reason: 'never synced' };
  const at = new Date(lastRun.getTime() + interval);
  if (at.getTime() <= now.getTime()) return { due: true, at: now, reason: `last run ${lastRun.toISOString()} is ${interval} ms or more ago` };
  return { due: false, at, reason: `next run at ${at.toISOString()}` };
}
