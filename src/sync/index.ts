// The sync layer. The engine (resources as data, run-sync with page checkpoints) lands next; the
// scheduler that will start it is here first.
export { createScheduler, DEFAULT_TICK_MS, type Scheduler, type ScheduledAccount, type SchedulerOptions } from './schedule/create-scheduler.js';
export { nextRunDecision, type NextRunDecision, type NextRunInput } from './schedule/next-run-decision.js';
export { DEFAULT_SYNC_INTERVAL_MS, MAX_SYNC_INTERVAL_MS, MIN_SYNC_INTERVAL_MS, parseInterval } from './schedule/parse-interval.js';
export { systemClock, type SchedulerClock } from './schedule/scheduler-clock.js';
